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
  const enabled = options.enabled ?? true;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || event.repeat || isTyping(event.target)) return;
      const { steps, current, blank, onPresent, onLeave } = latest.current;
      const move = presenterMove(event.key, { steps, current, blank });
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
      if (move === 'leave') onLeave();
      else onPresent(move.step, move.blank);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
