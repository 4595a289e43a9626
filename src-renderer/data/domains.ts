import type { Channel } from '@shared/contract/channels';

/** A channel's domain is its prefix: `trainees:list` → `trainees`. */
export type Domain = Channel extends `${infer D}:${string}` ? D : never;

export function domainOf(channel: Channel): Domain {
  return channel.slice(0, channel.indexOf(':')) as Domain;
}

/** Every domain whose reads show data; what `everything` invalidates. */
const ALL = '*' as const;

/**
 * What a write to one domain changes on other screens: the domains whose reads join it
 * (the dashboard counts trainees, the board shows flights and groups, a host's page lists
 * its trainees …). One home for this rule: a mutation invalidates its own domain and these.
 * Only domains that have reads are listed as readers (`pickup-groups`, `rooms` and `exports` are writes only).
 */
const READERS: Partial<Record<Domain, ReadonlyArray<Domain> | typeof ALL>> = {
  // The language, the columns shown, the staff name and the office phone change no data another screen reads.
  settings: [],
  years: ALL,
  trainees: ALL,
  sample: ALL,
  imports: ALL,
  sync: ALL,
  backups: ALL,
  // A close-out erases trainees' data shown on every screen.
  retention: ALL,
  // Opening a copy from another PC: every screen reads the database it brings.
  vault: ALL,
  'sending-governments': ['trainees', 'hosts', 'sister-ties', 'assignments', 'survey'],
  'training-fields': ['trainees', 'hosts', 'survey', 'assignments', 'dashboard', 'statistics'],
  // A letter names the host's head and lists its trainees.
  hosts: ['assignments', 'survey', 'sister-ties', 'trainees', 'sending-governments', 'statistics', 'departures', 'letters'],
  'sister-ties': ['hosts', 'assignments', 'sending-governments'],
  survey: ['hosts', 'assignments'],
  assignments: ['trainees', 'hosts', 'survey', 'dashboard', 'stays', 'arrivals', 'statistics', 'departures', 'letters'],
  staff: ['arrivals', 'flights', 'schedule'],
  flights: ['arrivals', 'trainees', 'stays', 'schedule', 'departures'],
  arrivals: ['flights', 'trainees'],
  'pickup-groups': ['arrivals', 'flights'],
  places: ['stays', 'schedule', 'arrivals'],
  rooms: ['stays', 'places', 'schedule'],
  stays: ['places', 'schedule'],
  schedule: ['classes'],
  classes: ['schedule', 'trainees'],
  // An export that includes passport numbers is recorded: Settings lists the record.
  exports: ['privacy'],
  // An alumni export with contact details is recorded too; a withdrawal a backup could not take in is listed in Settings (erasure:status).
  alumni: ['privacy', 'erasure'],
  // A completion changes a trainee's status (read on every screen); a year closed or reopened changes what can be edited anywhere.
  completion: ALL,
};

/** Calls made as writes that change nothing: an import's dry run, or stopping one. */
const DRY_RUNS: ReadonlySet<Channel> = new Set<Channel>(['imports:preview', 'imports:flights-preview', 'imports:survey-preview', 'imports:cancel', 'imports:archive-preview']);

/** Writes in an all-reaching domain that change only that domain's own screens: a backup made or copied, a change file written, sync's own settings. */
const OWN_ONLY: ReadonlySet<Channel> = new Set<Channel>(['backups:create', 'backups:copy-to', 'sync:export', 'sync:settings']);

/**
 * The domains a write through `channel` makes stale, or `all`. Every write also changes what
 * sync would send, so sync's status follows.
 */
export function staleAfter(channel: Channel): ReadonlySet<Domain> | 'all' {
  if (DRY_RUNS.has(channel)) return new Set();
  const domain = domainOf(channel);
  if (OWN_ONLY.has(channel)) return new Set<Domain>([domain, 'sync']);
  const readers = READERS[domain];
  if (readers === ALL) return 'all';
  return new Set<Domain>([domain, ...(readers ?? []), 'sync']);
}
