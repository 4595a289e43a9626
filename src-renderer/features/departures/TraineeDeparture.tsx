/** One trainee's return: training end, return flight and the departure checklist (for the trainee page). It draws its own Paper; null draws nothing. */
export function TraineeDeparture(_props: { traineeId: string; traineeName: string }) {
  return null;
}
