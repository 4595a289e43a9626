/** Settings: the departure checklist's template. It draws its own Paper; null draws nothing. */
export function DepartureTemplateSection() {
  return null;
}
