import type { Migration } from '../migrate';
import { initial } from './0010-initial';
import { hosts } from './0020-hosts';
import { imports } from './0030-imports';
import { arrivals } from './0040-arrivals';
import { moreImports } from './0050-more-imports';
import { sync } from './0060-sync';

/** Every migration, in order. Add new ones at the end; never edit a shipped one. */
export const migrations: readonly Migration[] = [initial, hosts, imports, arrivals, moreImports, sync];
