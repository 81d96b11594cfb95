import type Database from 'better-sqlite3';
import path from 'node:path';
import type { Language } from '../../shared/i18n/language';
import type {
  CrosstabExportResult,
  CrosstabFileExport,
  CrosstabTextExport,
} from '../../shared/crosstab/crosstab-types';
import { computeCrosstab } from '../crosstab/compute-crosstab';
import { crosstabGrid, type GridSheet } from './crosstab-grid';
import { csvInternational, csvNl, gridText, tsv } from './write-crosstab-text';
import { crosstabWorkbook } from './write-crosstab-xlsx';
import { writeExportFile } from './write-export-file';
import { decimalMark } from '../../shared/i18n/locale';

export interface ExportSource {
  db: Database.Database;
  /** The project file, named in the export's source note. */
  projectPath: string;
  /** The request's language, else the app's. */
  language: Language;
  date?: Date;
}

/** Exports are partner-facing (docs/ARCHITECTURE.md §1): always the partner audience, whatever the view showed. */
function partnerSheets(source: ExportSource, request: CrosstabFileExport | CrosstabTextExport): GridSheet[] {
  const { dataset, rows, cols, layer, weight, missing, measures } = request;
  const result = computeCrosstab(
    source.db,
    { dataset, rows, cols, layer, weight, missing, audience: 'partner' },
    source.language,
  );
  return crosstabGrid(result, {
    project: path.basename(source.projectPath, path.extname(source.projectPath)),
    measures,
    date: source.date ?? new Date(),
  });
}

export async function exportCrosstabFile(
  source: ExportSource,
  request: CrosstabFileExport,
): Promise<CrosstabExportResult> {
  const sheets = partnerSheets(source, request);
  const content =
    request.format === 'xlsx'
      ? await crosstabWorkbook(sheets)
      : gridText(sheets, request.format === 'csv-nl' ? csvNl : csvInternational);
  return {
    path: writeExportFile(request.path, content, request.format === 'xlsx' ? '.xlsx' : '.csv', request.overwrite),
  };
}

export function exportCrosstabText(source: ExportSource, request: CrosstabTextExport): { text: string } {
  return { text: gridText(partnerSheets(source, request), tsv(decimalMark(source.language))) };
}
