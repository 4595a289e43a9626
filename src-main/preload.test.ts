import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL } from './contract/bridge';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async () => ({ ok: true, value: [] }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke },
}));

describe('preload', () => {
  beforeEach(async () => {
    await import('./preload');
  });

  it('exposes one frozen api object with one call function', () => {
    expect(Object.keys(exposed)).toEqual(['kakehashi']);
    const bridge = exposed.kakehashi as Record<string, unknown>;
    expect(Object.keys(bridge)).toEqual(['call']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('passes the channel and input to the main process over the one IPC channel', async () => {
    const bridge = exposed.kakehashi as { call(channel: string, input: unknown): Promise<unknown> };
    await expect(bridge.call('years:list', {})).resolves.toEqual({ ok: true, value: [] });
    expect(invoke).toHaveBeenCalledWith(IPC_CALL, 'years:list', {});
  });
});
