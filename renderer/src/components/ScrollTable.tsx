import type { ReactNode } from 'react';

interface ScrollTableProps {
  /** The scroll box's accessible name (it is a tab stop, so keyboard users can scroll it). */
  label: string;
  children: ReactNode;
  className?: string;
  /** Marks the box as its view's main content. */
  main?: boolean;
}

/**
 * A table that scrolls inside its own box, both ways, with a sticky header row and a sticky first column;
 * the box is the containing block of everything in it, so nothing (not even visually hidden text) makes
 * the page wider than the window.
 */
export function ScrollTable({ label, children, className, main }: ScrollTableProps) {
  return (
    <div
      className={`scroll-table${className ? ` ${className}` : ''}`}
      role="region"
      aria-label={label}
      tabIndex={0}
      data-main-content={main ? '' : undefined}
    >
      {children}
    </div>
  );
}
