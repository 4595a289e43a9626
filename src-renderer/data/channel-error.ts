import type { AppErrorBody } from '@shared/contract/result';

/** A failed Result as a query's or a mutation's error: the code and params, to be translated where it is shown. */
export class ChannelError extends Error {
  constructor(
    readonly channel: string,
    readonly body: AppErrorBody,
  ) {
    super(`${channel}: ${body.code}`);
    this.name = 'ChannelError';
  }
}

/** Anything a query can fail with, as an error body (a thrown bug becomes `internal`, never a blank screen). */
export function errorBody(error: unknown): AppErrorBody {
  if (error instanceof ChannelError) return error.body;
  return { code: 'internal' };
}
