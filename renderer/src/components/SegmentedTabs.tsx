import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface SegmentedTab<Id extends string> {
  id: Id;
  label: string;
}

interface SegmentedTabsProps<Id extends string> {
  tabs: readonly SegmentedTab<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  /** The tablist's accessible name. */
  label: string;
  /** Classes for the tablist and for the panel below it. */
  className?: string;
  panelClassName?: string;
  /** Places the tablist in a bar of the caller's (a view's Toolbar); without it the tablist stands alone. */
  bar?: (tablist: ReactNode) => ReactNode;
  children: ReactNode;
}

/** Views of one section as a tablist drawn as a segmented control; arrow keys, Home and End move between them. */
export function SegmentedTabs<Id extends string>({
  tabs,
  selected,
  onSelect,
  label,
  className,
  panelClassName,
  bar,
  children,
}: SegmentedTabsProps<Id>) {
  const baseId = useId();
  const buttons = useRef(new Map<Id, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const current = tabs.findIndex((tab) => tab.id === selected);
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = tabs[(next + tabs.length) % tabs.length]!;
    onSelect(target.id);
    buttons.current.get(target.id)?.focus();
  }

  const tablist = (
    <div
      className={`segmented${className ? ` ${className}` : ''}`}
      role="tablist"
      aria-label={label}
      onKeyDown={onKeyDown}
    >
      {tabs.map((tab) => {
        const isSelected = tab.id === selected;
        return (
          <button
            key={tab.id}
            ref={(element) => {
              if (element) buttons.current.set(tab.id, element);
              else buttons.current.delete(tab.id);
            }}
            id={`${baseId}-tab-${tab.id}`}
            type="button"
            role="tab"
            className="segmented__option"
            aria-selected={isSelected}
            aria-controls={isSelected ? `${baseId}-panel` : undefined}
            tabIndex={isSelected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
  return (
    <>
      {bar ? bar(tablist) : tablist}
      <div
        id={`${baseId}-panel`}
        role="tabpanel"
        aria-labelledby={`${baseId}-tab-${selected}`}
        className={panelClassName}
      >
        {children}
      </div>
    </>
  );
}
