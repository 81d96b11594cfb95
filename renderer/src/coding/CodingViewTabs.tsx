import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../i18n/hooks';
import type { MessageKey } from '../i18n/messages.nl';

export type CodingView = 'code' | 'compare';

const views: { id: CodingView; label: MessageKey }[] = [
  { id: 'code', label: 'coding.view.code' },
  { id: 'compare', label: 'coding.view.compare' },
];

/**
 * Coding blind, or comparing with the other coders: the comparison shows their codings, so it opens only
 * when the coder chooses it. A tablist drawn as a segmented control; arrow keys move between the two.
 */
export function CodingViewTabs({ view, onChange, children }: { view: CodingView; onChange: (view: CodingView) => void; children: ReactNode }) {
  const t = useT();
  const baseId = useId();
  const tabs = useRef(new Map<CodingView, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const next = view === 'code' ? 'compare' : 'code';
    onChange(next);
    tabs.current.get(next)?.focus();
  }

  return (
    <>
      <div className="segmented coding__views" role="tablist" aria-label={t('coding.views')} onKeyDown={onKeyDown}>
        {views.map((item) => {
          const selected = item.id === view;
          return (
            <button
              key={item.id}
              ref={(element) => {
                if (element) tabs.current.set(item.id, element);
                else tabs.current.delete(item.id);
              }}
              id={`${baseId}-tab-${item.id}`}
              type="button"
              role="tab"
              className="segmented__option"
              aria-selected={selected}
              aria-controls={selected ? `${baseId}-panel` : undefined}
              tabIndex={selected ? 0 : -1}
              onClick={() => onChange(item.id)}
            >
              {t(item.label)}
            </button>
          );
        })}
      </div>
      <div id={`${baseId}-panel`} role="tabpanel" aria-labelledby={`${baseId}-tab-${view}`}>
        {children}
      </div>
    </>
  );
}
