// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInProcessHost, type InProcessHost } from '../helpers/in-process-host';
import { makeTempFolder, renderApp } from './render-app';

describe('codebook', () => {
  let temp: ReturnType<typeof makeTempFolder>;
  let engine: InProcessHost;

  beforeEach(() => {
    temp = makeTempFolder();
    engine = createInProcessHost({ settingsFolder: temp.folder });
    engine.workbench.create(path.join(temp.folder, 'buurtonderzoek.skw'));
  });

  afterEach(() => {
    cleanup();
    engine.workbench.close();
    temp.remove();
  });

  async function openCodebook() {
    const rendered = await renderApp(engine.api);
    await rendered.user.click(screen.getByRole('tab', { name: 'Codeboek' }));
    const tree = await screen.findByRole('tree', { name: 'Codes' });
    return { ...rendered, tree };
  }

  async function storedCodebook() {
    const result = await engine.call('codebook.get', {});
    if (!result.ok) throw new Error(result.error.message.en);
    return result.data;
  }

  it('shows the four conditions with their domains, in their colours', async () => {
    const { tree } = await openCodebook();
    const conditions = within(tree)
      .getAllByRole('treeitem')
      .filter((item) => item.getAttribute('aria-level') === '1');
    expect(conditions.map((item) => item.querySelector('.code-tree__name')?.textContent)).toEqual([
      'Sociaaleconomische zekerheid',
      'Sociale inclusie',
      'Sociale cohesie',
      'Sociale empowerment',
    ]);
    const cohesion = screen.getByRole('treeitem', { name: /^Sociale cohesie/ });
    expect(cohesion.getAttribute('aria-expanded')).toBe('true');
    expect(
      within(cohesion)
        .getAllByRole('treeitem')
        .map((item) => item.textContent),
    ).toEqual(['vertrouwen', 'integrerende normen en waarden', 'sociale netwerken', 'identiteit']);
    const swatch = cohesion.querySelector<HTMLElement>('.code-swatch');
    expect(swatch?.style.backgroundColor).toBe('rgb(0, 158, 115)');
  });

  it('adds a sub-code under a domain and renames it, each as a new version', async () => {
    const { user } = await openCodebook();
    await user.click(screen.getByRole('treeitem', { name: 'werk' }));
    const details = screen.getByRole('region', { name: 'Gekozen code' });
    expect(within(details).getByRole('heading', { name: 'werk' })).toBeTruthy();

    await user.click(within(details).getByRole('button', { name: 'Subcode toevoegen' }));
    expect(within(details).getByRole('heading', { name: 'Subcode toevoegen onder “werk”' })).toBeTruthy();
    const name = within(details).getByLabelText('Naam (Nederlands)');
    expect(document.activeElement).toBe(name);
    await user.click(within(details).getByRole('button', { name: 'Toevoegen' }));
    expect(within(details).getByText('Geef de code een Nederlandse naam.')).toBeTruthy();
    await user.type(name, 'Vrijwilligerswerk');
    await user.type(within(details).getByLabelText('Naam (Engels)'), 'Volunteering');
    await user.click(within(details).getByRole('button', { name: 'Toevoegen' }));

    const added = await screen.findByRole('treeitem', { name: 'Vrijwilligerswerk' });
    expect(added.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(added);
    expect(added.getAttribute('aria-level')).toBe('3');
    expect(screen.getByRole('treeitem', { name: /^werk/ }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Opgeslagen als versie 2.').getAttribute('role')).toBe('status');

    const nameField = within(details).getByLabelText('Naam (Nederlands)') as HTMLInputElement;
    expect(nameField.value).toBe('Vrijwilligerswerk');
    await user.clear(nameField);
    await user.type(nameField, 'Vrijwilligerswerk en mantelzorg');
    await user.click(within(details).getByRole('button', { name: 'Wijzigingen opslaan' }));

    expect(await screen.findByRole('treeitem', { name: 'Vrijwilligerswerk en mantelzorg' })).toBeTruthy();
    expect(screen.queryByRole('treeitem', { name: 'Vrijwilligerswerk' })).toBeNull();
    const history = screen.getByRole('region', { name: 'Geschiedenis' });
    const entries = within(history)
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('codebook-history__entry'));
    expect(entries[0]?.textContent).toContain('Versie 3');
    expect(entries[0]?.textContent).toContain('“Vrijwilligerswerk” hernoemd tot “Vrijwilligerswerk en mantelzorg”');
    expect(entries[0]?.textContent).toContain(
      'Naam (Nederlands): “Vrijwilligerswerk” → “Vrijwilligerswerk en mantelzorg”',
    );
    expect(entries[1]?.textContent).toContain('“Vrijwilligerswerk” toegevoegd');

    const stored = await storedCodebook();
    const work = stored.codes[0]?.children.find((code) => code.label.nl === 'werk');
    expect(work?.children.map((code) => code.label)).toEqual([
      { nl: 'Vrijwilligerswerk en mantelzorg', en: 'Volunteering' },
    ]);
    expect(stored.version).toBe(3);
  });

  it('is used with the keyboard: arrows move through the tree, and the chosen code is recoloured from the palette', async () => {
    const { user } = await openCodebook();
    const first = screen.getByRole('treeitem', { name: /^Sociaaleconomische zekerheid/ });
    expect(first.getAttribute('tabindex')).toBe('0');
    first.focus();
    await user.keyboard('{ArrowDown}');
    const finances = screen.getByRole('treeitem', { name: 'financiële middelen' });
    expect(document.activeElement).toBe(finances);
    expect(finances.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(first);
    await user.keyboard('{ArrowLeft}');
    expect(first.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('treeitem', { name: 'financiële middelen' })).toBeNull();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('treeitem', { name: 'wonen en woonomgeving' }));

    const details = screen.getByRole('region', { name: 'Gekozen code' });
    const colours = within(details).getByRole('group', { name: 'Kleur' });
    await user.click(within(colours).getByRole('radio', { name: 'Licht oranje' }));
    await user.click(within(details).getByRole('button', { name: 'Wijzigingen opslaan' }));
    await screen.findByText('Opgeslagen als versie 2.');
    const housing = (await storedCodebook()).codes[0]?.children[1];
    expect(housing).toMatchObject({ label: { nl: 'wonen en woonomgeving' }, color: '#F3CF80' });
    expect(
      screen.getByRole('treeitem', { name: 'wonen en woonomgeving' }).querySelector<HTMLElement>('.code-swatch')?.style
        .backgroundColor,
    ).toBe('rgb(243, 207, 128)');
  });

  it('speaks English after switching the language', async () => {
    const { user } = await openCodebook();
    await user.click(screen.getByRole('button', { name: 'EN' }));
    expect(await screen.findByRole('tree', { name: 'Codes' })).toBeTruthy();
    expect(screen.getByRole('treeitem', { name: /^Social cohesion/ })).toBeTruthy();
    expect(screen.getByRole('treeitem', { name: 'trust' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /^Codebook/ })).toBeTruthy();
  });
});
