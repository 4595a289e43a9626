import type { ChannelDef } from './channel-def';

/** The departures channels; spread into the contract in channels.ts. */
export const departuresChannels = {} satisfies Record<string, ChannelDef>;
