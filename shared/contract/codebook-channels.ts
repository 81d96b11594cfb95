import { z } from 'zod';
import {
  AddCodeSchema,
  ArchiveCodeSchema,
  ExportQdcSchema,
  GetCodebookSchema,
  ImportQdcSchema,
  MoveCodeSchema,
  UpdateCodeSchema,
  type Codebook,
  type CodebookChange,
  type CodebookExportResult,
  type CodebookImportSummary,
} from '../codebook/codebook-types';
import { channel } from './define-channel';

const Empty = z.object({}).strict();

/** The codebook: the tree of codes, its changes (each one a version), and REFI-QDA `.qdc` exchange. */
export const codebookChannels = {
  'codebook.get': channel<typeof GetCodebookSchema, Codebook>(GetCodebookSchema),
  /** Adds a sub-code under a condition, a domain or another code; answers with its GUID. */
  'codebook.addCode': channel<typeof AddCodeSchema, { guid: string; codebook: Codebook }>(AddCodeSchema),
  'codebook.updateCode': channel<typeof UpdateCodeSchema, Codebook>(UpdateCodeSchema),
  'codebook.moveCode': channel<typeof MoveCodeSchema, Codebook>(MoveCodeSchema),
  /** Archived codes are kept (codings may refer to them) but hidden, and left out of exports. */
  'codebook.archiveCode': channel<typeof ArchiveCodeSchema, Codebook>(ArchiveCodeSchema),
  /** Every change, newest first. */
  'codebook.history': channel<typeof Empty, CodebookChange[]>(Empty),
  /** Writes a REFI-QDA codebook (`.qdc`); an existing file only with `overwrite: true`. */
  'codebook.exportQdc': channel<typeof ExportQdcSchema, CodebookExportResult>(ExportQdcSchema),
  /** Merges a `.qdc` file by GUID: known codes are updated, new ones added under their parent. */
  'codebook.importQdc': channel<typeof ImportQdcSchema, CodebookImportSummary>(ImportQdcSchema),
} as const;
