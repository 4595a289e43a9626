import type { ChannelDef } from './channel-def';

/** Erasure: a trainee taken out of the trash for good is erased everywhere (the log, the photos, the backups, the other PCs). */
export const erasureChannels = {} as const satisfies Record<string, ChannelDef>;
