import type { AppErrorBody, ErrorCode } from '@shared/contract/result';

/** A domain failure a service raises; the dispatcher turns it into a Result error. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: AppErrorBody['params'];

  constructor(code: ErrorCode, params?: AppErrorBody['params']) {
    super(code);
    this.code = code;
    this.params = params;
  }
}
