import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/run-cli';

const eslint = new ESLint({ cwd: repoRoot });

async function languageChoices(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('one way to say a thing in two languages', () => {
  it.each([
    ['cli/x.ts', "export const f = (language: 'nl' | 'en') => (language === 'nl' ? 'Totaal' : 'Total');\n"],
    ['shared/x.ts', "export const f = (l: 'nl' | 'en') => `${l !== 'en' ? 'of' : 'or'}`;\n"],
    ['renderer/src/x.ts', "export const f = (language: 'nl' | 'en') => (language === 'en' ? 'a' : 'b');\n"],
    ['electron/main/x.ts', "export const f = (language: string) => (language == 'nl' ? 'a' : 'b');\n"],
  ])('refuses an inline language choice: %s', async (file, code) => {
    expect((await languageChoices(file, code)).join()).toContain('No inline language choice');
  });

  it('lets a message table and translate() through', async () => {
    const code = [
      "import { defineMessages, translate } from '../shared/i18n/messages';",
      "const texts = defineMessages({ nl: { total: 'Totaal' }, en: { total: 'Total' } });",
      "export const f = (language: 'nl' | 'en') => translate(language, texts, 'total');",
      '',
    ].join('\n');
    expect(await languageChoices('cli/x.ts', code)).toEqual([]);
  });
});
