/** Where the presentation stands: the agenda's step ids in order, the step shown (null: none yet), blanked or not. */
export interface PresenterState {
  steps: readonly number[];
  current: number | null;
  blank: boolean;
}

/** What a key asks for: a step shown (or blanked), leaving the presentation, or nothing. */
export type PresenterMove = { step: number; blank: boolean } | 'leave' | null;

const NEXT = new Set(['ArrowRight', 'PageDown', ' ', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp', 'ArrowUp']);
/** B, as in PowerPoint; presenter clickers' "black screen" button sends B or a full stop. */
const BLANK = new Set(['b', 'B', '.']);

/**
 * The presenter's keys (the ones presenter clickers send): → PageDown Space next, ← PageUp previous, Home
 * first, End last, B blanks or unblanks, Esc leaves. Moving shows the step (never blanked); at either end of the
 * agenda a move is nothing.
 */
export function presenterMove(key: string, state: PresenterState): PresenterMove {
  if (key === 'Escape') return 'leave';
  const { steps, current, blank } = state;
  if (steps.length === 0) return null;
  const at = current === null ? -1 : steps.indexOf(current);
  const show = (index: number): PresenterMove => {
    const step = steps[Math.max(0, Math.min(steps.length - 1, index))]!;
    return step === current && !blank ? null : { step, blank: false };
  };
  if (NEXT.has(key)) return show(at + 1);
  if (PREVIOUS.has(key)) return show(at < 0 ? 0 : at - 1);
  if (key === 'Home') return show(0);
  if (key === 'End') return show(steps.length - 1);
  if (BLANK.has(key)) return { step: current ?? steps[0]!, blank: !blank };
  return null;
}
