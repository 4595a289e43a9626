import { useSyncExternalStore } from 'react';

import { parseDisposalPrintPath } from '../features/prints/disposal-path';
import { parseProcedurePrintPath, type ProcedurePrint } from '../features/prints/procedures-path';
import { parseDeparturePrintPath, type DeparturePrint } from '../features/prints/departures-path';
import { parseCompletionPrintPath, type CompletionPrint } from '../features/prints/completion-path';
import { parseLetterPrintPath, type LetterPrint } from '../features/prints/letters-path';
import { parseAlumniPrintPath, type AlumniPrint } from '../features/prints/alumni-path';
import { parseStatisticsPrintPath, type StatisticsPrint } from '../features/prints/statistics-path';
import { parsePrintPath, type PrintOptions } from '../features/prints/sheets';
import type { Language } from '@shared/contract/settings';

export type Route =
  | { name: 'dashboard' }
  | { name: 'years' }
  | { name: 'year'; id: string }
  | { name: 'trainees' }
  | { name: 'trainee-new' }
  /** `focus`: what the page opens on arrival, e.g. `procedures/<itemId>` (the rest of the path after the id). */
  | { name: 'trainee'; id: string; focus?: string }
  | { name: 'trash' }
  | { name: 'hosts' }
  | { name: 'host'; id: string }
  | { name: 'assignments' }
  | { name: 'arrivals' }
  | { name: 'board' }
  | { name: 'stays' }
  | { name: 'procedures' }
  | { name: 'procedures-print'; print: ProcedurePrint }
  | { name: 'departures' }
  | { name: 'letters' }
  | { name: 'alumni' }
  | { name: 'statistics' }
  | { name: 'schedule' }
  | { name: 'settings' }
  | { name: 'conflicts' }
  | { name: 'prints' }
  | { name: 'print'; options: PrintOptions }
  | { name: 'departures-print'; print: DeparturePrint }
  | { name: 'completion-print'; print: CompletionPrint }
  | { name: 'letters-print'; print: LetterPrint }
  | { name: 'alumni-print'; print: AlumniPrint }
  | { name: 'statistics-print'; print: StatisticsPrint }
  | { name: 'disposal-print'; id: string; language: Language };

/** Routes live in the hash (`#/trainees/…`) so the same build works from app:// (Electron) and http:// (the host). */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second] = parts;
  switch (first) {
    case 'years':
      return second ? { name: 'year', id: second } : { name: 'years' };
    case 'trainees':
      if (second === 'new') return { name: 'trainee-new' };
      if (!second) return { name: 'trainees' };
      return parts.length > 2 ? { name: 'trainee', id: second, focus: parts.slice(2).join('/') } : { name: 'trainee', id: second };
    case 'trash':
      return { name: 'trash' };
    case 'hosts':
      return second ? { name: 'host', id: second } : { name: 'hosts' };
    case 'assignments':
    case 'arrivals':
    case 'board':
    case 'stays':
    case 'procedures':
    case 'departures':
    case 'letters':
    case 'alumni':
    case 'statistics':
    case 'schedule':
    case 'prints':
    case 'conflicts':
      return { name: first };
    case 'print': {
      const rest = hash.replace(/^#?\/?print\//, '');
      const disposal = parseDisposalPrintPath(rest);
      if (disposal) return { name: 'disposal-print', ...disposal };
      const procedures = parseProcedurePrintPath(rest);
      if (procedures) return { name: 'procedures-print', print: procedures };
      const departuresPrint = parseDeparturePrintPath(rest);
      if (departuresPrint) return { name: 'departures-print', print: departuresPrint };
      const completionPrint = parseCompletionPrintPath(rest);
      if (completionPrint) return { name: 'completion-print', print: completionPrint };
      const lettersPrint = parseLetterPrintPath(rest);
      if (lettersPrint) return { name: 'letters-print', print: lettersPrint };
      const alumniPrint = parseAlumniPrintPath(rest);
      if (alumniPrint) return { name: 'alumni-print', print: alumniPrint };
      const statisticsPrint = parseStatisticsPrintPath(rest);
      if (statisticsPrint) return { name: 'statistics-print', print: statisticsPrint };
      const options = parsePrintPath(rest);
      return options ? { name: 'print', options } : { name: 'prints' };
    }
    case 'settings':
      return { name: 'settings' };
    default:
      return { name: 'dashboard' };
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
