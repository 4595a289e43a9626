/** What other features may use of the staff list. */
export { findStaff } from './staff.repo';
