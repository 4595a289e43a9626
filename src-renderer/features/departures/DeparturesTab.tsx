/** The year's departures: timeline, warnings and each trainee's departure checklist. */
export function DeparturesTab() {
  return null;
}
