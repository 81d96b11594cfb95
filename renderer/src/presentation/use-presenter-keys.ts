import { useEffect, useRef } from 'react';
import { presenterMove, type PresenterState } from './presenter-keys';

export interface PresenterKeysOptions extends PresenterState {
  /** Show `step` (blanked or not) on the projector: the caller's `session.present`. */
  onPresent: (step: number, blank: boolean) => void;
  onLeave: () => void;
  /** Off while a dialog or another screen has the keys. */
  enabled?: boolean;
}

/** Typing in a field (a note during the session) is not presenting. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The facilitator's keys while presenting (`presenterMove`), on the whole window: presenter clickers send
 * them to whatever has focus. Keys with Ctrl, Alt or Meta, and keys typed into a field, are left alone.
 */
export function usePresenterKeys(options: PresenterKeysOptions): void {
  // The latest options, so the listener is added once and never sees a stale step.
  const latest = useRef(options);
  latest.current = options;
  // Keys move on from the step this screen last asked for, not from the one it shows: a second key pressed
  // before the answer comes back (a clicker pressed twice), or an older slide still on its way here, would
  // otherwise ask for the same step again. The shown step counts again once it is the one asked for.
  const { current, blank } = options;
  const asked = useRef({ current, blank });
  const waitingFor = useRef<{ current: number; blank: boolean } | null>(null);
  useEffect(() => {
    const waiting = waitingFor.current;
    if (waiting && (waiting.current !== current || waiting.blank !== blank)) return;
    waitingFor.current = null;
    asked.current = { current, blank };
  }, [current, blank]);
  const enabled = options.enabled ?? true;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || event.repeat || isTyping(event.target)) return;
      const { steps, onPresent, onLeave } = latest.current;
      const move = presenterMove(event.key, { steps, ...asked.current });
      if (move === null) {
        // Space and the arrows would scroll the page behind; at the agenda's ends they do nothing.
        if (
          ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageDown', 'PageUp', ' ', 'Home', 'End'].includes(
            event.key,
          )
        )
          event.preventDefault();
        return;
      }
      event.preventDefault();
      if (move === 'leave') return onLeave();
      asked.current = { current: move.step, blank: move.blank };
      waitingFor.current = { current: move.step, blank: move.blank };
      onPresent(move.step, move.blank);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
