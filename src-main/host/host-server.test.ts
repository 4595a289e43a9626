import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contract } from '@shared/contract/channels';
import type { Backend } from '../backend';
import { memoryBackend, tableCount } from '../test/backend';
import { carriesToken, createHostServer, MAX_BODY_BYTES } from './host-server';

const TOKEN = 'test-token-123';
let backend: Backend;
let server: http.Server;
let base: string;
let staticDir: string;

beforeEach(async () => {
  backend = memoryBackend();
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-static-'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Kakehashi</title>');
  server = createHostServer({ handlers: backend.handlers, token: TOKEN, staticDir, log: () => undefined });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  backend.close();
  fs.rmSync(staticDir, { recursive: true, force: true });
});

function post(channel: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}`, ...headers },
    body,
  });
}

describe('localhost host', () => {
  it('answers a contract call with its Result', async () => {
    const response = await post('years:create', JSON.stringify({ fiscalYear: 2024 }));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ ok: true, value: { fiscalYear: 2024 } });
    expect(tableCount(backend, 'program_years')).toBe(1);
  });

  it('refuses a call without the token, or with a wrong one (401)', async () => {
    const missing = await fetch(`${base}/api/years:create`, { method: 'POST', body: JSON.stringify({ fiscalYear: 2024 }) });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await post('years:create', JSON.stringify({ fiscalYear: 2024 }), { Authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    expect(tableCount(backend, 'program_years')).toBe(0);
  });

  it('compares the token in constant time, over digests of equal length', async () => {
    const compare = vi.spyOn(crypto, 'timingSafeEqual');
    try {
      const wrong = await post('years:list', '{}', { Authorization: `Bearer ${TOKEN}x` });
      expect(wrong.status).toBe(401);
      expect(compare).toHaveBeenCalled();
      const [a, b] = compare.mock.calls[0]! as [Buffer, Buffer];
      expect(a.length).toBe(32);
      expect(b.length).toBe(32);
      expect((await post('years:list', '{}')).status).toBe(200);
    } finally {
      compare.mockRestore();
    }
    expect(carriesToken(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    for (const sent of [undefined, '', 'Bearer', `Bearer ${TOKEN.slice(0, -1)}`, `bearer ${TOKEN}`, `Bearer ${TOKEN} `, `Bearer ${'x'.repeat(5000)}`]) {
      expect(carriesToken(sent, TOKEN)).toBe(false);
    }
  });

  it('refuses a foreign Origin or Host (403)', async () => {
    const origin = await post('years:create', JSON.stringify({ fiscalYear: 2024 }), { Origin: 'http://evil.example' });
    expect(origin.status).toBe(403);
    expect(await origin.json()).toEqual({ ok: false, error: { code: 'forbidden', params: { reason: 'origin' } } });
    const sameOrigin = await post('years:list', '{}', { Origin: base });
    expect(sameOrigin.status).toBe(200);
    // fetch cannot set Host; a DNS-rebinding page would reach us with its own name in it.
    const hostStatus = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${base}/api/years:create`, {
        method: 'POST',
        headers: { Host: 'evil.example', Authorization: `Bearer ${TOKEN}` },
      });
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      request.end(JSON.stringify({ fiscalYear: 2024 }));
    });
    expect(hostStatus).toBe(403);
    expect(tableCount(backend, 'program_years')).toBe(0);
  });

  it('answers 404 for an unknown channel', async () => {
    const response = await post('trainees:drop', '{}');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ ok: false, error: { code: 'unknown_channel', params: { channel: 'trainees:drop' } } });
  });

  it('answers 400 with an error code for malformed JSON and for schema-invalid input, changing nothing', async () => {
    const malformed = await post('years:create', '{"fiscalYear": 20');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ ok: false, error: { code: 'bad_json' } });
    const invalid = await post('trainees:create', JSON.stringify({ yearId: 'x', givenNameLatin: '' }));
    expect(invalid.status).toBe(400);
    const body = await invalid.json();
    expect(body.error.code).toBe('validation');
    expect(body.error.params.issues).toContainEqual({ field: 'givenNameLatin', rule: 'name_required' });
    expect(tableCount(backend, 'program_years')).toBe(0);
    expect(tableCount(backend, 'trainees')).toBe(0);
  });

  it('refuses a body over the limit (413)', async () => {
    const response = await post('settings:update', JSON.stringify({ language: 'x'.repeat(MAX_BODY_BYTES + 10) }));
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('payload_too_large');
  });

  it('describes every channel with JSON Schemas', async () => {
    const response = await fetch(`${base}/api/_contract`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    const channels = (await response.json()) as Array<{ channel: string; doc: string; input: { type?: string }; output: object }>;
    expect(channels.map((c) => c.channel).sort()).toEqual(Object.keys(contract).sort());
    const create = channels.find((c) => c.channel === 'years:create')!;
    expect(create.doc).toMatch(/fiscal year/);
    expect(create.input).toMatchObject({ type: 'object', properties: { fiscalYear: { type: 'integer' } } });
    expect((await fetch(`${base}/api/_contract`)).status).toBe(401);
  });

  it('serves the renderer with a Content-Security-Policy and never a file outside it', async () => {
    const index = await fetch(`${base}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await index.text()).toContain('<title>Kakehashi</title>');
    const escape = await fetch(`${base}/..%2F..%2Fetc%2Fpasswd`);
    expect(await escape.text()).not.toContain('root:');
  });
});
