import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { ImportJobStatus, Language, VariableSummary } from '../shared/contract/channels';
import { columnNoteText, columnRoleWord, columnTypeWord } from '../shared/import/column-words';
import type { ImportPreview } from '../shared/import/import-plan';
import { requestFrom, type ThrowingCaller } from '../shared/contract/caller';
import { contractError } from '../shared/contract/errors';
import type { Workbench } from '../engine/index';
import { localeOf } from '../shared/i18n/locale';
import { defineMessages, translate } from '../shared/i18n/messages';

const texts = defineMessages({
  nl: {
    note: 'Let op: {text}\n',
    duplicateLines:
      'Let op: regel {lines} herhaalt een eerdere regel van hetzelfde gebied helemaal en is niet nog eens bewaard.\n',
    skippedLine: 'Regel {line} overgeslagen (verkeerd aantal velden)\n',
    lineValue: 'regel {line}: {value}',
    invalidValues: '{column}: {count} waarde(n) passen niet bij het type en zijn ontbrekend ({where})\n',
    imported: '{name}: {rows} rijen, {variables} variabelen\n',
    missing: 'ontbrekend',
    finishing: ' · afronden: beschrijvingen en importlog schrijven',
    progress: 'Importeren: {share}{rows} rijen · {rowsPerSecond} rijen/s{after}\n',
  },
  en: {
    note: 'Note: {text}\n',
    duplicateLines: 'Note: line {lines} repeats an earlier line of the same area in full and was not stored again.\n',
    skippedLine: 'Line {line} skipped (wrong number of fields)\n',
    lineValue: 'line {line}: {value}',
    invalidValues: '{column}: {count} value(s) do not fit the type and are missing ({where})\n',
    imported: '{name}: {rows} rows, {variables} variables\n',
    missing: 'missing',
    finishing: ' · finishing: writing descriptives and the import log',
    progress: 'Importing: {share}{rows} rows · {rowsPerSecond} rows/s{after}\n',
  },
});

export interface ImportFlags {
  name?: string;
  kind?: string;
  'id-column'?: string;
  'area-column'?: string;
  'area-name-column'?: string;
  'weight-column'?: string;
  encoding?: string;
  delimiter?: string;
  decimal?: string;
  missing?: string;
  sheet?: string;
  level?: string;
  municipality?: string;
  'skip-bad-rows'?: boolean;
  keep?: string;
  json?: boolean;
}

const DELIMITER_NAMES: Record<string, string> = {
  ';': ';',
  ',': ',',
  '|': '|',
  '\t': '\t',
  tab: '\t',
  '\\t': '\t',
  semicolon: ';',
  puntkomma: ';',
  comma: ',',
  komma: ',',
  pipe: '|',
};

/** Turns the CLI's flags into import choices; the contract's schema validates them afterwards. */
export function choicesFromFlags(file: string, flags: ImportFlags): Record<string, unknown> {
  const choices: Record<string, unknown> = { file };
  if (flags.name !== undefined) choices.name = flags.name;
  if (flags.kind !== undefined) choices.kind = flags.kind;
  if (flags['id-column'] !== undefined) choices.idColumn = flags['id-column'];
  if (flags['area-column'] !== undefined) choices.areaColumn = flags['area-column'];
  if (flags['area-name-column'] !== undefined) choices.areaNameColumn = flags['area-name-column'];
  if (flags['weight-column'] !== undefined) choices.weightColumn = flags['weight-column'];
  if (flags.encoding !== undefined) choices.encoding = normaliseEncoding(flags.encoding);
  if (flags.delimiter !== undefined)
    choices.delimiter = DELIMITER_NAMES[flags.delimiter.toLowerCase()] ?? flags.delimiter;
  if (flags.decimal !== undefined) choices.decimalMark = flags.decimal;
  if (flags.missing !== undefined)
    choices.missingCodes = flags.missing
      .split(/[,;]/)
      .map((c) => c.trim())
      .filter((c) => c !== '');
  if (flags.sheet !== undefined) choices.sheet = flags.sheet;
  if (flags.level !== undefined) choices.areaLevel = flags.level;
  if (flags.municipality !== undefined) choices.municipality = flags.municipality;
  if (flags['skip-bad-rows']) choices.skipBadRows = true;
  if (flags.keep !== undefined) {
    // COLUMN=VALUE; a column name may hold "=" itself, a year or wave does not.
    const split = flags.keep.lastIndexOf('=');
    choices.keep =
      split < 0
        ? { column: flags.keep, value: '' }
        : { column: flags.keep.slice(0, split), value: flags.keep.slice(split + 1) };
  }
  return choices;
}

function normaliseEncoding(name: string): string {
  const key = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  const known: Record<string, string> = {
    utf8: 'utf-8',
    utf16le: 'utf-16le',
    utf16be: 'utf-16be',
    windows1252: 'windows-1252',
    cp1252: 'windows-1252',
    latin1: 'windows-1252',
    iso88591: 'windows-1252',
    ansi: 'windows-1252',
  };
  return known[key] ?? name;
}

export interface ImportCommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * `werkbank import`: the project is created when it does not exist (and removed again when the import
 * fails, so a failed command leaves nothing behind). Progress goes to stderr; Ctrl-C cancels.
 */
export async function importCommand(
  workbench: Workbench,
  call: ThrowingCaller,
  project: string,
  file: string,
  flags: ImportFlags,
  language: Language,
  io: ImportCommandIo,
): Promise<void> {
  const preview = await call('import.prepare', requestFrom('import.prepare', choicesFromFlags(file, flags)));
  const repeated = preview.repeatedAreas;
  if (repeated) {
    throw contractError('import_repeated_areas', {
      file: preview.plan.file,
      areas: repeated.areas,
      complete: repeated.complete,
      code: repeated.example.code,
      rows: repeated.example.rows,
      column: repeated.column,
      values: repeated.values,
    });
  }
  const created = !existsSync(path.resolve(project));
  if (created) workbench.create(project);
  else await workbench.open(project);

  let jobId = '';
  const stopOnInterrupt = () => workbench.imports.cancel(jobId);
  try {
    jobId = (await call('import.start', { plan: preview.plan, detected: preview.detected })).id;
    process.once('SIGINT', stopOnInterrupt);
    const ticker = setInterval(() => io.stderr(progressLine(workbench.imports.status(jobId), language)), 1000);
    const ended = await workbench.imports.wait(jobId).finally(() => clearInterval(ticker));
    if (ended.state !== 'done') throw ended.error;
    io.stderr(progressLine(ended, language));
    const variables = await call('datasets.variables', { dataset: preview.plan.name });
    for (const warning of preview.warnings) io.stderr(translate(language, texts, 'note', { text: warning[language] }));
    for (const note of ended.summary?.columnNotes ?? [])
      io.stderr(translate(language, texts, 'note', { text: columnNoteText(language, note) }));
    const duplicates = ended.summary?.duplicateLines ?? [];
    if (duplicates.length > 0) {
      const lines = duplicates.slice(0, 20).join(', ') + (duplicates.length > 20 ? ', …' : '');
      io.stderr(translate(language, texts, 'duplicateLines', { lines }));
    }
    for (const line of ended.summary?.skippedLines ?? [])
      io.stderr(translate(language, texts, 'skippedLine', { line }));
    for (const invalid of ended.summary?.invalid ?? []) {
      const where = invalid.examples
        .map((e) => translate(language, texts, 'lineValue', { line: e.line, value: JSON.stringify(e.value) }))
        .join(', ');
      io.stderr(translate(language, texts, 'invalidValues', { column: invalid.column, count: invalid.count, where }));
    }
    if (flags.json) {
      io.stdout(`${JSON.stringify(importReport(preview, ended, variables), null, 2)}\n`);
    } else {
      io.stdout(
        translate(language, texts, 'imported', {
          name: preview.plan.name,
          rows: ended.summary?.rows ?? 0,
          variables: variables.length,
        }),
      );
      for (const v of variables) {
        const role = v.role ? ` (${columnRoleWord(language, v.role)})` : '';
        io.stdout(
          `  ${v.name}\t${columnTypeWord(language, v.type)}${role}\tn=${v.n}\t${translate(language, texts, 'missing')}=${v.missing}\n`,
        );
      }
    }
  } catch (error) {
    if (created) {
      workbench.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${path.resolve(project)}${suffix}`, { force: true });
    }
    throw error;
  } finally {
    process.off('SIGINT', stopOnInterrupt);
  }
}

function progressLine(status: ImportJobStatus, language: Language): string {
  const { rows, percent, rowsPerSecond, finishing } = status.progress;
  const locale = localeOf(language);
  const count = (n: number) => Math.round(n).toLocaleString(locale);
  const share = percent === null ? '' : `${Math.round(status.state === 'done' ? 100 : percent)}% · `;
  const after = finishing && status.state === 'running' ? translate(language, texts, 'finishing') : '';
  return translate(language, texts, 'progress', {
    share,
    rows: count(rows),
    rowsPerSecond: count(rowsPerSecond),
    after,
  });
}

function importReport(preview: ImportPreview, status: ImportJobStatus, variables: VariableSummary[]) {
  const source = preview.plan.source;
  return {
    dataset: preview.plan.name,
    kind: preview.plan.kind,
    rows: status.summary?.rows ?? 0,
    encoding: source.format === 'csv' ? source.encoding : null,
    delimiter: source.format === 'csv' ? source.delimiter : null,
    sheet: source.format === 'xlsx' ? source.sheet : null,
    columns: variables.map((v) => ({
      name: v.name,
      type: v.type,
      role: v.role,
      n: v.n,
      missing: v.missing,
      mean: v.mean,
      min: v.min,
      max: v.max,
      distinct: v.distinct,
      top: v.top.map((t) => t.value),
    })),
    skippedLines: status.summary?.skippedLines ?? [],
    filteredRows: status.summary?.filteredRows ?? 0,
    duplicateLines: status.summary?.duplicateLines ?? [],
    warnings: preview.warnings.map((w) => w.en),
  };
}
