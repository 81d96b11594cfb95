import type { ReactNode } from 'react';

interface ToolbarProps {
  /** The view's title: one line at the start of the bar. */
  title?: ReactNode;
  titleId?: string;
  /** What the view is for: one muted line after the title, cut off with its whole text as a tooltip. */
  description?: string;
  children?: ReactNode;
  className?: string;
}

/**
 * A view's controls in one bar above its main content: title, a one-line description and the controls,
 * wrapping only when the window is narrow. Not an ARIA toolbar: its controls are ordinary tab stops.
 */
export function Toolbar({ title, titleId, description, children, className }: ToolbarProps) {
  return (
    <div className={`toolbar${className ? ` ${className}` : ''}`}>
      {(title || description) && (
        <div className="toolbar__heading">
          {title && (
            <h2 id={titleId} className="toolbar__title" tabIndex={-1}>
              {title}
            </h2>
          )}
          {description && (
            <p className="toolbar__description" title={description}>
              {description}
            </p>
          )}
        </div>
      )}
      {children && <div className="toolbar__controls">{children}</div>}
    </div>
  );
}
