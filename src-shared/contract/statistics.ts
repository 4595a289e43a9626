import type { ChannelDef } from './channel-def';

/** The statistics channels; spread into the contract in channels.ts. */
export const statisticsChannels = {} satisfies Record<string, ChannelDef>;
