import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import * as schedule from './schedule.service';
import * as classes from './classes.service';

export function scheduleHandlers(ctx: Ctx) {
  return {
    'schedule:list': ({ yearId }) => schedule.listSchedule(ctx, yearId),
    'schedule:create': (input) => schedule.createEvent(ctx, input),
    'schedule:update': (input) => schedule.updateEvent(ctx, input),
    'schedule:delete': ({ id }) => schedule.deleteEvent(ctx, id),
    'schedule:copy-from': (input) => schedule.copySchedule(ctx, input),
    'schedule:itinerary': ({ traineeId }) => schedule.itinerary(ctx, traineeId),
    'classes:overview': ({ yearId }) => classes.overview(ctx, yearId),
    'classes:create': (input) => classes.createClass(ctx, input),
    'classes:delete': ({ id }) => classes.deleteClass(ctx, id),
    'classes:place': (input) => classes.setPlacement(ctx, input),
  } satisfies Partial<Handlers>;
}
