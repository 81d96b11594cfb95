import { useId, type ReactNode } from 'react';

interface SidePanelProps {
  /** The panel's heading, also the name of its collapse button. */
  title: string;
  collapsed: boolean;
  onToggle: () => void;
  children: ReactNode;
}

/** A view's settings beside its main content; its heading's button collapses it to a narrow strip. */
export function SidePanel({ title, collapsed, onToggle, children }: SidePanelProps) {
  const bodyId = useId();
  return (
    <aside className={`side-panel${collapsed ? ' side-panel--collapsed' : ''}`} aria-label={title}>
      <h3 className="side-panel__title">
        <button
          type="button"
          className="side-panel__toggle"
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          onClick={onToggle}
        >
          <span aria-hidden="true" className="side-panel__chevron">
            {collapsed ? '▸' : '▾'}
          </span>
          <span className="side-panel__name">{title}</span>
        </button>
      </h3>
      <div id={bodyId} className="side-panel__body" hidden={collapsed}>
        {children}
      </div>
    </aside>
  );
}
