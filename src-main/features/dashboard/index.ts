/** What the rest of the app may use of the dashboard: its channels, for the composition root. */
export { dashboardHandlers } from './dashboard.handlers';
