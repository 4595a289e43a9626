import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contract } from '@shared/contract/channels';
import type { Logger } from '../ipc/dispatch';
import { memoryBackend, tableCount } from '../test/backend';
import { createHostServer, describeContract, MAX_BODY_BYTES } from './host-server';

const TOKEN = 'test-token-edges';
const cleanups: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * A real host on 127.0.0.1 (or on a pipe), over a real backend; closed after the test. With
 * `failingOnce`, its handler map throws the first time it is read: an unexpected failure inside
 * the host itself (outside dispatch, which catches its own), for the host's last-resort answer.
 */
async function startHost(options: { log?: Logger; pipe?: string; failingOnce?: boolean } = {}) {
  const backend = memoryBackend();
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-static-'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Kakehashi</title>');
  let reads = 0;
  const server = createHostServer({
    get handlers() {
      if (options.failingOnce && reads++ === 0) throw new Error('handlers unreadable');
      return backend.handlers;
    },
    token: TOKEN,
    staticDir,
    ...('log' in options ? { log: options.log } : {}),
  });
  if (options.pipe) await new Promise<void>((resolve) => server.listen(options.pipe, resolve));
  else await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  cleanups.push(async () => {
    server.closeAllConnections();
    if (server.listening) await new Promise((resolve) => server.close(resolve));
    backend.close();
    fs.rmSync(staticDir, { recursive: true, force: true });
  });
  return { backend, server, port };
}

interface Answer {
  status: number;
  body: string;
}

/** One request with exactly these headers; rejects if the connection is cut, and after 5 s without an answer. */
function request(
  target: { port?: number; socketPath?: string },
  method: string,
  urlPath: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', ...target, method, path: urlPath, headers, timeout: 5000 });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 5 s')));
    req.on('error', reject);
    req.end(body);
  });
}

/** A POST whose body is streamed in chunks (Transfer-Encoding: chunked, no Content-Length): `bytes` in all, JSON padded with spaces. */
function streamedPost(port: number, channel: string, json: string, bytes: number): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: `/api/${channel}`,
      headers: { Authorization: `Bearer ${TOKEN}`, 'Transfer-Encoding': 'chunked' },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    const chunkSize = 1024 * 1024;
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        const length = Math.min(chunkSize, bytes - sent);
        const chunk = sent === 0 ? Buffer.from(json.padEnd(length, ' ')) : Buffer.alloc(length, 0x20);
        sent += length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

const api = (port: number) => ({ Host: `127.0.0.1:${port}`, Authorization: `Bearer ${TOKEN}` });

describe('the host at its edges', () => {
  it('a streamed body (no Content-Length) one byte over the limit is refused with 413 payload_too_large, and one at the limit is read', async () => {
    const { port } = await startHost({ log: () => undefined });
    const over = await streamedPost(port, 'settings:update', JSON.stringify({ language: 'en' }), MAX_BODY_BYTES + 1);
    expect(over.status).toBe(413);
    expect(JSON.parse(over.body)).toEqual({ ok: false, error: { code: 'payload_too_large', params: { limit: MAX_BODY_BYTES } } });
    const atLimit = await streamedPost(port, 'settings:update', JSON.stringify({ language: 'en' }), MAX_BODY_BYTES);
    expect(atLimit.status).toBe(200);
    expect(JSON.parse(atLimit.body)).toMatchObject({ ok: true, value: { language: 'en' } });
  });

  it('a target that is no URL (//[) is refused 400 validation naming the url, and is not logged as a failure', async () => {
    const logged: unknown[][] = [];
    const { port } = await startHost({ log: (message, error) => logged.push([message, error]) });
    for (const target of ['//[', '//[/api/years:list', '//x:99999/']) {
      const answer = await request({ port }, 'GET', target, api(port));
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toEqual({ ok: false, error: { code: 'validation', params: { issues: [{ field: 'url', rule: 'invalid' }] } } });
    }
    expect(logged).toEqual([]);
    // A foreign Host is still refused first, whatever the target.
    expect((await request({ port }, 'GET', '//[', { Host: 'evil.example' })).status).toBe(403);
    // And it goes on answering.
    expect((await request({ port }, 'POST', '/api/years:list', api(port), '{}')).status).toBe(200);
  });

  it('a request that fails inside the host (its handler map cannot be read) answers 500 internal and is logged', async () => {
    const logged: unknown[][] = [];
    const { port } = await startHost({ failingOnce: true, log: (message, error) => logged.push([message, error]) });
    const answer = await request({ port }, 'POST', '/api/years:list', api(port), '{}');
    expect(answer.status).toBe(500);
    expect(JSON.parse(answer.body)).toEqual({ ok: false, error: { code: 'internal' } });
    expect(logged).toEqual([['[kakehashi] host request failed', expect.objectContaining({ message: 'handlers unreadable' })]]);
  });

  it('a host started without a logger still answers such a failure with 500 internal', async () => {
    const { port } = await startHost({ failingOnce: true });
    const answer = await request({ port }, 'POST', '/api/years:list', api(port), '{}');
    expect(answer.status).toBe(500);
    expect(JSON.parse(answer.body)).toEqual({ ok: false, error: { code: 'internal' } });
    // And it goes on answering (the map is read the second time).
    expect((await request({ port }, 'POST', '/api/years:list', api(port), '{}')).status).toBe(200);
  });

  it('a client that goes away in the middle of its body is logged as a failed request (the read does not hang), and nothing is written', async () => {
    const logged: unknown[][] = [];
    const { backend, port } = await startHost({ log: (message, error) => logged.push([message, error]) });
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      `POST /api/years:create HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Length: 100\r\n\r\n{"fiscalYear":`,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    socket.destroy();
    await vi.waitFor(() => expect(logged).toEqual([['[kakehashi] host request failed', expect.objectContaining({ code: 'ECONNRESET' })]]), {
      timeout: 3000,
    });
    expect(tableCount(backend, 'program_years')).toBe(0);
  });

  it('once the server is closing, a request still arriving on an open connection is refused 403 (it has no port left to be reached on), not a crash', async () => {
    const { server, port } = await startHost({ log: () => undefined });
    const answers = await new Promise<string>((resolve) => {
      let received = '';
      const socket = net.connect(port, '127.0.0.1', () => {
        // The first request is under way (its body not complete) when the server starts closing...
        socket.write(`POST /api/years:list HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Length: 2\r\n\r\n{`);
        setTimeout(() => {
          server.close();
          // ...then it ends, and a second one follows on the same connection.
          socket.write(
            `}POST /api/years:list HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
          );
        }, 100);
      });
      socket.on('data', (chunk) => (received += chunk));
      socket.on('close', () => resolve(received));
    });
    const statuses = [...answers.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => m[1]);
    expect(statuses).toEqual(['200', '403']);
    expect(answers).toContain('{"ok":false,"error":{"code":"forbidden","params":{"reason":"host"}}}');
  });

  it('listening on a pipe (no port), it takes its port as 0: Host localhost:0 is answered, localhost:undefined and the bare name are refused', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-pipe-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const socketPath = path.join(dir, 'host.sock');
    await startHost({ log: () => undefined, pipe: socketPath });
    const page = await request({ socketPath }, 'GET', '/', { Host: 'localhost:0' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Kakehashi</title>');
    for (const host of ['localhost:undefined', '127.0.0.1:undefined', 'localhost']) {
      const refused = await request({ socketPath }, 'GET', '/', { Host: host });
      expect(refused.status, host).toBe(403);
      expect(JSON.parse(refused.body), host).toEqual({ ok: false, error: { code: 'forbidden', params: { reason: 'host' } } });
    }
  });

  it('a request without a Host header (HTTP/1.0) is refused 403 host', async () => {
    const { port } = await startHost({ log: () => undefined });
    const answer = await new Promise<string>((resolve) => {
      let received = '';
      const socket = net.connect(port, '127.0.0.1', () => socket.write(`GET / HTTP/1.0\r\n\r\n`));
      socket.on('data', (chunk) => (received += chunk));
      socket.on('close', () => resolve(received));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 403 /);
    expect(answer).toContain('{"ok":false,"error":{"code":"forbidden","params":{"reason":"host"}}}');
  });

  it('_contract is read with GET only: POSTed, it is an unknown channel (404)', async () => {
    const { port } = await startHost({ log: () => undefined });
    const posted = await request({ port }, 'POST', '/api/_contract', api(port), '{}');
    expect(posted.status).toBe(404);
    expect(JSON.parse(posted.body)).toEqual({ ok: false, error: { code: 'unknown_channel', params: { channel: '_contract' } } });
  });

  it('an unknown channel is refused 404 before its body is read: malformed JSON or a declared length over the limit get the same 404', async () => {
    const { port } = await startHost({ log: () => undefined });
    const unknown = { ok: false, error: { code: 'unknown_channel', params: { channel: 'years:drop' } } };
    const malformed = await request({ port }, 'POST', '/api/years:drop', api(port), '{"fiscalYear": 20');
    expect(malformed.status).toBe(404);
    expect(JSON.parse(malformed.body)).toEqual(unknown);
    const oversize = await new Promise<Answer>((resolve, reject) => {
      const req = http.request({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/years:drop',
        headers: { ...api(port), 'Content-Length': String(MAX_BODY_BYTES + 1) },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      req.write('{}');
    });
    expect(oversize.status).toBe(404);
    expect(JSON.parse(oversize.body)).toEqual(unknown);
  });
});

describe('the contract as JSON Schemas', () => {
  const described = describeContract();
  const find = (channel: string) => described.find((c) => c.channel === channel)!;

  it('describes each input as it may be sent: optional and nullable fields not required, dates as the strings typed', () => {
    const staff = find('staff:create').input as { required: string[]; properties: Record<string, object> };
    expect(staff.required).toEqual(['name', 'organisation']);
    expect(staff.properties.nameEn).toEqual({ anyOf: [{ type: 'string', maxLength: 100 }, { type: 'null' }] });
    const milestone = find('years:update-milestone').input as { required: string[]; properties: Record<string, object> };
    expect(milestone.required).toEqual(['id', 'startsOn']);
    expect(milestone.properties.startsOn).toEqual({ type: 'string' });
    expect(find('years:list').input).toMatchObject({ type: 'object', additionalProperties: false });
  });

  it('describes each output as it is answered: every field present, and no others', () => {
    const year = find('years:create').output as { required: string[]; additionalProperties: boolean };
    expect(year.required).toEqual(expect.arrayContaining(['id', 'fiscalYear', 'closedOn', 'milestones']));
    expect(year.additionalProperties).toBe(false);
    // The same schemas zod gives for each side.
    expect(find('staff:create').output).toEqual(z.toJSONSchema(contract['staff:create'].output, { io: 'output' }));
  });
});
