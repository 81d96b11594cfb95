import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useWorkbench } from '../stores/workbench-context';
import { readPaneSize, writePaneSize } from './pane-sizes';

interface SplitPaneProps {
  /** Names the split among the project's splits; its size is kept per project under this name. */
  id: string;
  /** The separator's accessible name, e.g. "Breedte van de instellingen". */
  label: string;
  /** The first (left) panel's width in px when nothing is kept, and its bounds. */
  initial: number;
  min?: number;
  max?: number;
  first: ReactNode;
  second: ReactNode;
  /** A collapsed first panel takes only the room it needs, and there is no handle. */
  firstCollapsed?: boolean;
  className?: string;
}

const step = 16;

/**
 * Two panels side by side; the separator between them is dragged with the pointer or moved with the arrow
 * keys (Home and End: the bounds), as the WAI-ARIA window splitter. The first panel's width is kept per
 * project. Below 48rem the panels stack and the handle goes.
 */
export function SplitPane({
  id,
  label,
  initial,
  min = 200,
  max = 900,
  first,
  second,
  firstCollapsed = false,
  className,
}: SplitPaneProps) {
  const project = useWorkbench((state) => state.project?.path ?? '');
  const [size, setSize] = useState(() => clamp(readPaneSize(project, id) ?? initial, min, max));
  const box = useRef<HTMLDivElement>(null);
  const drag = useRef<{ start: number; size: number } | null>(null);

  useEffect(() => {
    setSize(clamp(readPaneSize(project, id) ?? initial, min, max));
  }, [project, id, initial, min, max]);

  const resize = useCallback(
    (next: number) => {
      const limit = Math.min(max, (box.current?.clientWidth ?? Infinity) - 240);
      const value = clamp(next, min, Math.max(min, limit));
      setSize(value);
      writePaneSize(project, id, value);
    },
    [project, id, min, max],
  );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = {
      ArrowLeft: size - step,
      ArrowRight: size + step,
      Home: min,
      End: max,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    resize(next);
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { start: event.clientX, size };
  }
  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (drag.current) resize(drag.current.size + event.clientX - drag.current.start);
  }
  function onPointerUp() {
    drag.current = null;
  }

  return (
    <div
      ref={box}
      className={`split${firstCollapsed ? ' split--collapsed' : ''}${className ? ` ${className}` : ''}`}
      style={{ ['--split-first' as string]: `${size}px` }}
    >
      <div className="split__first">{first}</div>
      {!firstCollapsed && (
        <div
          className="split__handle"
          role="separator"
          aria-orientation="vertical"
          aria-label={label}
          aria-valuenow={size}
          aria-valuemin={min}
          aria-valuemax={max}
          tabIndex={0}
          onKeyDown={onKeyDown}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
        />
      )}
      <div className="split__second">{second}</div>
    </div>
  );
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
