import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import { letterDocx } from './letters.docx';
import * as letters from './letters.service';

export function lettersHandlers(ctx: Ctx) {
  return {
    'letters:templates': () => letters.listTemplates(ctx),
    'letters:template-save': (input) => letters.saveTemplate(ctx, input),
    'letters:options': () => letters.getOptions(ctx),
    'letters:set-options': (input) => letters.setOptions(ctx, input),
    'letters:set-range': (input) => letters.setRange(ctx, input),
    'letters:year-options': ({ yearId }) => letters.getYearOptions(ctx, yearId),
    'letters:set-year-options': (input) => letters.setYearOptions(ctx, input),
    'letters:recipients': ({ yearId }) => letters.listRecipients(ctx, yearId),
    'letters:preview': (input) => letters.preview(ctx, input),
    'letters:issue': (input) => letters.issue(ctx, input),
    'letters:issued': (input) => letters.issued(ctx, input),
    'letters:register': (input) => letters.register(ctx, input),
    'letters:cancel': ({ id }) => letters.cancel(ctx, id),
    'letters:register-export': (input) => letters.exportRegister(ctx, input),
    'letters:docx': ({ id }) => letterDocx(ctx, id),
  } satisfies Partial<Handlers>;
}
