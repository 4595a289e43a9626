import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import { applyFlightImport, previewFlightImport } from './flight-import';
import { applySurveyImport, previewSurveyImport } from './survey-import';
import { applyArchiveImport, previewArchiveImport } from './archive-import';
import { applyImport, previewImport, undoImport } from './imports.service';
import { cancelImport, importProgress } from './read-in-worker';

export function importsHandlers(ctx: Ctx) {
  return {
    'imports:preview': (input) => previewImport(ctx, input),
    'imports:apply': (input) => applyImport(ctx, input),
    'imports:flights-preview': (input) => previewFlightImport(ctx, input),
    'imports:flights-apply': (input) => applyFlightImport(ctx, input),
    'imports:survey-preview': (input) => previewSurveyImport(ctx, input),
    'imports:survey-apply': (input) => applySurveyImport(ctx, input),
    'imports:progress': ({ jobId }) => importProgress(jobId),
    'imports:cancel': ({ jobId }) => cancelImport(jobId),
    'imports:undo': ({ id }) => undoImport(ctx, id),
    'imports:archive-preview': (input) => previewArchiveImport(ctx, input),
    'imports:archive-apply': (input) => applyArchiveImport(ctx, input),
  } satisfies Partial<Handlers>;
}
