import { useSyncExternalStore } from 'react';

export const COMING_SECTIONS = ['prints'] as const;
export type ComingSection = (typeof COMING_SECTIONS)[number];

export type Route =
  | { name: 'dashboard' }
  | { name: 'years' }
  | { name: 'year'; id: string }
  | { name: 'trainees' }
  | { name: 'trainee-new' }
  | { name: 'trainee'; id: string }
  | { name: 'trash' }
  | { name: 'hosts' }
  | { name: 'host'; id: string }
  | { name: 'assignments' }
  | { name: 'arrivals' }
  | { name: 'board' }
  | { name: 'stays' }
  | { name: 'schedule' }
  | { name: 'settings' }
  | { name: 'coming'; section: ComingSection };

/** Routes live in the hash (`#/trainees/…`) so the same build works from file:// and http://. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second] = parts;
  switch (first) {
    case 'years':
      return second ? { name: 'year', id: second } : { name: 'years' };
    case 'trainees':
      if (second === 'new') return { name: 'trainee-new' };
      return second ? { name: 'trainee', id: second } : { name: 'trainees' };
    case 'trash':
      return { name: 'trash' };
    case 'hosts':
      return second ? { name: 'host', id: second } : { name: 'hosts' };
    case 'assignments':
    case 'arrivals':
    case 'board':
    case 'stays':
    case 'schedule':
      return { name: first };
    case 'settings':
      return { name: 'settings' };
    default:
      if ((COMING_SECTIONS as readonly string[]).includes(first ?? '')) return { name: 'coming', section: first as ComingSection };
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
