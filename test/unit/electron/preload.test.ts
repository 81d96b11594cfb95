import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WerkbankApi } from '../../../shared/contract/api';
import type { MenuEvent } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/contract/result';
import { contextBridge, ipcRenderer, resetFakeElectron, webUtils } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let exposedName: unknown;
let api: WerkbankApi;

beforeAll(async () => {
  resetFakeElectron();
  await import('../../../electron/preload/index');
  const call = contextBridge.exposeInMainWorld.mock.calls[0];
  exposedName = call?.[0];
  api = call?.[1] as WerkbankApi;
});

describe('preload', () => {
  beforeEach(() => {
    ipcRenderer.invoke.mockReset();
    ipcRenderer.on.mockReset();
    ipcRenderer.removeListener.mockReset();
  });

  it('exposes window.api with exactly invoke, on and pathOfFile', () => {
    expect(exposedName).toBe('api');
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on', 'pathOfFile']);
    expect(typeof api.invoke).toBe('function');
    expect(typeof api.on).toBe('function');
    expect(typeof api.pathOfFile).toBe('function');
  });

  it("answers a dropped file's path from webUtils.getPathForFile, and null for a file that is not on disk", () => {
    const dropped = new File(['a;b\n'], 'enquete.csv');
    webUtils.getPathForFile.mockReturnValueOnce('/home/onderzoeker/enquete.csv');
    expect(api.pathOfFile?.(dropped)).toBe('/home/onderzoeker/enquete.csv');
    expect(webUtils.getPathForFile).toHaveBeenCalledWith(dropped);
    webUtils.getPathForFile.mockReturnValueOnce('');
    expect(api.pathOfFile?.(new File(['x'], 'gemaakt.csv'))).toBeNull();
  });

  it('forwards a contract channel to ipcRenderer.invoke', async () => {
    ipcRenderer.invoke.mockResolvedValue({ ok: true, data: null });
    await expect(api.invoke('project.close', {})).resolves.toEqual({ ok: true, data: null });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('project.close', {});
  });

  it('answers an unknown channel itself, without reaching ipcRenderer', async () => {
    const invoke = api.invoke as (channel: string, request: unknown) => Promise<Result<unknown>>;
    const result = await invoke('fs.readFile', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('does not treat inherited object properties as channels', async () => {
    const invoke = api.invoke as (channel: string, request: unknown) => Promise<Result<unknown>>;
    expect((await invoke('__proto__', {})).ok).toBe(false);
    expect((await invoke('constructor', {})).ok).toBe(false);
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('passes only the payload of an event to the listener, never the IPC event', () => {
    const listener = vi.fn();
    api.on('menu', listener);
    const [channel, forward] = ipcRenderer.on.mock.calls[0] as unknown as [
      string,
      (event: unknown, payload: MenuEvent) => void,
    ];
    expect(channel).toBe('menu');
    const ipcEvent = { sender: ipcRenderer, senderId: 0 };
    forward(ipcEvent, { command: 'project.new' });
    expect(listener).toHaveBeenCalledWith({ command: 'project.new' });
    expect(listener.mock.calls[0]).toHaveLength(1);
  });

  it('unsubscribes the very listener it subscribed', () => {
    const unsubscribe = api.on('menu', vi.fn());
    const forward = ipcRenderer.on.mock.calls[0]?.[1];
    unsubscribe();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('menu', forward);
  });

  it('refuses to subscribe to an event outside the contract', () => {
    const on = api.on as (event: string, listener: () => void) => () => void;
    expect(() => on('ipc-internal', vi.fn())).toThrow(/Unknown event/);
    expect(ipcRenderer.on).not.toHaveBeenCalled();
  });
});
