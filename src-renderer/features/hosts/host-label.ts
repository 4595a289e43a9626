import { useCallback, useMemo } from 'react';
import { hostLabel } from '@contract/names';
import type { Language } from '@contract/settings';
import { useMasters } from '../masters.store';
import { useSettings } from '../settings/settings.store';

/**
 * A host's name in the person's language (大分県宇佐市 / Usa City), looked up in the hosts
 * list; the name the record carried (Japanese) until the list knows the host. A printed sheet
 * passes its own language.
 */
export function useHostLabel(sheetLanguage?: Language): (hostId: string | null, carried?: string | null) => string {
  const hosts = useMasters((s) => s.hosts);
  const screenLanguage = useSettings((s) => s.language);
  const language = sheetLanguage ?? screenLanguage;
  const byId = useMemo(() => new Map(hosts.map((h) => [h.id, h])), [hosts]);
  return useCallback(
    (hostId, carried) => {
      const host = hostId ? byId.get(hostId) : undefined;
      return host ? hostLabel(host, language) : (carried ?? '');
    },
    [byId, language],
  );
}
