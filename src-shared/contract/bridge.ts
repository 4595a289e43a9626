import type { Channel, ChannelInput, ChannelOutput } from './channels';
import type { Result } from './result';

/** The IPC channel the preload bridge uses; the contract channel travels as an argument. */
export const IPC_CALL = 'kakehashi:call';

/** The IPC channel that saves the page as it prints (the sheet on the Prints page) to a PDF file. */
export const IPC_SAVE_PDF = 'kakehashi:save-pdf';

export interface SavedPdf {
  saved: boolean;
  path: string | null;
}

/** The one object the preload exposes as `window.kakehashi`. */
export interface KakehashiBridge {
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** Electron only: renders the page with its print stylesheet to PDF and asks where to save it. */
  savePdf?(fileName: string): Promise<SavedPdf>;
}
