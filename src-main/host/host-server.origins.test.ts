import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../backend';
import { memoryBackend, tableCount } from '../test/backend';
import { createHostServer } from './host-server';

const TOKEN = 'test-token-origins';
let backend: Backend;
let server: http.Server;
let port: number;
let staticDir: string;

beforeAll(async () => {
  backend = memoryBackend();
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-static-'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Kakehashi</title>');
  server = createHostServer({ handlers: backend.handlers, token: TOKEN, staticDir, log: () => undefined });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  backend.close();
  fs.rmSync(staticDir, { recursive: true, force: true });
});

/** A request with exactly these headers (fetch would not let a test set Host). */
function request(method: string, urlPath: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, headers: { Authorization: `Bearer ${TOKEN}`, ...headers } });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const createYear = (headers: Record<string, string>) => request('POST', '/api/years:create', headers, JSON.stringify({ fiscalYear: 2024 }));

describe('the host refuses near-miss origins and hosts', () => {
  it('answers its own origins, by either loopback name', async () => {
    expect((await request('POST', '/api/years:list', { Host: `127.0.0.1:${port}`, Origin: `http://127.0.0.1:${port}` }, '{}')).status).toBe(200);
    expect((await request('POST', '/api/years:list', { Host: `localhost:${port}`, Origin: `http://localhost:${port}` }, '{}')).status).toBe(200);
    // No Origin at all (a script, curl, a same-origin GET) is fine: the token guards the API.
    expect((await request('POST', '/api/years:list', { Host: `127.0.0.1:${port}` }, '{}')).status).toBe(200);
  });

  it.each([
    ['another port', () => `http://127.0.0.1:${port + 1}`],
    ['port 1', () => 'http://127.0.0.1:1'],
    ['no port', () => 'http://127.0.0.1'],
    ['localhost on another port', () => `http://localhost:${port + 1}`],
    ['a look-alike host', () => 'http://localhost.evil.example'],
    ['a look-alike host on our port', () => `http://localhost.evil.example:${port}`],
    ['our address as a subdomain of another site', () => `http://127.0.0.1.evil.example:${port}`],
    ['our authority followed by more', () => `http://127.0.0.1:${port}.evil.example`],
    ['https on our port', () => `https://127.0.0.1:${port}`],
    ['another scheme', () => `app://127.0.0.1:${port}`],
    ['another loopback address', () => `http://127.0.0.2:${port}`],
    ['the opaque origin of a sandboxed frame or a file', () => 'null'],
    ['our origin with a path', () => `http://127.0.0.1:${port}/`],
    ['an empty origin', () => ''],
  ])('refuses an Origin on %s (403, nothing written)', async (_, origin) => {
    const refused = await createYear({ Host: `127.0.0.1:${port}`, Origin: origin() });
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body)).toEqual({ ok: false, error: { code: 'forbidden', params: { reason: 'origin' } } });
    expect(tableCount(backend, 'program_years')).toBe(0);
  });

  it.each([
    ['another port', () => `127.0.0.1:${port + 1}`],
    ['port 1', () => '127.0.0.1:1'],
    ['no port', () => '127.0.0.1'],
    ['a look-alike host on our port', () => `localhost.evil.example:${port}`],
    ['our authority followed by more', () => `127.0.0.1:${port}.evil.example`],
    ['a rebinding name', () => `evil.example:${port}`],
  ])('refuses a Host on %s (403), for the API and the page alike', async (_, host) => {
    const refused = await createYear({ Host: host() });
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body)).toEqual({ ok: false, error: { code: 'forbidden', params: { reason: 'host' } } });
    expect((await request('GET', '/', { Host: host() })).status).toBe(403);
    expect(tableCount(backend, 'program_years')).toBe(0);
  });

  it('serves the page to its own host', async () => {
    const page = await request('GET', '/', { Host: `localhost:${port}` });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Kakehashi</title>');
  });
});
