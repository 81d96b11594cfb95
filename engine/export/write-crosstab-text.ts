import type { GridCell, GridSheet, NumberKind } from './crosstab-grid';
import { neutraliseFormula } from './neutralise-formula';

export interface TextDialect {
  delimiter: ';' | ',' | '\t';
  decimalMark: ',' | '.';
  /** UTF-8 byte order mark: how Excel knows a CSV file is UTF-8 (accents) rather than the ANSI code page. */
  bom: boolean;
}

/** Dutch Excel: `;` between fields because `,` is the decimal mark. */
export const csvNl: TextDialect = { delimiter: ';', decimalMark: ',', bom: true };
export const csvInternational: TextDialect = { delimiter: ',', decimalMark: '.', bom: true };
/** The clipboard: what Excel itself puts there, in the language's decimal mark. */
export const tsv = (decimalMark: ',' | '.'): TextDialect => ({ delimiter: '\t', decimalMark, bom: false });

const decimals: Record<Exclude<NumberKind, 'p'>, number> = {
  integer: 0,
  weighted: 2,
  percent: 1,
  decimal: 2,
  coefficient: 3,
};

/** A number as spreadsheets read it back as a number: no thousands separators, the dialect's decimal mark. */
export function numberText(value: number, kind: NumberKind, decimalMark: ',' | '.'): string {
  let written: string;
  if (kind === 'p') {
    if (value === 0) return '< 1e-300';
    written = value < 1e-4 ? value.toExponential(2).toUpperCase() : value.toFixed(4);
  } else {
    written = value.toFixed(decimals[kind]);
    // -0.00 would look like a negative figure
    if (Number(written) === 0) written = written.replace('-', '');
  }
  return decimalMark === ',' ? written.replace('.', ',') : written;
}

function cellText(cell: GridCell, dialect: TextDialect): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'number':
      return numberText(cell.value, cell.format, dialect.decimalMark);
    case 'hidden':
    case 'text': {
      const inert = neutraliseFormula(cell.text);
      // Tab-separated text cannot quote: a tab or line break inside a cell becomes a space.
      if (dialect.delimiter === '\t') return inert.replace(/[\t\r\n]+/g, ' ');
      return /["\r\n]/.test(inert) || inert.includes(dialect.delimiter) ? `"${inert.replace(/"/g, '""')}"` : inert;
    }
  }
}

/** Every sheet one after another, a blank line between; CRLF line ends, as Excel writes them. */
export function gridText(sheets: GridSheet[], dialect: TextDialect): string {
  const lines = sheets.flatMap((sheet, s) => [
    ...(s > 0 ? [''] : []),
    ...sheet.lines.map((line) => line.cells.map((cell) => cellText(cell, dialect)).join(dialect.delimiter)),
  ]);
  return `${dialect.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
