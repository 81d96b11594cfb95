import { useEffect, useId, useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import type { Codebook, CodebookCode } from '../../../shared/codebook/codebook-types';
import { useLanguage, useT } from '../i18n/hooks';
import { codebookTexts } from './codebook-texts';
import { useCodebook } from './codebook-context';
import { visibleChildren, visibleItems } from './code-tree';
import { Swatch } from './Swatch';

/** The id of a code's tree item, so the focus can be put on a code found by its GUID. */
function treeItemId(guid: string): string {
  return `codebook-item-${guid}`;
}

/**
 * The codebook as an ARIA tree. One item is in the tab order (the selected one); the arrow keys move
 * through the shown codes and open and close branches, Home and End go to the first and last code.
 * The selection follows the focus, so the details beside the tree always show the code the user is on.
 */
export function CodeTree({ codebook }: { codebook: Codebook }) {
  const t = useT(codebookTexts);
  const hintId = useId();
  const selected = useCodebook((state) => state.selected);
  const expanded = useCodebook((state) => state.expanded);
  const showArchived = useCodebook((state) => state.showArchived);
  const focusRequest = useCodebook((state) => state.focusRequest);
  const select = useCodebook((state) => state.select);
  const setExpanded = useCodebook((state) => state.setExpanded);
  const focusDone = useCodebook((state) => state.focusDone);
  const items = useMemo(() => visibleItems(codebook.codes, expanded, showArchived), [codebook, expanded, showArchived]);
  const tabStop = items.some((item) => item.code.guid === selected) ? selected : (items[0]?.code.guid ?? null);

  useEffect(() => {
    if (!focusRequest) return;
    document.getElementById(treeItemId(focusRequest))?.focus();
    focusDone();
  }, [focusRequest, focusDone]);

  function moveTo(guid: string | null | undefined) {
    if (!guid) return;
    select(guid);
    document.getElementById(treeItemId(guid))?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const index = items.findIndex((item) => item.code.guid === tabStop);
    const item = items[index];
    if (!item) return;
    const children = visibleChildren(item.code, showArchived);
    const open = expanded.has(item.code.guid);
    const actions: Record<string, () => void> = {
      ArrowDown: () => moveTo(items[index + 1]?.code.guid),
      ArrowUp: () => moveTo(items[index - 1]?.code.guid),
      Home: () => moveTo(items[0]?.code.guid),
      End: () => moveTo(items[items.length - 1]?.code.guid),
      ArrowRight: () => {
        if (children.length === 0) return;
        if (!open) setExpanded(item.code.guid, true);
        else moveTo(children[0]?.guid);
      },
      ArrowLeft: () => {
        if (open && children.length > 0) setExpanded(item.code.guid, false);
        else moveTo(item.parent);
      },
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  return (
    <div className="code-tree">
      <p id={hintId} className="field__hint">
        {t('codebook.treeHint')}
      </p>
      <ul
        className="code-tree__list"
        role="tree"
        data-main-content
        aria-label={t('codebook.treeLabel')}
        aria-describedby={hintId}
        onKeyDown={onKeyDown}
      >
        <TreeLevel codes={codebook.codes} level={1} tabStop={tabStop} />
      </ul>
    </div>
  );
}

function TreeLevel({ codes, level, tabStop }: { codes: CodebookCode[]; level: number; tabStop: string | null }) {
  const showArchived = useCodebook((state) => state.showArchived);
  return (showArchived ? codes : codes.filter((code) => !code.archived)).map((code) => (
    <TreeItem key={code.guid} code={code} level={level} tabStop={tabStop} />
  ));
}

function TreeItem({ code, level, tabStop }: { code: CodebookCode; level: number; tabStop: string | null }) {
  const t = useT(codebookTexts);
  const language = useLanguage();
  const labelId = useId();
  const selected = useCodebook((state) => state.selected === code.guid);
  const open = useCodebook((state) => state.expanded.has(code.guid));
  const showArchived = useCodebook((state) => state.showArchived);
  const select = useCodebook((state) => state.select);
  const setExpanded = useCodebook((state) => state.setExpanded);
  const children = visibleChildren(code, showArchived);

  function onClick(event: MouseEvent) {
    // Items are nested: the click belongs to the innermost one.
    event.stopPropagation();
    select(code.guid);
  }

  function onToggle(event: MouseEvent) {
    event.stopPropagation();
    select(code.guid);
    setExpanded(code.guid, !open);
  }

  const classes = [
    'code-tree__item',
    code.conditionId ? 'code-tree__item--condition' : '',
    code.archived ? 'code-tree__item--archived' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li
      id={treeItemId(code.guid)}
      role="treeitem"
      className={classes}
      aria-level={level}
      aria-expanded={children.length > 0 ? open : undefined}
      aria-selected={selected}
      aria-labelledby={labelId}
      tabIndex={code.guid === tabStop ? 0 : -1}
      onClick={onClick}
    >
      <div className="code-tree__row" style={{ paddingInlineStart: `calc(${level - 1} * 1.5rem + var(--space-2))` }}>
        {/* The arrow keys do the same for keyboard users; this is for the mouse. */}
        <span
          className={`code-tree__toggle${children.length > 0 ? '' : ' code-tree__toggle--leaf'}`}
          aria-hidden="true"
          onClick={children.length > 0 ? onToggle : undefined}
        >
          {children.length > 0 ? (open ? '▾' : '▸') : ''}
        </span>
        <Swatch color={code.effectiveColor} />
        <span id={labelId} className="code-tree__label">
          <span className="code-tree__name">{code.label[language] ?? code.label.nl}</span>
          {/* Bold at the top level shows a condition; a screen reader hears it said. */}
          {code.conditionId && <span className="visually-hidden">, {t('codebook.badge.condition')}</span>}
          {!code.codable && <span className="code-badge">{t('codebook.badge.category')}</span>}
          {code.archived && <span className="code-badge code-badge--archived">{t('codebook.badge.archived')}</span>}
        </span>
      </div>
      {children.length > 0 && open && (
        <ul role="group" className="code-tree__group">
          <TreeLevel codes={code.children} level={level + 1} tabStop={tabStop} />
        </ul>
      )}
    </li>
  );
}
