/**
 * The preload exposes `window.precinct`: one named function per operation of the contract,
 * each forwarding to its own IPC channel. Neither ipcRenderer nor a generic invoke is exposed.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, OPERATION_NAMES } from '@shared/api';

const api = Object.fromEntries(
  OPERATION_NAMES.map((name) => [
    name,
    (input: unknown) => ipcRenderer.invoke(channelOf(name), input),
  ]),
);

contextBridge.exposeInMainWorld('precinct', Object.freeze(api));
