import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/run-cli';

const eslint = new ESLint({ cwd: repoRoot });

/** What the floor rule says about `line` written in renderer/src/`file`. */
async function floorViolations(file: string, line: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${line}\nexport const a = x;\n`, { filePath: `renderer/src/${file}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'werkbank/renderer-floors').map((m) => m.message);
}

describe('renderer floors run one way (lint/renderer-floors.js)', () => {
  it.each([
    [
      'coding-profile/x.ts',
      "import { x } from '../analysis/AnalysisSection';",
      'coding-profile/ may not import analysis/',
    ],
    ['crosstab/x.ts', "import { x } from '../analysis/AnalysisSection';", 'crosstab/ may not import analysis/'],
    ['comparison/x.ts', "import { x } from '../coding/coding-store';", 'comparison/ may not import coding/'],
    ['import/x.ts', "import { x } from '../datasets/DatasetList';", 'import/ may not import datasets/'],
    ['coding/x.ts', "export { x } from '../codebook/codebook-store';", 'coding/ may not import codebook/'],
  ])('a feature folder never imports a sibling: %s', async (file, line, message) => {
    expect((await floorViolations(file, line)).join()).toContain(message);
  });

  it.each([
    ['stores/x.ts', "import { x } from '../import/import-wizard-store';", 'stores/ is a lower floor'],
    ['components/x.tsx', "import { x } from '../coding/coding-context';", 'components/ is a lower floor'],
    ['profile/x.ts', "import { x } from '../analysis/ScoresTable';", 'profile/ is a lower floor'],
    ['i18n/hooks.ts', "import { x } from '../analysis/analysis-messages';", 'i18n/ is a lower floor'],
    ['charts/x.ts', "const x = await import('../crosstab/crosstab-store');", 'charts/ is a lower floor'],
  ])('a lower floor never imports a feature folder: %s', async (file, line, message) => {
    expect((await floorViolations(file, line)).join()).toContain(message);
  });

  it('nothing imports the root files', async () => {
    expect((await floorViolations('project/x.ts', "import { x } from '../App';")).join()).toContain('App');
  });

  it.each([
    ['coding-profile/x.ts', "import { x } from '../profile/profile-data';"],
    ['crosstab/x.ts', "import { x } from '../profile/analysis-context';"],
    ['analysis/x.ts', "import { x } from '../crosstab/CrosstabView';"],
    ['coding/x.ts', "import { x } from '../comparison/ComparisonView';"],
    ['project/x.ts', "import { x } from '../import/ImportWizard';"],
    ['profile/x.ts', "import { x } from '../charts/radar-types';"],
    ['components/x.tsx', "import { x } from '../stores/workbench-context';"],
    ['coding/x.ts', "import { x } from './coding-store';"],
    ['coding/x.ts', "import { x } from '../../../shared/codebook/code-label';"],
    ['x.tsx', "import { x } from './project/ProjectView';"],
  ])('allowed: %s %s', async (file, line) => {
    expect(await floorViolations(file, line)).toEqual([]);
  });
});
