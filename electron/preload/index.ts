import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createWindowApi } from './window-api';

contextBridge.exposeInMainWorld(
  'api',
  createWindowApi(ipcRenderer, (file) => webUtils.getPathForFile(file)),
);
