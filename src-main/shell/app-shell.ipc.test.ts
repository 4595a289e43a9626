import type * as Electron from 'electron';
import { describe, expect, it } from 'vitest';
import { IPC_CALL } from '@shared/contract/bridge';
import { memoryBackend, tableCount } from '../test/backend';
import { registerIpc, RENDERER_URL } from './app-shell';

type Listener = (event: unknown, channel: unknown, input: unknown) => unknown;

/** The IPC entry point as registered on an ipcMain that keeps its handlers, called as our own page's main frame would. */
function ipcEntry() {
  const backend = memoryBackend();
  const handlers = new Map<string, Listener>();
  const ipcMain = { handle: (name: string, listener: Listener) => void handlers.set(name, listener) };
  registerIpc(ipcMain as unknown as Electron.IpcMain, backend.handlers);
  const frame = { url: `${RENDERER_URL}#/`, processId: 4, routingId: 1 };
  const event = { senderFrame: frame, sender: { mainFrame: frame } };
  const call = (channel: unknown, input: unknown) => handlers.get(IPC_CALL)!(event, channel, input);
  return { backend, call };
}

describe('the IPC entry point', () => {
  it('runs a call from our own page through dispatch', async () => {
    const { backend, call } = ipcEntry();
    expect(await call('years:create', { fiscalYear: 2024 })).toMatchObject({ ok: true, value: { fiscalYear: 2024 } });
    expect(tableCount(backend, 'program_years')).toBe(1);
    backend.close();
  });

  it.each([
    ['a number', 42, '42'],
    ['an array that reads as a channel', ['years:create'], 'years:create'],
    ['an object that reads as a channel', { toString: () => 'years:create' }, 'years:create'],
    ['nothing', undefined, 'undefined'],
  ])('refuses a channel name that is not a string (%s) as unknown_channel, naming it as text, and runs nothing', async (_, channel, named) => {
    const { backend, call } = ipcEntry();
    expect(await call(channel, { fiscalYear: 2024 })).toEqual({ ok: false, error: { code: 'unknown_channel', params: { channel: named } } });
    expect(tableCount(backend, 'program_years')).toBe(0);
    backend.close();
  });
});
