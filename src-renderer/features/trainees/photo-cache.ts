import type { Api } from '../../api';

// Photos change rarely and lists show many: each is fetched once per screen session.
const cache = new Map<string, Promise<string | null>>();

export function loadPhoto(api: Api, id: string, size: 'photo' | 'thumb'): Promise<string | null> {
  const key = `${id}:${size}`;
  let entry = cache.get(key);
  if (!entry) {
    entry = api.call('trainees:photo', { id, size }).then((r) => (r.ok ? r.value.dataUrl : null));
    cache.set(key, entry);
  }
  return entry;
}

export function forgetPhoto(id: string): void {
  cache.delete(`${id}:photo`);
  cache.delete(`${id}:thumb`);
}
