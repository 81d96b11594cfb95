import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionOverview, SessionSummary } from '../../../shared/session/session-types';
import { EXAMPLE_SURVEY, useExampleProject } from '../../helpers/example-project';
import { runCli } from '../../helpers/run-cli';
import { useTempFolder } from '../../helpers/temp-folder';

const ZUID = 'WK026806';
const NOORD = 'WK026809';

describe('werkbank session', () => {
  const example = useExampleProject();
  const home = useTempFolder();
  const session = (...args: string[]) => runCli(['session', ...args], home());
  let id = 0;

  beforeAll(async () => {
    const created = (await example.call('session.create', {
      title: 'Werkplaats Zuid',
      date: '2026-12-08',
      question: 'Welke conditie zien we over het hoofd?',
      areas: [ZUID, NOORD],
      figuresDataset: EXAMPLE_SURVEY,
      wordsDataset: EXAMPLE_SURVEY,
    })) as { id: number };
    id = created.id;
    await example.call('session.setOrganisations', {
      session: id,
      organisations: [{ name: 'Sterker', role: 'welzijn' }],
    });
    await example.call('session.addStep', { session: id, kind: 'profile', area: ZUID });
    await example.call('session.addStep', { session: id, kind: 'blindspot', area: ZUID });
  });

  it('lists the sessions, as text and as JSON', () => {
    const text = session('list', example.path());
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toBe(`${id}\t2026-12-08\tWerkplaats Zuid\t${ZUID}, ${NOORD}\t2 stappen\n`);
    const json = JSON.parse(session('list', example.path(), '--json').stdout) as SessionSummary[];
    expect(json).toEqual([expect.objectContaining({ id, title: 'Werkplaats Zuid', steps: 2 })]);
  });

  it('shows a session with its areas through the four conditions, the blind spot, and the area under the threshold marked', async () => {
    const run = session('show', example.path(), String(id));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Werkplaats Zuid\t2026-12-08\n');
    expect(run.stdout).toContain('Organisaties: Sterker (welzijn)\n');
    expect(run.stdout).toContain(`Gebied ${ZUID} Nijmegen-Zuid\n`);
    expect(run.stdout).toContain(
      `Gebied ${NOORD} Nijmegen-Noord (onder de publicatiedrempel: nooit aan partners getoond)\n`,
    );
    const overview = (await example.call('session.overview', { session: id })) as SessionOverview;
    const zuid = overview.areas[0]!;
    const figures = zuid.conditions.security.figures!.toLocaleString('nl-NL', {
      maximumFractionDigits: 1,
      useGrouping: false,
    });
    expect(run.stdout).toContain(`Sociaaleconomische zekerheid\t${figures}\t`);
    expect(run.stdout).toMatch(/Blinde vlek: .+ \(.+\)\n/);
    const english = runCli(['session', 'show', example.path(), String(id), '--lang', 'en'], home());
    expect(english.stdout).toContain('Blind spot: ');
    const json = JSON.parse(session('show', example.path(), String(id), '--json').stdout) as {
      overview: SessionOverview;
    };
    expect(json.overview).toEqual(overview);
  });

  it('exports the record to --out, and refuses to overwrite it without --overwrite', () => {
    const file = path.join(home(), 'verslag.html');
    const run = session('export', example.path(), String(id), '--out', file);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(`Verslag geschreven: ${file}\n`);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('Werkplaats Zuid');
    expect(html).not.toContain('Nijmegen-Noord');
    const again = session('export', example.path(), String(id), '--out', file);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Er bestaat al een bestand');
    expect(session('export', example.path(), String(id), '--out', file, '--overwrite').status).toBe(0);
    expect(existsSync(file)).toBe(true);
  });

  it('says what is wrong with a session that does not exist, or a call without one', () => {
    const missing = session('show', example.path(), '9999');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(
      'werkbank: Er is geen sessie 9999. Misschien is ze intussen verwijderd; kies de sessie opnieuw.\n',
    );
    const word = session('show', example.path(), 'zuid');
    expect(word.status).toBe(1);
    expect(word.stderr).toContain('zuid');
    const usage = session('show', example.path());
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('session show PROJECT SESSION');
  });
});
