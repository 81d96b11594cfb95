import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { channels } from '../../../shared/contract/channels';
import { FILE_DOWNLOAD_PATH, FILE_EXPORT_PATH, FILE_UPLOAD_PATH } from '../../../shared/contract/file-transfer';
import { PRESENTATION_CHANNEL, PRESENTATION_LINK_PATH, SLIDE_EVENTS_PATH } from '../../../shared/contract/presentation';
import { createHttpBridge } from '../../../serve/http-bridge';
import { createInProcessHost } from '../../helpers/in-process-host';
import { useTempFolder } from '../../helpers/temp-folder';

const tempFolder = useTempFolder();
const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

async function startBridge() {
  const folder = tempFolder();
  const renderer = path.join(folder, 'renderer');
  mkdirSync(renderer, { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Werkbank</title>');
  const host = createInProcessHost({ settingsFolder: path.join(folder, 'settings') });
  host.workbench.create(path.join(folder, 'p.skw'));
  const bridge = createHttpBridge({
    dispatch: host.dispatch,
    rendererFolder: renderer,
    importFolder: () => folder,
    onSlideChange: (listener) => host.workbench.onSlideChange(listener),
  });
  await new Promise<void>((resolve) => bridge.server.listen(0, '127.0.0.1', resolve));
  closers.push(() => {
    bridge.close();
    bridge.server.closeAllConnections();
    bridge.server.close();
    host.close();
  });
  const base = `http://127.0.0.1:${(bridge.server.address() as AddressInfo).port}`;
  return { base, bridge, host };
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('the presentation token of the browser host', () => {
  it('is refused with 403 on every channel but session.slide, which it may read', async () => {
    const { base, bridge } = await startBridge();
    expect(channels).toContain(PRESENTATION_CHANNEL);
    for (const channel of channels) {
      const response = await fetch(`${base}/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...bearer(bridge.presentationToken) },
        body: '{}',
      });
      const body = await response.text();
      if (channel === PRESENTATION_CHANNEL) {
        expect(response.status, channel).toBe(200);
        expect(JSON.parse(body)).toEqual({ ok: true, data: null });
      } else {
        expect(response.status, channel).toBe(403);
        expect(body, channel).not.toContain('p.skw');
      }
    }
    // The main token is not limited by it: the same walk's first channel answers it.
    const current = await fetch(`${base}/api/project.current`, { method: 'POST', headers: bearer(bridge.token) });
    expect(current.status).toBe(200);
  });

  it('is refused with 403 on every /files route and on the projector link, before anything is written', async () => {
    const { base, bridge } = await startBridge();
    const routes: [string, string][] = [
      ['POST', `${FILE_UPLOAD_PATH}?name=enquete.csv`],
      ['POST', `${FILE_EXPORT_PATH}?name=codeboek.qdc`],
      ['GET', `${FILE_DOWNLOAD_PATH}0123abcd`],
      ['GET', '/files/anything'],
      ['POST', PRESENTATION_LINK_PATH],
    ];
    for (const [method, route] of routes) {
      const response = await fetch(`${base}${route}`, {
        method,
        headers: bearer(bridge.presentationToken),
        ...(method === 'POST' ? { body: 'naam,gebied\n' } : {}),
      });
      expect(response.status, route).toBe(403);
    }
    // The main token gets the projector's link, with the presentation token in it.
    const link = await fetch(`${base}${PRESENTATION_LINK_PATH}`, { method: 'POST', headers: bearer(bridge.token) });
    expect(await link.json()).toEqual({ ok: true, data: `${base}/?presentation=${bridge.presentationToken}` });
  });

  it('follows the slide events; without a token they answer 401', async () => {
    const { base, bridge } = await startBridge();
    expect((await fetch(`${base}${SLIDE_EVENTS_PATH}`)).status).toBe(401);
    expect((await fetch(`${base}${SLIDE_EVENTS_PATH}`, { headers: bearer('wrong') })).status).toBe(401);
    for (const token of [bridge.presentationToken, bridge.token]) {
      const controller = new AbortController();
      const response = await fetch(`${base}${SLIDE_EVENTS_PATH}`, {
        headers: bearer(token),
        signal: controller.signal,
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      const reader = response.body!.getReader();
      const { value } = await reader.read();
      expect(new TextDecoder().decode(value)).toBe('data: null\n\n');
      controller.abort();
    }
  });

  it('pushes each change of the slide, in order, and ends the stream when the server stops', async () => {
    const { base, bridge, host } = await startBridge();
    const created = await host.call('session.create', { title: 'Werkplaats', date: '2026-12-07' });
    if (!created.ok) throw new Error(created.error.message.en);
    const session = created.data.id;
    const withSteps = await host.call('session.addStep', { session, kind: 'text', title: 'Welkom', text: 'Eerste' });
    if (!withSteps.ok) throw new Error(withSteps.error.message.en);
    const step = withSteps.data.agenda[0]!.id;

    const response = await fetch(`${base}${SLIDE_EVENTS_PATH}`, { headers: bearer(bridge.presentationToken) });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const nextEvent = async (): Promise<unknown> => {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          expect(event.startsWith('data: ')).toBe(true);
          return JSON.parse(event.slice('data: '.length));
        }
        const { value, done } = await reader.read();
        if (done) return 'ended';
        buffer += decoder.decode(value, { stream: true });
      }
    };
    expect(await nextEvent()).toBeNull();

    await host.call('session.present', { session, step, blank: false });
    expect(await nextEvent()).toMatchObject({
      blank: false,
      step: { id: step, kind: 'text', title: 'Welkom' },
      text: 'Eerste',
    });
    await host.call('session.present', { session, step, blank: true });
    expect(await nextEvent()).toMatchObject({ blank: true, step: { id: step } });
    // An edit of the step shown reaches the projector too.
    await host.call('session.updateStep', { session, step, text: 'Tweede' });
    expect(await nextEvent()).toMatchObject({ text: 'Tweede' });
    await host.call('session.present', { session, step: null });
    expect(await nextEvent()).toBeNull();

    bridge.close();
    expect(await nextEvent()).toBe('ended');
  });
});
