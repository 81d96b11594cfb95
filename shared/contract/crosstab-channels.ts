import {
  CrosstabFileExportSchema,
  CrosstabRequestSchema,
  CrosstabTextExportSchema,
  type CrosstabExportResult,
  type CrosstabResult,
} from '../crosstab/crosstab-types';
import { channel } from './define-channel';

/** Cross-tabulation: tables with percentages, expected counts, residuals and tests, and their exports. */
export const crosstabChannels = {
  /** One table per layer; counts from one GROUP BY over the dataset, repeated views served from a cache. */
  'crosstab.compute': channel<typeof CrosstabRequestSchema, CrosstabResult>(CrosstabRequestSchema),
  /** Writes CSV (Dutch or international) or XLSX; always with the publication threshold applied. */
  'crosstab.export': channel<typeof CrosstabFileExportSchema, CrosstabExportResult>(CrosstabFileExportSchema),
  /** Tab-separated text for the clipboard, threshold applied. */
  'crosstab.exportText': channel<typeof CrosstabTextExportSchema, { text: string }>(CrosstabTextExportSchema),
} as const;
