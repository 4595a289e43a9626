import { describe, expect, it, vi } from 'vitest';
import { createHttpApi, takeTokenFromLocation } from './api';

describe('api', () => {
  it('takes the token from the URL fragment, keeps it for the tab and clears the address bar', () => {
    window.history.replaceState(null, '', '/#token=abc%2D123');
    expect(takeTokenFromLocation(window.location, window.sessionStorage, window.history)).toBe('abc-123');
    expect(window.location.hash).toBe('#/');
    // A reload finds it again without the fragment.
    expect(takeTokenFromLocation(window.location, window.sessionStorage, window.history)).toBe('abc-123');
  });

  it('sends the token as a bearer and the input as JSON', async () => {
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: [] })));
    const api = createHttpApi('t0k', fetchImpl as unknown as typeof fetch);
    await expect(api.call('years:list', {})).resolves.toEqual({ ok: true, value: [] });
    expect(fetchImpl).toHaveBeenCalledWith('./api/years:list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer t0k' },
      body: '{}',
    });
  });

  it('answers a network error code when the backend cannot be reached', async () => {
    const api = createHttpApi('t0k', (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch);
    await expect(api.call('years:list', {})).resolves.toEqual({ ok: false, error: { code: 'network' } });
  });
});
