import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { realFilePath } from '../../helpers/real-files';
import { cliEnv, cliPath, runCli } from '../../helpers/run-cli';
import { useTempFolder } from '../../helpers/temp-folder';

const tempFolder = useTempFolder();

describe('werkbank output as a shell user meets it', () => {
  it('speaks Dutch in Dutch, and ends quietly with status 0 when piped into a reader that stops (| head)', () => {
    const folder = tempFolder();
    const project = path.join(folder, 'ggd.skw');
    const imported = runCli(
      ['import', project, realFilePath('ggd-wijk-eenzaamheid-2016.csv'), '--name', 'ggd'],
      folder,
    );
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('  wijkcode\ttekst (gebiedscode)\tn=2981\tontbrekend=0\n');
    expect(imported.stdout).toContain('  gemnaam\tcategorie\t');
    expect(imported.stdout).toContain('  gemnr\tgetal\t');
    const mapped = runCli(
      [
        'map',
        project,
        '--dataset',
        'ggd',
        '--variable',
        '% eenzaam*',
        '--condition',
        'cohesion',
        '--polarity',
        'negative',
      ],
      folder,
    );
    expect(mapped.stdout).toBe('Gekoppeld: % eenzaam* → Sociale cohesie\n');
    expect(
      runCli(
        ['map', project, '--dataset', 'ggd', '--variable', '% eenzaam*', '--condition', 'cohesion', '--lang', 'en'],
        folder,
      ).stdout,
    ).toBe('Mapped: % eenzaam* → Social cohesion\n');

    // 2,983 lines of scores, far more than a pipe holds: `head` closes it after the first two.
    const piped = spawnSync(
      'bash',
      ['-c', `set -o pipefail; "${process.execPath}" "${cliPath}" scores "${project}" --dataset ggd | head -2`],
      {
        encoding: 'utf8',
        env: cliEnv(folder),
      },
    );
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
    expect(piped.stdout.split('\n')).toHaveLength(3);
  });
});
