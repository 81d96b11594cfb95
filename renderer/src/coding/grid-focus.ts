/**
 * Gives the focus back to the coding grid, from a control that is about to disappear or be disabled (a
 * removed segment's button), so the coding keys keep working without a click.
 */
export function focusGrid(from: Element): void {
  from.closest('.coding-workspace')?.querySelector<HTMLElement>('[role="grid"]')?.focus({ preventScroll: true });
}
