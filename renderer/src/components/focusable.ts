const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** The elements inside `container` that Tab reaches, in document order. */
export function tabbableElements(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (element) => !element.closest('[inert]'),
  );
}

/**
 * Where focus goes when a view replaces the one the user was in: the element marked
 * `data-initial-focus` (a field to fill in first), else the view's heading.
 */
export function focusViewStart(container: HTMLElement | null, heading: 'h2' | 'h3'): void {
  (
    container?.querySelector<HTMLElement>('[data-initial-focus]') ?? container?.querySelector<HTMLElement>(heading)
  )?.focus();
}
