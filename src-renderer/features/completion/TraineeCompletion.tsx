/** One trainee's completion and final reports (for the trainee page). It draws its own Paper; null draws nothing. */
export function TraineeCompletion(_props: { traineeId: string; traineeName: string }) {
  return null;
}
