import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import * as procedures from './procedures.service';

export function proceduresHandlers(ctx: Ctx) {
  return {
    'procedures:template': () => procedures.getTemplate(ctx),
    'procedures:template-create': (input) => procedures.createTemplateItem(ctx, input),
    'procedures:template-update': (input) => procedures.updateTemplateItem(ctx, input),
    'procedures:template-move': (input) => procedures.moveTemplateItem(ctx, input),
    'procedures:set-options': (input) => procedures.setOptions(ctx, input),
    'procedures:start-year': ({ yearId }) => procedures.startYear(ctx, yearId),
    'procedures:year': ({ yearId }) => procedures.yearGrid(ctx, yearId),
    'procedures:trainee': ({ traineeId }) => procedures.traineeProcedures(ctx, traineeId),
    'procedures:warnings': ({ yearId }) => procedures.yearWarnings(ctx, yearId),
    'procedures:set-status': (input) => procedures.setStatus(ctx, input),
    'procedures:attach-file': (input) => procedures.attachFile(ctx, input),
    'procedures:remove-file': (input) => procedures.removeFile(ctx, input),
    'procedures:file': (input) => procedures.readScan(ctx, input),
    'procedures:history': (input) => procedures.itemHistory(ctx, input),
    'procedures:export': (input) => procedures.exportGrid(ctx, input),
  } satisfies Partial<Handlers>;
}
