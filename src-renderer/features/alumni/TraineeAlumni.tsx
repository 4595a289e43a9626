/** One trainee after returning: career, contact details held with consent, activities, reports (for the trainee page). It draws its own Paper; null draws nothing. */
export function TraineeAlumni(_props: { traineeId: string; traineeName: string }) {
  return null;
}
