import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareImport } from '../../../engine/import/prepare-import';
import { useTempFolder } from '../../helpers/temp-folder';

const tempFolder = useTempFolder();

function csv(text: string): string {
  const file = path.join(tempFolder(), 'enquete.csv');
  writeFileSync(file, text);
  return file;
}

const likert = `id;wijk;tevreden;opmerking\r\n${Array.from({ length: 30 }, (_, i) => `${i + 1};WK02680${i % 3};${(i % 5) + 1};\r\n`).join('')}`;

describe('preparing an import', () => {
  it('warns in both languages about lines with the wrong number of fields, naming them', async () => {
    const file = csv('a;b;c\r\n1;2;3\r\n"twee\r\nregels";5;6\r\n7;8\r\n9;10;11\r\n');
    const preview = await prepareImport({ file });
    const warning = preview.warnings.find((w) => w.nl.includes('ander aantal velden'));
    expect(warning?.nl).toContain('regel 5');
    expect(warning?.en).toContain('line 5');
    expect(warning?.nl).toContain('stopt');
    const skipping = await prepareImport({ file, skipBadRows: true });
    expect(skipping.warnings.find((w) => w.nl.includes('ander aantal velden'))?.nl).toContain('overgeslagen');
  });

  it('detects a Likert item as ordinal, and drops ordinal when the user makes it a number or text', async () => {
    const file = csv(likert);
    const detected = await prepareImport({ file });
    expect(detected.plan.columns.find((c) => c.name === 'tevreden')).toMatchObject({ type: 'category', ordinal: true });
    const asNumber = await prepareImport({ file, columns: { tevreden: { type: 'number' } } });
    expect(asNumber.plan.columns.find((c) => c.name === 'tevreden')).toMatchObject({ type: 'number', ordinal: false });
    const asText = await prepareImport({ file, columns: { tevreden: { type: 'text' } } });
    expect(asText.plan.columns.find((c) => c.name === 'tevreden')).toMatchObject({ type: 'text', ordinal: false });
    expect(asText.rows[0]?.cells[2]).toBe('1');
  });
});
