import type { ChannelDef } from './channel-def';

/** Keeping only what is needed: the retention setting and the close-out of a year, with its disposal record (廃棄記録). */
export const retentionChannels = {} as const satisfies Record<string, ChannelDef>;
