import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import * as alumni from './alumni.service';

export function alumniHandlers(ctx: Ctx) {
  return {
    'alumni:list': (input) => alumni.listAlumni(ctx, input),
    'alumni:export': (input) => alumni.exportAlumni(ctx, input),
    'alumni:trainee': ({ traineeId }) => alumni.traineeRecord(ctx, traineeId),
    'alumni:history': ({ traineeId }) => alumni.history(ctx, traineeId),
    'alumni:create-career': (input) => alumni.createCareer(ctx, input),
    'alumni:update-career': (input) => alumni.updateCareer(ctx, input),
    'alumni:delete-career': ({ id }) => alumni.deleteCareer(ctx, id),
    'alumni:set-contact': (input) => alumni.setContact(ctx, input),
    'alumni:create-activity': (input) => alumni.createActivity(ctx, input),
    'alumni:update-activity': (input) => alumni.updateActivity(ctx, input),
    'alumni:delete-activity': ({ id }) => alumni.deleteActivity(ctx, id),
    'alumni:create-report': (input) => alumni.createReport(ctx, input),
    'alumni:update-report': (input) => alumni.updateReport(ctx, input),
    'alumni:delete-report': ({ id }) => alumni.deleteReport(ctx, id),
    'alumni:set-report-photo': (input) => alumni.setReportPhoto(ctx, input),
    'alumni:remove-report-photo': ({ id }) => alumni.removeReportPhoto(ctx, id),
    'alumni:report-photo': ({ id }) => alumni.reportPhoto(ctx, id),
    'alumni:report': ({ id }) => alumni.reportEntry(ctx, id),
    'alumni:booklet': ({ fiscalYear }) => alumni.booklet(ctx, fiscalYear),
  } satisfies Partial<Handlers>;
}
