import { z } from 'zod';
import { expecting } from '../contract/request-issues';

/**
 * CBS region codes: `GM` + 4 digits (gemeente), `WK` + 6 (wijk), `BU` + 8 (buurt).
 * A wijk code is the municipality's 4 digits plus 2, a buurt code the wijk's 6 plus 2, so the
 * containing areas can be read from the code itself. Codes are the join key between datasets
 * because names change between years.
 */

export type AreaLevel = 'gemeente' | 'wijk' | 'buurt';

export interface AreaCode {
  /** Normalised code: trimmed and uppercase, e.g. `WK036300`. */
  code: string;
  level: AreaLevel;
  /** The municipality the area lies in (`GM0363` for `GM0363`, `WK036300` and `BU03630000`). */
  municipalityCode: string;
  /** The wijk a buurt lies in, the wijk itself for a wijk code, null for a municipality. */
  wijkCode: string | null;
}

const AREA_CODE = /^(?:GM(\d{4})|WK(\d{6})|BU(\d{8}))$/;

/** Reads a CBS code as found in files: StatLine pads it with spaces ("WK036300  "), others lowercase it. */
export function parseAreaCode(raw: string): AreaCode | null {
  const code = raw.trim().toUpperCase();
  const match = AREA_CODE.exec(code);
  if (!match) return null;
  const [, gemeente, wijk, buurt] = match;
  if (gemeente !== undefined) {
    return { code, level: 'gemeente', municipalityCode: code, wijkCode: null };
  }
  const digits = wijk ?? buurt ?? '';
  return {
    code,
    level: wijk !== undefined ? 'wijk' : 'buurt',
    municipalityCode: `GM${digits.slice(0, 4)}`,
    wijkCode: `WK${digits.slice(0, 6)}`,
  };
}

/**
 * A municipality as people write it: `GM0268`, `gm268`, `0268` and `268` all mean Nijmegen, `GM0268`.
 * CBS numbers municipalities with up to four digits, and exports drop the leading zeros (`gemnr` 268).
 * Null when the text is no municipality number at all.
 */
export function normalizeMunicipalityCode(raw: string): string | null {
  const match = /^(?:GM)?(\d{1,4})$/.exec(raw.trim().toUpperCase());
  return match ? `GM${match[1]!.padStart(4, '0')}` : null;
}

/** A municipality in a request, in any of the ways `normalizeMunicipalityCode` reads; parsed to `GM0268`. */
export const MunicipalityCodeSchema = z
  .string()
  .refine((text) => normalizeMunicipalityCode(text) !== null, { error: expecting('municipality_code') })
  .transform((text) => normalizeMunicipalityCode(text)!);

/** The normalised code, or null when the value is not a CBS region code. */
export function normalizeAreaCode(raw: string): string | null {
  return parseAreaCode(raw)?.code ?? null;
}
