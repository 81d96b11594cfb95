import type { RecordCoding } from '../../../shared/coding/coding-types';

/** One coding action on one record: its coding before and after, as the engine answered. */
export interface UndoEntry {
  record: number;
  before: RecordCoding;
  after: RecordCoding;
}

export interface UndoHistory {
  done: readonly UndoEntry[];
  undone: readonly UndoEntry[];
}

/** Enough for a long session; the oldest actions fall off. */
const LIMIT = 1000;

export const emptyHistory: UndoHistory = { done: [], undone: [] };

/** A new action: it can be undone, and what was undone before can no longer be redone. */
export function recordAction(history: UndoHistory, entry: UndoEntry): UndoHistory {
  return { done: [...history.done, entry].slice(-LIMIT), undone: [] };
}

/** The action undo reverts, and the history once it has been undone. */
export function undoStep(history: UndoHistory): { entry: UndoEntry; next: UndoHistory } | null {
  const entry = history.done.at(-1);
  return entry ? { entry, next: { done: history.done.slice(0, -1), undone: [...history.undone, entry] } } : null;
}

export function redoStep(history: UndoHistory): { entry: UndoEntry; next: UndoHistory } | null {
  const entry = history.undone.at(-1);
  return entry ? { entry, next: { done: [...history.done, entry], undone: history.undone.slice(0, -1) } } : null;
}
