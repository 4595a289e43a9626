import type { DeparturePrint } from './departures-path';

export function DeparturePrintRoute(_props: { print: DeparturePrint }) {
  return null;
}
