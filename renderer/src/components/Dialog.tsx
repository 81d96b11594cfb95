import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { tabbableElements } from './focusable';

export interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** The element to focus when the dialog opens; by default the first one Tab reaches. */
  initialFocus?: RefObject<HTMLElement | null>;
}

/**
 * A modal dialog: labelled by its title, focus kept inside while open and returned to where it was,
 * Escape closes it. The rest of the page is made `inert`, so neither the mouse nor a screen reader's
 * virtual cursor reaches it.
 */
export function Dialog({ title, onClose, children, initialFocus }: DialogProps) {
  const titleId = useId();
  const backdropRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const madeInert: Element[] = [];
    for (const element of Array.from(document.body.children)) {
      if (element !== backdropRef.current && !element.hasAttribute('inert')) {
        element.setAttribute('inert', '');
        madeInert.push(element);
      }
    }
    const panel = panelRef.current;
    const first = initialFocus?.current ?? (panel ? tabbableElements(panel)[0] : undefined);
    (first ?? panel)?.focus();
    return () => {
      for (const element of madeInert) element.removeAttribute('inert');
      // The opener may be gone (the dialog opened a project); then the new screen places focus itself.
      if (returnFocusTo?.isConnected) returnFocusTo.focus();
    };
    // `initialFocus` is a ref object, stable for the dialog's life: this runs once, when it opens.
  }, [initialFocus]);

  function keepFocusInside(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !panelRef.current) return;
    const tabbable = tabbableElements(panelRef.current);
    const first = tabbable[0];
    const last = tabbable[tabbable.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === panelRef.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return createPortal(
    <div className="dialog-backdrop" ref={backdropRef}>
      <div
        ref={panelRef}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={keepFocusInside}
      >
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}
