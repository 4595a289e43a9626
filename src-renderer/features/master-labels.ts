// The labels live in the shared layer, so screens, sheets and exported files write them alike.
export { sendingGovernmentLabel, trainingFieldLabel } from '@shared/contract/names';
