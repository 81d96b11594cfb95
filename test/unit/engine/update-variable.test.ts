import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { throwingCaller } from '../../../shared/contract/caller';
import { createInProcessHost } from '../../helpers/in-process-host';
import { runCli } from '../../helpers/run-cli';
import { useTempFolder } from '../../helpers/temp-folder';

const tempFolder = useTempFolder();

describe('editing a variable after import', () => {
  it('keeps a new label and value labels, and refuses an unknown variable', async () => {
    const folder = tempFolder();
    const csv = path.join(folder, 'enquete.csv');
    writeFileSync(
      csv,
      'id;wijk;tevreden\r\n1;WK026801;4\r\n2;WK026801;5\r\n3;WK026802;2\r\n4;WK026802;4\r\n5;WK026803;3\r\n6;WK026803;4\r\n',
    );
    const project = path.join(folder, 'p.skw');
    expect(runCli(['import', project, csv, '--name', 'enquete'], folder).status).toBe(0);

    const { workbench, call } = createInProcessHost({ settingsFolder: folder });
    await workbench.open(project);
    const labels = { '1': 'helemaal mee oneens', '5': 'helemaal mee eens' };
    const result = await call('datasets.updateVariable', {
      dataset: 'enquete',
      variable: 'tevreden',
      label: 'Tevreden met de buurt',
      valueLabels: labels,
    });
    expect(result.ok).toBe(true);
    workbench.close();

    await workbench.open(project);
    const variables = await throwingCaller(call)('datasets.variables', { dataset: 'enquete' });
    const edited = variables.find((v) => v.name === 'tevreden')!;
    expect(edited.label).toBe('Tevreden met de buurt');
    expect(edited.valueLabels).toEqual(labels);
    expect(edited.mean).toBeCloseTo(22 / 6, 12);

    const unknown = await call('datasets.updateVariable', {
      dataset: 'enquete',
      variable: 'bestaat-niet',
      label: 'x',
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'variable_not_found' } });
    workbench.close();
  });
});
