import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CALL, type KakehashiBridge } from './contract/bridge';

/** The only thing the renderer gets from the preload: one call function, typed by the contract. */
const bridge: KakehashiBridge = {
  call: (channel, input) => ipcRenderer.invoke(IPC_CALL, channel, input),
};

contextBridge.exposeInMainWorld('kakehashi', Object.freeze(bridge));
