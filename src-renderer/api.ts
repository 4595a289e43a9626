import { createContext, useContext } from 'react';
import type { KakehashiBridge } from '@shared/contract/bridge';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/channels';
import type { Result } from '@shared/contract/result';

/** The renderer's only way to the backend: the same typed call over IPC or HTTP. */
export interface Api {
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
}

declare global {
  interface Window {
    kakehashi?: KakehashiBridge;
  }
}

const TOKEN_KEY = 'kakehashi.token';

/**
 * The localhost host hands the token in the URL fragment (never sent to a server or a log);
 * it is kept for this tab only and removed from the address bar.
 */
export function takeTokenFromLocation(location: Location, storage: Storage, history: History): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, '', `${location.pathname}${location.search}#/`);
  }
  return storage.getItem(TOKEN_KEY);
}

export function createHttpApi(token: string | null, fetchImpl: typeof fetch = (...args) => fetch(...args)): Api {
  return {
    async call(channel, input) {
      try {
        const response = await fetchImpl(`./api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
          body: JSON.stringify(input ?? {}),
        });
        return (await response.json()) as Result<ChannelOutput<typeof channel>>;
      } catch {
        return { ok: false, error: { code: 'network' } };
      }
    },
  };
}

export function createBridgeApi(bridge: KakehashiBridge): Api {
  return { call: (channel, input) => bridge.call(channel, input) };
}

/** The preload bridge inside Electron, the HTTP client in a browser. */
export function pickApi(): Api {
  if (window.kakehashi) return createBridgeApi(window.kakehashi);
  return createHttpApi(takeTokenFromLocation(window.location, window.sessionStorage, window.history));
}

export const ApiContext = createContext<Api | null>(null);

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiContext');
  return api;
}
