import type { Channel, ChannelInput, ChannelOutput } from './channels';
import type { Result } from './result';

/** The IPC channel the preload bridge uses; the contract channel travels as an argument. */
export const IPC_CALL = 'kakehashi:call';

/** The one object the preload exposes as `window.kakehashi`. */
export interface KakehashiBridge {
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
}
