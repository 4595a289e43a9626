import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import { applyFlightImport, previewFlightImport } from './flight-import';
import { applySurveyImport, previewSurveyImport } from './survey-import';
import { applyImport, previewImport, undoImport } from './imports.service';

export function importsHandlers(ctx: Ctx) {
  return {
    'imports:preview': (input) => previewImport(ctx, input),
    'imports:apply': (input) => applyImport(ctx, input),
    'imports:flights-preview': (input) => previewFlightImport(ctx, input),
    'imports:flights-apply': (input) => applyFlightImport(ctx, input),
    'imports:survey-preview': (input) => previewSurveyImport(ctx, input),
    'imports:survey-apply': (input) => applySurveyImport(ctx, input),
    'imports:undo': ({ id }) => undoImport(ctx, id),
  } satisfies Partial<Handlers>;
}
