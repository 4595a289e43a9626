import { describe, expect, it } from 'vitest';
import { isTrustedEvent, isTrustedSender, RENDERER_URL } from './app-shell';

/** An IPC event from the main frame of a page at `url`. */
const mainFrameAt = (url: string) => {
  const frame = { url, processId: 4, routingId: 1 };
  return { senderFrame: frame, sender: { mainFrame: frame } };
};

describe('the IPC sender check refuses near-miss senders', () => {
  it('trusts our own page, on any route after the #, and with a query', () => {
    expect(RENDERER_URL).toBe('app://kakehashi/index.html');
    for (const url of [RENDERER_URL, `${RENDERER_URL}#/trainees/abc`, `${RENDERER_URL}?lang=en#/`]) {
      expect(isTrustedSender({ url }), url).toBe(true);
      expect(isTrustedEvent(mainFrameAt(url)), url).toBe(true);
    }
  });

  it.each([
    ['the right path on the wrong host', 'app://evil/index.html'],
    ['the right path on a look-alike host', 'app://kakehashi.evil.example/index.html'],
    ['the right path on a host that ends like ours', 'app://evilkakehashi/index.html'],
    ['our host with a port', 'app://kakehashi:8080/index.html'],
    ['our host and path over https', 'https://kakehashi/index.html'],
    ['our host and path over http', 'http://kakehashi/index.html'],
    ['another app:// page of ours', 'app://kakehashi/print.html'],
    ['a path that starts like ours', 'app://kakehashi/index.html.evil'],
    ['our path one folder down', 'app://kakehashi/assets/index.html'],
    ['our root without the page', 'app://kakehashi/'],
    ['credentials naming our host before another', 'app://kakehashi@evil/index.html'],
    ['the built page from the disk', 'file:///app/build/renderer/index.html'],
    ['a blank page', 'about:blank'],
    ['an empty URL', ''],
  ])('refuses %s (%s)', (_, url) => {
    expect(isTrustedSender({ url })).toBe(false);
    expect(isTrustedEvent(mainFrameAt(url))).toBe(false);
  });

  it('with a development server as the renderer, refuses another port, a look-alike host and another loopback name', () => {
    const dev = 'http://localhost:5173/index.html';
    expect(isTrustedSender({ url: `${dev}#/` }, dev)).toBe(true);
    for (const url of [
      'http://localhost:5174/index.html',
      'http://localhost/index.html',
      'http://localhost.evil.example:5173/index.html',
      'http://127.0.0.1:5173/index.html',
      'https://localhost:5173/index.html',
    ]) {
      expect(isTrustedSender({ url }, dev), url).toBe(false);
    }
  });

  it('refuses our own page when the frame is not the main frame, or either frame is missing', () => {
    const frame = { url: RENDERER_URL, processId: 4, routingId: 2 };
    expect(isTrustedEvent({ senderFrame: frame, sender: { mainFrame: { url: RENDERER_URL, processId: 4, routingId: 1 } } })).toBe(false);
    expect(isTrustedEvent({ senderFrame: frame, sender: { mainFrame: { url: RENDERER_URL, processId: 5, routingId: 2 } } })).toBe(false);
    // The same frame seen through another object (Electron gives new wrappers): same process and routing ids.
    expect(isTrustedEvent({ senderFrame: frame, sender: { mainFrame: { url: RENDERER_URL, processId: 4, routingId: 2 } } })).toBe(true);
    // Without ids, only the very same frame counts.
    expect(isTrustedEvent({ senderFrame: { url: RENDERER_URL }, sender: { mainFrame: { url: RENDERER_URL } } })).toBe(false);
    expect(isTrustedEvent({ senderFrame: null, sender: { mainFrame: frame } })).toBe(false);
    expect(isTrustedEvent({ senderFrame: frame, sender: { mainFrame: null } })).toBe(false);
    expect(isTrustedEvent({ senderFrame: frame })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});
