// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../shared/contract/serve-contract';
import type { DialogChannel } from '../../engine/index';
import { createInProcessHost, type InProcessHost } from '../helpers/in-process-host';
import { makeTempFolder, renderApp } from './render-app';

describe('the Sessie section', () => {
  let temp: ReturnType<typeof makeTempFolder>;
  let engine: InProcessHost | undefined;

  beforeEach(() => {
    temp = makeTempFolder();
  });

  afterEach(() => {
    cleanup();
    engine?.workbench.close();
    engine = undefined;
    temp.remove();
  });

  async function withSession(host: 'electron' | 'browser', dialogs?: Pick<Handlers, DialogChannel>) {
    engine = createInProcessHost({ settingsFolder: temp.folder, host, ...(dialogs ? { dialogs } : {}) });
    engine.workbench.create(path.join(temp.folder, 'werkplaats.skw'));
    const created = await engine.call('session.create', { title: 'Werkplaats eenzaamheid', date: '2026-03-12' });
    if (!created.ok) throw new Error(created.error.message.en);
    const { user } = await renderApp(engine.api);
    await user.click(screen.getByRole('tab', { name: 'Sessie' }));
    await user.click(await screen.findByRole('button', { name: /Werkplaats eenzaamheid/ }));
    return { user, session: created.data.id };
  }

  it("offers the desktop's PDF: the save dialog and printer get the session and a .pdf name, and the path is reported", async () => {
    const saved = path.join(temp.folder, 'verslag.pdf');
    const refuse = () => {
      throw new Error('not asked in this test');
    };
    const saveRecordAsPdf = vi.fn(() => ({ path: saved }));
    const { user, session } = await withSession('electron', {
      'dialog.chooseProjectToOpen': refuse,
      'dialog.chooseNewProjectPath': refuse,
      'dialog.chooseDataFile': refuse,
      'dialog.chooseFileToOpen': refuse,
      'dialog.chooseSavePath': refuse,
      'dialog.saveRecordAsPdf': saveRecordAsPdf,
    });
    const record = screen.getByRole('region', { name: 'Verslag van de sessie' });
    await user.click(within(record).getByRole('button', { name: 'Opslaan als PDF…' }));
    expect(saveRecordAsPdf).toHaveBeenCalledWith({ session, name: 'sessie-2026-03-12.pdf' });
    expect(await screen.findByText(`Verslag opgeslagen als ${saved}.`)).toBeTruthy();
  });

  it("saves every session's estimates as the dataset partnerschattingen, one row per estimate", async () => {
    const { user, session } = await withSession('browser');
    const call = async <T,>(
      result: Promise<{ ok: true; data: T } | { ok: false; error: { message: { en: string } } }>,
    ) => {
      const answer = await result;
      if (!answer.ok) throw new Error(answer.error.message.en);
      return answer.data;
    };
    const host = engine!;
    await call(host.call('session.update', { session, areas: ['WK026806'] }));
    const { organisations } = await call(
      host.call('session.setOrganisations', {
        session,
        organisations: [
          { name: 'Gemeente', role: 'gemeente' },
          { name: 'Welzijn', role: 'welzijn' },
        ],
      }),
    );
    for (const [organisation, estimate] of [
      [organisations[0]!.id, 4],
      [organisations[1]!.id, 6.5],
    ] as const)
      await call(
        host.call('session.setEstimate', {
          session,
          organisation,
          area: 'WK026806',
          condition: 'cohesion',
          estimate,
          why: 'Buren kennen elkaar niet meer.',
        }),
      );
    await call(host.call('session.addStep', { session, kind: 'partners', title: 'Ronde', area: 'WK026806' }));
    // The section shows what the engine now holds once the session is chosen again.
    await user.click(screen.getByRole('button', { name: /Werkplaats eenzaamheid/ }));
    await user.click(await screen.findByRole('button', { name: /Ronde/ }));
    await user.click(await screen.findByRole('button', { name: 'Schattingen als dataset opslaan' }));
    expect(await screen.findByText('Opgeslagen als dataset partnerschattingen: 2 schattingen.')).toBeTruthy();
    const datasets = await call(host.call('datasets.list', {}));
    expect(datasets.find((dataset) => dataset.name === 'partnerschattingen')).toMatchObject({ rows: 2 });
  });

  it('leaves printing to the browser, where the host has no printer of its own', async () => {
    await withSession('browser');
    const record = screen.getByRole('region', { name: 'Verslag van de sessie' });
    expect(within(record).queryByRole('button', { name: 'Opslaan als PDF…' })).toBeNull();
    expect(within(record).getByText(/Afdrukken of PDF/)).toBeTruthy();
  });
});
