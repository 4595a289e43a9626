import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import { exportDepartures } from './departures.export';
import * as departures from './departures.service';

export function departuresHandlers(ctx: Ctx) {
  return {
    'departures:template': () => departures.getTemplate(ctx),
    'departures:template-create': (input) => departures.createItem(ctx, input),
    'departures:template-update': (input) => departures.updateItem(ctx, input),
    'departures:template-move': (input) => departures.moveItem(ctx, input),
    'departures:year': ({ yearId }) => departures.yearDepartures(ctx, yearId),
    'departures:trainee': ({ traineeId }) => departures.traineeDeparture(ctx, traineeId),
    'departures:warnings': ({ yearId }) => departures.yearWarnings(ctx, yearId),
    'departures:set-status': (input) => departures.setStatus(ctx, input),
    'departures:export': (input) => exportDepartures(ctx, input),
  } satisfies Partial<Handlers>;
}
