import { AppError } from '../ipc/app-error';

/** The code of the AppError `run` throws, null when it returns; anything else thrown is given as text. */
export function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (e) {
    return e instanceof AppError ? e.code : String(e);
  }
}

/** The coded refusal `run` ends with (its params only when it has some), or null when it gives an answer; anything else thrown is thrown on. */
export async function refusal(run: () => unknown): Promise<{ code: string; params?: unknown } | null> {
  try {
    await run();
    return null;
  } catch (e) {
    if (e instanceof AppError) return e.params ? { code: e.code, params: e.params } : { code: e.code };
    throw e;
  }
}
