import type { Migration } from '../migrate';
import { initial } from './0010-initial';
import { hosts } from './0020-hosts';
import { imports } from './0030-imports';
import { arrivals } from './0040-arrivals';
import { moreImports } from './0050-more-imports';
import { sync } from './0060-sync';
import { erasure } from './0070-erasure';
import { privacy } from './0080-privacy';
import { retention } from './0090-retention';
import { procedures } from './0100-procedures';
import { departures } from './0110-departures';
import { completion } from './0120-completion';
import { letters } from './0130-letters';
import { alumni } from './0140-alumni';
import { archive } from './0150-archive';
import { englishNames } from './0160-english-names';
import { erasureCutoffs } from './0170-erasure-cutoffs';

/** Every migration, in order. Add new ones at the end; never edit a shipped one. */
export const migrations: readonly Migration[] = [initial, hosts, imports, arrivals, moreImports, sync, erasure, privacy, retention, procedures, departures, completion, letters, alumni, archive, englishNames, erasureCutoffs];
