// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { WerkbankApi } from '../../shared/contract/api';
import type { Slide } from '../../shared/session/session-types';
import { PresentationPage } from '../../renderer/src/presentation/PresentationPage';
import { WorkbenchProvider } from '../../renderer/src/stores/workbench-context';
import { createWorkbenchStore } from '../../renderer/src/stores/workbench-store';

/** The desktop's presentation window as its preload serves it: slides pushed, `session.slide` read. */
function desktopProjector(first: Slide | null) {
  const listeners = new Set<(slide: Slide | null) => void>();
  const api: WerkbankApi = {
    invoke: (async (channel: string) =>
      channel === 'session.slide' ? { ok: true, data: first } : { ok: false }) as WerkbankApi['invoke'],
    on: ((event: string, listener: (slide: Slide | null) => void) => {
      if (event !== 'slide') return () => {};
      listeners.add(listener);
      return () => listeners.delete(listener);
    }) as WerkbankApi['on'],
  };
  const push = (slide: Slide | null) =>
    act(async () => {
      for (const listener of listeners) listener(slide);
    });
  return { api, push };
}

function textSlide(id: number, title: string, text: string, blank = false): Slide {
  return {
    session: { title: 'Werkplaats', date: '2026-12-08', question: '' },
    index: id - 1,
    count: 3,
    blank,
    step: { id, kind: 'text', title },
    area: null,
    estimates: [],
    provisions: [],
    quotes: [],
    crosstab: null,
    text,
    notes: null,
  };
}

describe('the projector’s page in the desktop’s presentation window', () => {
  it('shows the slide shown when it opens, then each pushed one, blank as an empty black screen, without the browser’s hint', async () => {
    const projector = desktopProjector(textSlide(1, 'Welkom', 'Fijn dat u er bent.'));
    render(
      <WorkbenchProvider store={createWorkbenchStore(projector.api)}>
        <PresentationPage />
      </WorkbenchProvider>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom' })).toBeTruthy();
    expect(screen.getByText('Stap 1 van 3')).toBeTruthy();
    // Full screen already: no "click for full screen".
    expect(screen.queryByRole('status')).toBeNull();

    await projector.push(textSlide(2, 'De vraag', 'Welke conditie zien we over het hoofd?'));
    expect(screen.getByRole('heading', { level: 1, name: 'De vraag' })).toBeTruthy();
    await projector.push(textSlide(2, 'De vraag', 'Welke conditie zien we over het hoofd?', true));
    expect(document.querySelector('[data-slide="blank"]')).not.toBeNull();
    expect(document.body.textContent).toBe('');
    await projector.push(null);
    expect(screen.getByText('Nog niets op het scherm. Het beeld volgt de gespreksleider.')).toBeTruthy();
  });
});
