import { useCallback, type KeyboardEvent, type RefObject } from 'react';
import { ACCEPT_KEY, pressedKey } from './code-keys';
import { useCodingStore } from './coding-context';
import { rowsPerView } from './grid-geometry';

/** Keys typed into a field are the field's: no coding key fires there. */
function isTyping(target: HTMLElement): boolean {
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The coding keys of the workspace; see KeyOverview for the list the user sees. */
export function useCodingKeys(searchRef: RefObject<HTMLInputElement | null>) {
  const store = useCodingStore();
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const target = event.target as HTMLElement;
      const state = store.getState();
      // The key overview is a dialog in a portal: its keys reach here through React, and are its own.
      if (isTyping(target) || state.helpOpen) return;
      const handled = () => event.preventDefault();

      if (event.ctrlKey || event.metaKey) {
        const key = event.key.toLowerCase();
        if (key === 'z' && !event.shiftKey) state.undo();
        else if ((key === 'z' && event.shiftKey) || key === 'y') state.redo();
        else return;
        return handled();
      }
      if (event.altKey) return;

      const page = rowsPerView(target.closest('[role="grid"]')?.clientHeight || 480);
      const moves: Record<string, () => void> = {
        ArrowDown: () => state.moveBy(1),
        ArrowUp: () => state.moveBy(-1),
        PageDown: () => state.moveBy(page),
        PageUp: () => state.moveBy(-page),
        Home: () => state.setActive(0),
        End: () => state.setActive((state.matching ?? 1) - 1),
        '?': () => state.setHelpOpen(true),
        '/': () => searchRef.current?.focus(),
        Escape: () => document.getSelection()?.removeAllRanges(),
      };
      const move = moves[event.key];
      if (move) {
        move();
        return handled();
      }
      // Enter on a button is the button's.
      if (event.key === 'Enter') {
        if (target.closest('button, a, summary')) return;
        state.markCodedAndNext();
        return handled();
      }

      const key = pressedKey(event);
      if (key === ACCEPT_KEY) {
        state.acceptSuggestions();
        return handled();
      }
      const guid = key ? state.keymap.byKey.get(key) : undefined;
      if (!guid) return;
      const segment = state.selection !== null;
      state.codeWith(guid);
      if (segment) document.getSelection()?.removeAllRanges();
      handled();
    },
    [store, searchRef],
  );
}
