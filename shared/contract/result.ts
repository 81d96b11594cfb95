import type { ErrorCode } from './errors';

/** A text in both UI languages; the UI shows the one the user chose. */
export interface LocalizedText {
  nl: string;
  en: string;
}

export interface ContractError {
  code: ErrorCode;
  message: LocalizedText;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ContractError };

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

export function fail<T = never>(error: ContractError): Result<T> {
  return { ok: false, error };
}
