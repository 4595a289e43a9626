import type { ChannelDef } from './channel-def';

/** The letters channels; spread into the contract in channels.ts. */
export const lettersChannels = {} satisfies Record<string, ChannelDef>;
