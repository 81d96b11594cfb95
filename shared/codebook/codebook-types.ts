import { z } from 'zod';
import type { ConditionId } from '../conditions';
import { expecting } from '../contract/request-issues';
import type { LocalizedText } from '../contract/result';
import { GUID_PATTERN } from './guid';

/** One code of the codebook with its sub-codes. The four condition codes are the top of the tree. */
export interface CodebookCode {
  guid: string;
  /** Set on the four condition codes only. */
  conditionId: ConditionId | null;
  /** The Dutch label is the code's name (also in REFI-QDA exports); the English one is optional. */
  label: { nl: string; en: string | null };
  description: { nl: string | null; en: string | null };
  /** The code's own colour; null: it shows its parent's. */
  color: string | null;
  /** The colour it is shown in: its own, else the nearest ancestor's; null where no ancestor has one. */
  effectiveColor: string | null;
  /** False for a category that groups codes but is not coded with itself (REFI-QDA `isCodable`). */
  codable: boolean;
  archived: boolean;
  children: CodebookCode[];
}

/** A REFI-QDA set: a named group of codes across the tree (ATLAS.ti's code groups). */
export interface CodebookSet {
  guid: string;
  name: string;
  description: string | null;
  /** GUIDs of its codes, in the file's order. */
  members: string[];
}

export interface Codebook {
  /** The number of the latest change; every change adds one. */
  version: number;
  codes: CodebookCode[];
  sets: CodebookSet[];
}

/** The fields of a code that a change records, before and after. */
export interface CodeFields {
  nl: string;
  en: string | null;
  descriptionNl: string | null;
  descriptionEn: string | null;
  color: string | null;
  parent: string | null;
  position: number;
  codable: boolean;
  archived: boolean;
}

export type CodeSnapshot = Partial<CodeFields> & { guid: string };

export type CodeChangeKind = 'add' | 'rename' | 'describe' | 'recolour' | 'update' | 'move' | 'archive' | 'unarchive';

interface ChangeBase {
  version: number;
  changedAt: string;
  coder: string | null;
}

/** One entry of the codebook's history; `before` and `after` hold only what changed. */
export type CodebookChange =
  | (ChangeBase & { kind: 'create'; guid: null; label: null; before: null; after: { codes: number } })
  | (ChangeBase & {
      kind: CodeChangeKind;
      guid: string;
      label: string;
      before: Partial<CodeFields> | null;
      after: Partial<CodeFields>;
    })
  | (ChangeBase & {
      kind: 'import';
      guid: null;
      label: null;
      before: { codes: CodeSnapshot[] };
      after: { file: string; codes: CodeSnapshot[]; setsAdded: number; setsUpdated: number };
    });

export interface CodebookImportSummary {
  file: string;
  /** The program that wrote the file (`origin`), when it says. */
  origin: string | null;
  added: number;
  updated: number;
  unchanged: number;
  setsAdded: number;
  setsUpdated: number;
  /** What was read but not taken over, and why. */
  warnings: LocalizedText[];
  codebook: Codebook;
}

export interface CodebookExportResult {
  path: string;
  codes: number;
  sets: number;
}

const GuidSchema = z.string().trim().toLowerCase().regex(GUID_PATTERN, expecting('guid'));
const Label = z.string().trim().min(1).max(200);
/** Empty clears the text. */
const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((text) => text || null);
/** Checked against the palette by the engine, which can say which colours are allowed. */
const Color = z.string().trim().nullable();
/** Who made the change, for the history; optional. */
const Coder = OptionalText(100).default(null);

export const GetCodebookSchema = z.object({ includeArchived: z.boolean().default(false) }).strict();

export const AddCodeSchema = z
  .object({
    parent: GuidSchema,
    nl: Label,
    en: OptionalText(200).default(null),
    descriptionNl: OptionalText(4000).default(null),
    descriptionEn: OptionalText(4000).default(null),
    color: Color.default(null),
    coder: Coder,
  })
  .strict();

/** Fields left out stay as they are. */
export const UpdateCodeSchema = z
  .object({
    guid: GuidSchema,
    nl: Label.optional(),
    en: OptionalText(200).optional(),
    descriptionNl: OptionalText(4000).optional(),
    descriptionEn: OptionalText(4000).optional(),
    color: Color.optional(),
    coder: Coder,
  })
  .strict();

/** `parent` left out: reorder among the same siblings; null: to the top level, after the conditions. */
export const MoveCodeSchema = z
  .object({
    guid: GuidSchema,
    parent: GuidSchema.nullable().optional(),
    position: z.number().int().min(0),
    coder: Coder,
  })
  .strict();

export const ArchiveCodeSchema = z.object({ guid: GuidSchema, archived: z.boolean(), coder: Coder }).strict();

const FilePath = z.string().trim().min(1);
export const ExportQdcSchema = z.object({ path: FilePath, overwrite: z.boolean().default(false) }).strict();
export const ImportQdcSchema = z.object({ path: FilePath, coder: Coder }).strict();

export type AddCodeRequest = z.output<typeof AddCodeSchema>;
export type UpdateCodeRequest = z.output<typeof UpdateCodeSchema>;
export type MoveCodeRequest = z.output<typeof MoveCodeSchema>;
export type ArchiveCodeRequest = z.output<typeof ArchiveCodeSchema>;
