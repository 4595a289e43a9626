import type { AlumniPrint } from './alumni-path';

export function AlumniPrintRoute(_props: { print: AlumniPrint }) {
  return null;
}
