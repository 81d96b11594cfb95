import { contextBridge, ipcRenderer } from 'electron';
import { createWindowApi } from './window-api';

contextBridge.exposeInMainWorld('api', createWindowApi(ipcRenderer));
