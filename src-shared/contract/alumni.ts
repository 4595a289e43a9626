import type { ChannelDef } from './channel-def';

/** The alumni channels; spread into the contract in channels.ts. */
export const alumniChannels = {} satisfies Record<string, ChannelDef>;
