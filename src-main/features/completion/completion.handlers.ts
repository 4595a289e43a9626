import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import * as completion from './completion.service';

export function completionHandlers(ctx: Ctx) {
  return {
    'completion:year': ({ yearId }) => completion.yearCompletion(ctx, yearId),
    'completion:trainee': ({ traineeId }) => completion.traineeCompletion(ctx, traineeId),
    'completion:complete': (input) => completion.complete(ctx, input),
    'completion:undo': (input) => completion.undoCompletion(ctx, input),
    'completion:set-report': (input) => completion.setReport(ctx, input),
    'completion:attach-report': (input) => completion.attachReport(ctx, input),
    'completion:remove-report-file': (input) => completion.removeReportFile(ctx, input),
    'completion:report-file': (input) => completion.reportFile(ctx, input),
    'completion:signer': () => completion.signer(ctx),
    'completion:set-signer': (input) => completion.setSigner(ctx, input),
    'completion:certificates': (input) => completion.certificates(ctx, input),
    'completion:close-year': (input) => completion.closeYear(ctx, input),
    'completion:reopen-year': (input) => completion.reopenYear(ctx, input),
  } satisfies Partial<Handlers>;
}
