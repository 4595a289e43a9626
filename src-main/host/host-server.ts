import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { z } from 'zod';
import { contract } from '@shared/contract/channels';
import { fail, type Result } from '@shared/contract/result';
import { dispatch, type Handlers, type Logger } from '../ipc/dispatch';
import { CONTENT_SECURITY_POLICY, RENDERER_MIME } from '../shell/security';

// Room for an imported spreadsheet (20 MB, sent as base64); anything larger is refused unread.
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface HostOptions {
  handlers: Handlers;
  token: string;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  log?: Logger;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** HTTP status for a Result, so that scripts and logs see failures without reading bodies. */
function statusOf(result: Result<unknown>): number {
  if (result.ok) return 200;
  switch (result.error.code) {
    case 'validation':
    case 'bad_json':
      return 400;
    case 'unauthorized':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
    case 'unknown_channel':
      return 404;
    case 'payload_too_large':
      return 413;
    case 'internal':
      return 500;
    default:
      return 409;
  }
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendResult(res: http.ServerResponse, result: Result<unknown>): void {
  sendJson(res, statusOf(result), result);
}

/** Every channel with its doc and JSON Schemas: what a script needs to call the host. */
export function describeContract() {
  return Object.entries(contract).map(([channel, def]) => ({
    channel,
    doc: def.doc,
    input: z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }),
    output: z.toJSONSchema(def.output, { io: 'output', unrepresentable: 'any' }),
  }));
}

function readBody(req: http.IncomingMessage): Promise<string | 'too_large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      resolve('too_large');
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // The rest is read and dropped, as for a declared length: destroying the request would
        // cut the connection before the 413 could be answered.
        chunks.length = 0;
        resolve('too_large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The URL a request names, or null when its target is not one (`//[` reads as a host that cannot be). */
function targetOf(req: http.IncomingMessage): URL | null {
  try {
    return new URL(req.url ?? '/', `http://${req.headers.host}`);
  } catch {
    return null;
  }
}

/**
 * Whether a request's Authorization header carries the token, compared in constant time: the
 * SHA-256 digests of both have the same length whatever was sent, so neither the length nor
 * the first differing character shows in how long the answer takes.
 */
export function carriesToken(authorization: string | undefined, token: string): boolean {
  const digest = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest();
  return crypto.timingSafeEqual(digest(authorization ?? ''), digest(`Bearer ${token}`));
}

/**
 * A small HTTP host that serves the built renderer and the contract to a browser on this
 * machine only: bound to 127.0.0.1, every API call carries the per-start token, and requests
 * naming another host or origin (DNS rebinding, other sites) are refused.
 */
export function createHostServer(options: HostOptions): http.Server {
  const staticRoot = path.resolve(options.staticDir);
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      options.log?.('[kakehashi] host request failed', error);
      if (!res.headersSent) sendResult(res, fail('internal'));
      else res.destroy();
    });
  });

  function allowedAuthorities(): string[] {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return [`127.0.0.1:${port}`, `localhost:${port}`];
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const authorities = allowedAuthorities();
    if (!authorities.includes(req.headers.host ?? '')) return sendResult(res, fail('forbidden', { reason: 'host' }));
    const origin = req.headers.origin;
    if (origin !== undefined && !authorities.some((a) => origin === `http://${a}`)) {
      return sendResult(res, fail('forbidden', { reason: 'origin' }));
    }
    const url = targetOf(req);
    if (!url) return sendResult(res, fail('validation', { issues: [{ field: 'url', rule: 'invalid' }] }));
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, SECURITY_HEADERS);
      res.end();
      return;
    }
    serveStatic(url.pathname, res);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    if (!carriesToken(req.headers.authorization, options.token)) return sendResult(res, fail('unauthorized'));
    if (name === '_contract' && req.method === 'GET') return sendJson(res, 200, describeContract());
    if (req.method !== 'POST') return sendResult(res, fail('unknown_channel', { channel: name }));
    if (!Object.prototype.hasOwnProperty.call(contract, name)) {
      req.resume();
      return sendResult(res, fail('unknown_channel', { channel: name }));
    }
    const body = await readBody(req);
    if (body === 'too_large') return sendResult(res, fail('payload_too_large', { limit: MAX_BODY_BYTES }));
    let input: unknown;
    try {
      input = body.trim() === '' ? {} : JSON.parse(body);
    } catch {
      return sendResult(res, fail('bad_json'));
    }
    sendResult(res, await dispatch(options.handlers, name, input, options.log));
  }

  function serveStatic(pathname: string, res: http.ServerResponse): void {
    let relative: string;
    try {
      relative = decodeURIComponent(pathname);
    } catch {
      relative = '/';
    }
    let file = path.resolve(staticRoot, '.' + (relative === '/' ? '/index.html' : relative));
    if (!file.startsWith(staticRoot + path.sep)) file = path.join(staticRoot, 'index.html');
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    const isAsset = relative.startsWith('/assets/');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': RENDERER_MIME[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': isAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    fs.createReadStream(file).pipe(res);
  }

  return server;
}
