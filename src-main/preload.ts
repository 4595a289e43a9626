import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CALL, IPC_SAVE_PDF, type KakehashiBridge } from '@shared/contract/bridge';

/** The only things the renderer gets from the preload: the contract's call, and saving a sheet as PDF. */
const bridge: KakehashiBridge = {
  call: (channel, input) => ipcRenderer.invoke(IPC_CALL, channel, input),
  savePdf: (fileName) => ipcRenderer.invoke(IPC_SAVE_PDF, String(fileName)),
};

contextBridge.exposeInMainWorld('kakehashi', Object.freeze(bridge));
