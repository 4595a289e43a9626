import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL, IPC_SAVE_PDF } from '@shared/contract/bridge';

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

  it('exposes one frozen api object: the contract call and Save as PDF', () => {
    expect(Object.keys(exposed)).toEqual(['kakehashi']);
    const bridge = exposed.kakehashi as Record<string, unknown>;
    expect(Object.keys(bridge)).toEqual(['call', 'savePdf']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('passes the channel and input to the main process over the one IPC channel', async () => {
    const bridge = exposed.kakehashi as { call(channel: string, input: unknown): Promise<unknown> };
    await expect(bridge.call('years:list', {})).resolves.toEqual({ ok: true, value: [] });
    expect(invoke).toHaveBeenCalledWith(IPC_CALL, 'years:list', {});
  });

  it('asks the main process to save the page as PDF under a file name, nothing else', async () => {
    const bridge = exposed.kakehashi as { savePdf(fileName: unknown): Promise<unknown> };
    await bridge.savePdf({ toString: () => '名簿_2024.pdf' });
    expect(invoke).toHaveBeenLastCalledWith(IPC_SAVE_PDF, '名簿_2024.pdf');
  });
});
