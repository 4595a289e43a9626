import type { ChannelDef } from './channel-def';

/** The completion channels; spread into the contract in channels.ts. */
export const completionChannels = {} satisfies Record<string, ChannelDef>;
