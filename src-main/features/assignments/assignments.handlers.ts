import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import * as assignments from './assignments.service';

export function assignmentsHandlers(ctx: Ctx) {
  return {
    'assignments:board': ({ yearId }) => assignments.board(ctx, yearId),
    'assignments:check': (input) => assignments.checkAssignment(ctx, input),
    'assignments:create': (input) => assignments.createAssignment(ctx, input),
    'assignments:update': (input) => assignments.updateAssignment(ctx, input),
    'assignments:list': (filter) => assignments.listAssignments(ctx, filter),
    'assignments:delete': ({ id }) => assignments.deleteAssignment(ctx, id),
    'hosts:get': ({ id }) => assignments.hostDetail(ctx, id),
  } satisfies Partial<Handlers>;
}
