import type { ChannelDef } from './channel-def';

/** Personal data: the class of each trainee field, masking, the record of exports that include identifiers, and consent to hold 要配慮 items. */
export const privacyChannels = {} as const satisfies Record<string, ChannelDef>;
