import type { Language } from '../shared/contract/channels';
import { formatNumber } from '../shared/crosstab/number-format';
import { requestFrom, type ThrowingCaller } from '../shared/contract/caller';
import type { CrossTable, CrosstabResult } from '../shared/crosstab/crosstab-types';
import { decimalMark, localeOf } from '../shared/i18n/locale';
import { defineMessages, translate } from '../shared/i18n/messages';

const texts = defineMessages({
  nl: {
    exported: 'Geëxporteerd: {path}\n',
    total: 'Totaal',
    cramersV: 'Cramérs V',
    hiddenMark: '° = verborgen in partnerweergaven en exports',
  },
  en: {
    exported: 'Exported: {path}\n',
    total: 'Total',
    cramersV: "Cramér's V",
    hiddenMark: '° = hidden in partner views and exports',
  },
});

type Write = (text: string) => void;

/** The flags of `werkbank crosstab`, for main.ts's argument parser. */
export const crosstabOptions = {
  json: { type: 'boolean' },
  dataset: { type: 'string' },
  rows: { type: 'string' },
  cols: { type: 'string' },
  layer: { type: 'string' },
  weight: { type: 'string' },
  'bins-rows': { type: 'string' },
  'bins-cols': { type: 'string' },
  'bins-layer': { type: 'string' },
  missing: { type: 'string' },
  audience: { type: 'string' },
  export: { type: 'string' },
  format: { type: 'string' },
  overwrite: { type: 'boolean' },
} as const;

export interface CrosstabFlags {
  json?: boolean;
  dataset?: string;
  rows?: string;
  cols?: string;
  layer?: string;
  weight?: string;
  'bins-rows'?: string;
  'bins-cols'?: string;
  'bins-layer'?: string;
  missing?: string;
  audience?: string;
  export?: string;
  format?: string;
  overwrite?: boolean;
}

/** "90,110" → [90, 110]; anything that is not a number is passed on as NaN for the contract to refuse. */
function bins(flag: string | undefined): number[] | null {
  return flag === undefined
    ? null
    : flag.split(',').map((cut) => (cut.trim() === '' ? Number.NaN : Number(cut.trim())));
}

/**
 * `werkbank crosstab`: a table on the terminal (counts with row %), JSON for scripts, or an export.
 * With `--json`, one object per table; with a layer variable, an array of them (one per layer).
 */
export async function crosstabCommand(
  call: ThrowingCaller,
  flags: CrosstabFlags,
  language: Language,
  out: Write,
): Promise<void> {
  const request = {
    dataset: flags.dataset,
    rows: { variable: flags.rows, bins: bins(flags['bins-rows']) },
    cols: { variable: flags.cols, bins: bins(flags['bins-cols']) },
    layer: flags.layer ? { variable: flags.layer, bins: bins(flags['bins-layer']) } : null,
    weight: flags.weight ?? null,
    missing: flags.missing,
    language,
  };
  if (flags.export !== undefined || flags.format === 'tsv') {
    await exportTable(call, request, flags, language, out);
    return;
  }
  const result = await call(
    'crosstab.compute',
    requestFrom('crosstab.compute', { ...request, audience: flags.audience }),
  );
  if (flags.json) {
    const tables = result.tables.map((table) => tableJson(result, table));
    out(`${JSON.stringify(result.layer ? tables : tables[0], null, 2)}\n`);
    return;
  }
  for (const table of result.tables) out(humanTable(result, table, language));
}

async function exportTable(
  call: ThrowingCaller,
  request: Record<string, unknown>,
  flags: CrosstabFlags,
  language: Language,
  out: Write,
): Promise<void> {
  if (flags.export === undefined) {
    const { text } = await call(
      'crosstab.exportText',
      requestFrom('crosstab.exportText', { ...request, format: 'tsv' }),
    );
    out(text);
    return;
  }
  const format = flags.format ?? (flags.export.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv-nl');
  const { path } = await call(
    'crosstab.export',
    requestFrom('crosstab.export', { ...request, format, path: flags.export, overwrite: flags.overwrite ?? false }),
  );
  if (flags.json) out(`${JSON.stringify({ path }, null, 2)}\n`);
  else out(translate(language, texts, 'exported', { path }));
}

/** The shape scripts rely on: categories by label, counts in their order (weighted), n their sum. */
function tableJson(result: CrosstabResult, table: CrossTable) {
  const statistics = table.statistics;
  return {
    ...(result.layer ? { layer: table.layer?.label ?? null } : {}),
    rowCategories: table.rowCategories.map((c) => c.label),
    colCategories: table.colCategories.map((c) => c.label),
    counts: table.counts,
    n: table.total.count,
    chiSquare: statistics?.chiSquare ?? null,
    df: statistics?.df ?? null,
    p: statistics?.p ?? null,
    cramersV: statistics?.cramersV ?? null,
    likelihoodRatio: statistics?.likelihoodRatio ?? null,
    lrP: statistics?.lrP ?? null,
    fisherP: statistics?.fisherP ?? null,
    phi: statistics?.phi ?? null,
    warning: statistics?.warning ?? null,
    suppressed: table.suppressed.map((row) => row.map((mark) => mark !== null)),
    weight: result.weight,
    unit: result.unit,
    areaLevel: result.areaLevel,
    publication: result.publication,
    threshold: result.threshold,
    missing: table.missing,
    notes: table.notes,
  };
}

/** Counts with row %, aligned; figures partners would not see are marked with °. */
function humanTable(result: CrosstabResult, table: CrossTable, language: Language): string {
  const partner = result.audience === 'partner';
  const name = (variable: { name: string; label: string | null }) => variable.label ?? variable.name;
  const count = (value: number) => formatNumber(value, language, result.weight ? 1 : 0);
  const percent = (value: number | null) =>
    value === null
      ? ''
      : ` (${value.toLocaleString(localeOf(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%)`;
  const cell = (value: number | null, share: number | null, mark: 'threshold' | 'secondary' | null) => {
    if (value === null) return mark === 'threshold' ? `<${result.threshold}` : '*';
    return `${count(value)}${percent(share)}${!partner && mark ? '°' : ''}`;
  };
  const total = translate(language, texts, 'total');
  const lines: string[][] = [
    ['', ...table.colCategories.map((c) => c.label), total],
    ...table.rowCategories.map((category, i) => [
      category.label,
      ...table.colCategories.map((_, j) =>
        cell(table.counts[i]![j]!, table.rowPercent[i]![j]!, table.suppressed[i]![j]!),
      ),
      cell(table.rowTotals[i]!.count, table.rowTotals[i]!.count ? 100 : null, table.rowTotals[i]!.suppressed),
    ]),
    [
      total,
      ...table.colTotals.map((m) => cell(m.count, m.percent, m.suppressed)),
      cell(table.total.count, table.total.count ? 100 : null, table.total.suppressed),
    ],
  ];
  const widths = lines[0]!.map((_, c) => Math.max(...lines.map((line) => line[c]!.length)));
  const layer = table.layer && result.layer ? ` — ${name(result.layer)}: ${table.layer.label}` : '';
  const text = [
    `${name(result.rows)} × ${name(result.cols)}${layer}`,
    ...lines.map((line) =>
      line.map((value, c) => (c === 0 ? value.padEnd(widths[c]!) : value.padStart(widths[c]!))).join('  '),
    ),
  ];
  const s = table.statistics;
  if (s) {
    const p =
      s.p === 0
        ? '< 1e-300'
        : s.p < 0.001
          ? `= ${s.p.toExponential(2).replace('.', decimalMark(language))}`
          : `= ${formatNumber(s.p, language, 3)}`;
    text.push(
      `χ² = ${formatNumber(s.chiSquare, language)}, df = ${s.df}, p ${p}; ${translate(language, texts, 'cramersV')} = ${formatNumber(s.cramersV, language, 3)}`,
    );
  }
  if (!partner && table.suppressed.some((row) => row.some((mark) => mark !== null))) {
    text.push(translate(language, texts, 'hiddenMark'));
  }
  text.push(...table.notes);
  return `${text.join('\n')}\n\n`;
}
