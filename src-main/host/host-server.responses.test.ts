import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../backend';
import { AppError } from '../ipc/app-error';
import type { Handlers } from '../ipc/dispatch';
import { memoryBackend } from '../test/backend';
import { carriesToken, createHostServer, MAX_BODY_BYTES } from './host-server';

const TOKEN = 'test-token-responses';
let backend: Backend;
let server: http.Server;
let base: string;
let staticDir: string;
const logged: unknown[] = [];

beforeAll(async () => {
  backend = memoryBackend();
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-static-'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Kakehashi</title>');
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(path.join(staticDir, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(staticDir, 'assets', 'data.bin'), 'raw');
  const handlers = {
    ...backend.handlers,
    'years:list': () => {
      throw new AppError('not_found', { entity: 'year' });
    },
    'settings:get': () => {
      throw new Error('disk on fire');
    },
    'sample:load': () => {
      throw new AppError('sample_not_empty');
    },
  } as Handlers;
  server = createHostServer({ handlers, token: TOKEN, staticDir, log: (m, e) => logged.push([m, e]) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  backend.close();
  fs.rmSync(staticDir, { recursive: true, force: true });
});

const post = (channel: string, body: string) =>
  fetch(`${base}/api/${channel}`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` }, body });

describe('the host answers each Result with its HTTP status and safe headers', () => {
  it('200 with the value, as JSON that is never cached, with the security headers', async () => {
    const created = await post('years:create', JSON.stringify({ fiscalYear: 2024 }));
    expect(created.status).toBe(200);
    expect(created.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(created.headers.get('cache-control')).toBe('no-store');
    expect(created.headers.get('x-content-type-options')).toBe('nosniff');
    expect(created.headers.get('referrer-policy')).toBe('no-referrer');
    expect(created.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(created.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(created.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await created.json()).toMatchObject({ ok: true, value: { fiscalYear: 2024 } });
  });

  it('an empty body is an empty input object, not malformed JSON', async () => {
    const response = await post('backups:list', '  ');
    expect(await response.json()).toEqual({ ok: false, error: { code: 'backups_unavailable' } });
  });

  it('404 for not_found, 409 for a refusal of the rules, 500 for the unexpected (logged)', async () => {
    const notFound = await post('years:list', '{}');
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toEqual({ ok: false, error: { code: 'not_found', params: { entity: 'year' } } });
    const refused = await post('sample:load', '{}');
    expect(refused.status).toBe(409);
    expect(await refused.json()).toEqual({ ok: false, error: { code: 'sample_not_empty' } });
    const internal = await post('settings:get', '{}');
    expect(internal.status).toBe(500);
    expect(await internal.json()).toEqual({ ok: false, error: { code: 'internal' } });
    expect(logged).toContainEqual(['[kakehashi] settings:get failed', expect.any(Error)]);
  });

  it('401 for a missing token, 404 for a known channel asked with GET, 413 for a declared length over the limit', async () => {
    const noToken = await fetch(`${base}/api/years:create`, { method: 'POST', body: '{}' });
    expect(noToken.status).toBe(401);
    expect(await noToken.json()).toEqual({ ok: false, error: { code: 'unauthorized' } });
    const get = await fetch(`${base}/api/years:list`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(get.status).toBe(404);
    expect(await get.json()).toEqual({ ok: false, error: { code: 'unknown_channel', params: { channel: 'years:list' } } });
    const declared = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${base}/api/settings:update`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Length': String(MAX_BODY_BYTES + 1) },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      req.write('{}');
    });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toEqual({ ok: false, error: { code: 'payload_too_large', params: { limit: MAX_BODY_BYTES } } });
  });

  it('a body of exactly the limit is read (not refused as too large)', async () => {
    const body = JSON.stringify({ language: 'en' }).padEnd(MAX_BODY_BYTES, ' ');
    const response = await post('settings:update', body);
    expect(response.status).toBe(200);
  });

  it('serves the page uncached, assets cached for a year with their type, unknown types as bytes, and 404 or 405 otherwise', async () => {
    const page = await fetch(`${base}/`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const asset = await fetch(`${base}/assets/index-abc.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect(await asset.text()).toBe('console.log(1)');
    expect((await fetch(`${base}/assets/data.bin`)).headers.get('content-type')).toBe('application/octet-stream');
    const missing = await fetch(`${base}/assets/missing.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(missing.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await missing.text()).toBe('Not found');
    expect((await fetch(`${base}/assets`)).status).toBe(404); // a folder is not a file
    const posted = await fetch(`${base}/index.html`, { method: 'POST', body: 'x' });
    expect(posted.status).toBe(405);
    expect(posted.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${base}/index.html`, { method: 'HEAD' })).status).toBe(200);
  });

  it('serves the page for a path it cannot decode and for one that climbs out of the folder', async () => {
    const garbled = await fetch(`${base}/%E0%A4%A`);
    expect(garbled.status).toBe(200);
    expect(await garbled.text()).toContain('<title>Kakehashi</title>');
    // Encoded slashes survive URL parsing and climb only once decoded: the page is served instead.
    const climbing = await fetch(`${base}/..%2F..%2Fetc%2Fpasswd`);
    expect(climbing.status).toBe(200);
    expect(await climbing.text()).toContain('<title>Kakehashi</title>');
    const sibling = await fetch(`${base}/..%2F${path.basename(staticDir)}-other%2Fx.html`);
    expect(await sibling.text()).toContain('<title>Kakehashi</title>');
  });
});

describe('the token', () => {
  it('is carried only as "Bearer <token>", exactly', () => {
    expect(carriesToken(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(carriesToken(TOKEN, TOKEN)).toBe(false);
    expect(carriesToken(`Bearer ${TOKEN} `, TOKEN)).toBe(false);
    expect(carriesToken(`bearer ${TOKEN}`, TOKEN)).toBe(false);
    expect(carriesToken(undefined, TOKEN)).toBe(false);
    expect(carriesToken('Bearer ', '')).toBe(true);
    expect(carriesToken('', '')).toBe(false);
  });
});
