import type { CodingProgress, CodingRow, RecordCoding } from '../../../shared/coding/coding-types';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/contract/channels';
import { addCodes, markCoded, sameCodes, toggleCode, type RecordCodes } from '../../../shared/coding/toggle-code';
import { failed } from '../../../shared/contract/caller';
import type { Language } from '../../../shared/i18n/language';
import { translate } from '../../../shared/i18n/messages';
import { codingTexts } from './coding-texts';
import type { CodingState } from './coding-store';
import { passesFilter } from './filter-match';
import { indexOfRecord, rowAt, withMembership, withRow } from './page-cache';
import { restorePlan } from './restore-plan';
import { suggestedGuids, suggestionsFrom } from './suggestions';
import { recordAction, redoStep, undoStep, type UndoHistory } from './undo-history';

/** Who codes which text column of which dataset: what every coding call is about. */
export interface CodingScope {
  dataset: string;
  coder: string;
  textColumn: string;
}

export interface CodingRuntime {
  call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C> | typeof failed>;
  scope(): CodingScope | null;
  invalidate(): void;
}

type ActionName = 'codeWith' | 'acceptSuggestions' | 'markCodedAndNext' | 'removeSegment' | 'undo' | 'redo';
type Set = (change: Partial<CodingState>) => void;
type Get = () => CodingState;

const sameScope = (a: CodingScope | null, b: CodingScope) =>
  a !== null && a.dataset === b.dataset && a.coder === b.coder && a.textColumn === b.textColumn;

/**
 * The coding actions. Each is saved at once: the grid shows the new coding straight away, the calls go to
 * the engine one after another in the order of the keys, and every answer (the coding before and after)
 * goes on the undo stack. When the engine refuses one, the actions still waiting are dropped and every
 * record they touched is shown as the engine last confirmed it.
 */
export function createCodingActions(set: Set, get: Get, runtime: CodingRuntime) {
  /** The coding of each record as the engine last confirmed it. */
  const confirmed = new Map<number, RecordCoding>();
  /** Records shown with a coding the engine has not confirmed yet, and how many actions on each are under way. */
  const optimistic = new Map<number, RecordCoding>();
  const pending = new Map<number, number>();
  let queue = Promise.resolve();
  let epoch = 0;

  /** Shows a record's coding in the grid, wherever the record is among the fetched rows. */
  function show(coding: RecordCoding): void {
    const { cache } = get();
    const index = indexOfRecord(cache, coding.record);
    const row = rowAt(cache, index);
    if (row)
      set({
        cache: withRow(cache, index, { ...row, coded: coding.coded, codes: coding.codes, segments: coding.segments }),
      });
  }

  function confirm(scope: CodingScope, coding: RecordCoding, progress: CodingProgress): boolean {
    if (!sameScope(runtime.scope(), scope)) return false;
    confirmed.set(coding.record, coding);
    // Whether the record still passes the filter counts for the offsets of pages fetched later, so it
    // follows the engine's state, not what the grid shows ahead of it.
    const { cache, filter, lineage } = get();
    const index = indexOfRecord(cache, coding.record);
    if (index >= 0) set({ cache: withMembership(cache, index, passesFilter(coding, filter, lineage)) });
    // A later key on this record is already shown; its own answer will confirm it.
    if ((pending.get(coding.record) ?? 0) <= 1) {
      optimistic.delete(coding.record);
      show(coding);
    }
    set({ progress });
    return true;
  }

  function remember(scope: CodingScope, before: RecordCoding, after: RecordCoding): void {
    if (sameScope(runtime.scope(), scope))
      set({ history: recordAction(get().history, { record: after.record, before, after }) });
  }

  function rollBack(): void {
    for (const record of optimistic.keys()) {
      const coding = confirmed.get(record);
      if (coding) show(coding);
    }
    optimistic.clear();
  }

  /** The engine's refusal, saying that the change was not kept. */
  const call: CodingRuntime['call'] = async (channel, request) => {
    const answer = await runtime.call(channel, request);
    if (answer === failed) {
      const error = get().error;
      if (error) {
        const say = (language: Language) =>
          translate(language, codingTexts, 'coding.notSaved', { error: error[language] });
        set({ error: { nl: say('nl'), en: say('en') } });
      }
    }
    return answer;
  };

  function enqueue(records: number[], task: () => Promise<boolean>): void {
    const mine = epoch;
    for (const record of records) pending.set(record, (pending.get(record) ?? 0) + 1);
    set({ saving: get().saving + 1 });
    queue = queue.then(async () => {
      const ok = mine !== epoch || (await task());
      for (const record of records) {
        const left = (pending.get(record) ?? 1) - 1;
        if (left > 0) pending.set(record, left);
        else pending.delete(record);
      }
      set({ saving: get().saving - 1 });
      if (!ok) {
        epoch++;
        rollBack();
      }
    });
  }

  /** Sets the active record's whole-record codes to what `change` makes of them. */
  function applyCodes(change: (state: RecordCodes) => RecordCodes): void {
    const scope = runtime.scope();
    const row = rowAt(get().cache, get().active);
    if (!scope || !row) return;
    const next = change({ codes: row.codes, coded: row.coded });
    if (sameCodes(next.codes, row.codes) && next.coded === row.coded) return;
    const shown = { record: row.record, codes: next.codes, coded: next.coded, segments: row.segments };
    optimistic.set(row.record, shown);
    show(shown);
    enqueue([row.record], async () => {
      const answer = await call('coding.set', {
        dataset: scope.dataset,
        coder: scope.coder,
        record: row.record,
        codes: next.codes,
        coded: next.coded,
      });
      if (answer === failed) return false;
      if (confirm(scope, answer.after, answer.progress)) remember(scope, answer.before, answer.after);
      return true;
    });
  }

  function addSegment(code: string): void {
    const scope = runtime.scope();
    const { selection, cache, active } = get();
    const row = rowAt(cache, active);
    if (!scope || !row || !selection) return;
    set({ selection: null });
    enqueue([row.record], async () => {
      const answer = await call('coding.addSegment', {
        dataset: scope.dataset,
        coder: scope.coder,
        record: row.record,
        variable: scope.textColumn,
        code,
        ...selection,
      });
      if (answer === failed) return false;
      if (confirm(scope, answer.change.after, answer.change.progress))
        remember(scope, answer.change.before, answer.change.after);
      return true;
    });
  }

  /** Brings a record back to a coding of the undo stack through the same calls as coding it by hand. */
  async function restore(scope: CodingScope, record: number, target: RecordCoding): Promise<boolean> {
    const current = confirmed.get(record);
    if (!current) return false;
    const plan = restorePlan(current, target);
    const request = { dataset: scope.dataset, coder: scope.coder };
    for (const segment of plan.remove) {
      const answer = await call('coding.removeSegment', { ...request, id: segment.id });
      if (answer === failed) return false;
      confirm(scope, answer.change.after, answer.change.progress);
    }
    for (const span of plan.add) {
      const answer = await call('coding.addSegment', { ...request, record, ...span });
      if (answer === failed) return false;
      confirm(scope, answer.change.after, answer.change.progress);
    }
    if (plan.set) {
      const answer = await call('coding.set', { ...request, record, ...plan.set });
      if (answer === failed) return false;
      confirm(scope, answer.after, answer.progress);
    }
    reveal(record);
    return true;
  }

  /** Moves to the record undo or redo changed, so the coder sees it; one the grid does not hold makes it fetch again. */
  function reveal(record: number): void {
    const index = indexOfRecord(get().cache, record);
    if (index >= 0) get().setActive(index);
    else runtime.invalidate();
  }

  function step(take: (history: UndoHistory) => ReturnType<typeof undoStep>, side: 'before' | 'after'): void {
    const scope = runtime.scope();
    if (!scope) return;
    enqueue([], async () => {
      const taken = take(get().history);
      if (!taken) return true;
      const ok = await restore(scope, taken.entry.record, taken.entry[side]);
      if (ok && sameScope(runtime.scope(), scope)) set({ history: taken.next });
      return ok;
    });
  }

  const actions: Pick<CodingState, ActionName> = {
    codeWith(guid) {
      if (get().selection) addSegment(guid);
      else applyCodes((state) => toggleCode(state, guid, get().lineage));
    },

    acceptSuggestions() {
      const { matcher, cache, active, lineage } = get();
      const text = rowAt(cache, active)?.text;
      if (!matcher || !text) return;
      const guids = suggestedGuids(suggestionsFrom(matcher.match(text), lineage));
      if (guids.length > 0) applyCodes((state) => addCodes(state, guids, lineage));
    },

    markCodedAndNext() {
      applyCodes(markCoded);
      get().moveBy(1);
    },

    removeSegment(segment) {
      const scope = runtime.scope();
      const row = rowAt(get().cache, get().active);
      if (!scope || !row) return;
      enqueue([row.record], async () => {
        const answer = await call('coding.removeSegment', {
          dataset: scope.dataset,
          coder: scope.coder,
          id: segment.id,
        });
        if (answer === failed) return false;
        if (confirm(scope, answer.change.after, answer.change.progress))
          remember(scope, answer.change.before, answer.change.after);
        return true;
      });
    },

    undo() {
      step(undoStep, 'before');
    },

    redo() {
      step(redoStep, 'after');
    },
  };

  return {
    actions,
    /** Fetched rows as the grid shows them: a record with an action under way keeps the coding it shows. */
    overlay(rows: readonly CodingRow[]): CodingRow[] {
      return rows.map((row) => {
        const shown = optimistic.get(row.record);
        if (shown) return { ...row, ...shown };
        confirmed.set(row.record, { record: row.record, coded: row.coded, codes: row.codes, segments: row.segments });
        return row;
      });
    },
    /** Resolves once the coding actions sent so far are answered: a page fetched then matches the engine's state. */
    settled(): Promise<void> {
      return queue;
    },
    /**
     * Another coder or dataset: what was confirmed and shown belongs to the old one. Actions still on their
     * way are saved all the same; their answers no longer reach the grid or the undo stack.
     */
    forget(): void {
      confirmed.clear();
      optimistic.clear();
    },
  };
}
