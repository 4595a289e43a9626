/** What the rest of the app may use of the sample data: its channels, for the composition root. */
export { sampleHandlers } from './sample.handlers';
