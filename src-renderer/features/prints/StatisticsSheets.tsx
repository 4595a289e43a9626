import type { StatisticsPrint } from './statistics-path';

export function StatisticsPrintRoute(_props: { print: StatisticsPrint }) {
  return null;
}
