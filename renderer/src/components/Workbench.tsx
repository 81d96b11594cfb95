import { useEffect, useState, type ReactNode } from 'react';
import { useWorkbench } from '../stores/workbench-context';
import { readPaneCollapsed, writePaneCollapsed } from './pane-sizes';
import { SidePanel } from './SidePanel';
import { SplitPane } from './SplitPane';

export interface WorkbenchSide {
  /** Names the panel among the project's panels: its width and whether it is collapsed are kept per project. */
  id: string;
  title: string;
  /** The resize handle's accessible name. */
  resizeLabel: string;
  content: ReactNode;
  /** Its width in px before the user chose one. */
  width?: number;
}

interface WorkbenchProps {
  /** The view's toolbar (see Toolbar), above everything else. */
  toolbar?: ReactNode;
  /** A side panel of settings left of the main content, resizable and collapsible. */
  side?: WorkbenchSide;
  /** The main content: the grid, table or chart. */
  children: ReactNode;
  className?: string;
}

/**
 * One view's layout, the same in every section: a toolbar, then the main content over the whole width,
 * or beside a side panel of settings (jamovi's options beside its results).
 */
export function Workbench({ toolbar, side, children, className }: WorkbenchProps) {
  return (
    <div className={`workbench${className ? ` ${className}` : ''}`}>
      {toolbar}
      {side ? <SideAndMain side={side}>{children}</SideAndMain> : <div className="workbench__main">{children}</div>}
    </div>
  );
}

function SideAndMain({ side, children }: { side: WorkbenchSide; children: ReactNode }) {
  const project = useWorkbench((state) => state.project?.path ?? '');
  const [collapsed, setCollapsed] = useState(() => readPaneCollapsed(project, side.id));
  useEffect(() => setCollapsed(readPaneCollapsed(project, side.id)), [project, side.id]);
  function toggle() {
    setCollapsed(!collapsed);
    writePaneCollapsed(project, side.id, !collapsed);
  }
  return (
    <SplitPane
      id={side.id}
      label={side.resizeLabel}
      initial={side.width ?? 300}
      min={200}
      max={720}
      firstCollapsed={collapsed}
      first={
        <SidePanel title={side.title} collapsed={collapsed} onToggle={toggle}>
          {side.content}
        </SidePanel>
      }
      second={<div className="workbench__main">{children}</div>}
    />
  );
}
