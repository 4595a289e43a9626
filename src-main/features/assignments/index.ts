/** What other features may use of the assignments: who is placed where, and the row write sample data makes. */
export { insertAssignment, listAssignments } from './assignments.repo';
/** The channels, for the composition root (features/handlers.ts). */
export { assignmentsHandlers } from './assignments.handlers';
