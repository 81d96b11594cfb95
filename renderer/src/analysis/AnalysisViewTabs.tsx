import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../i18n/hooks';
import type { MessageKey } from '../i18n/messages.nl';
import { useAnalysis } from './analysis-context';
import type { AnalysisView } from './analysis-store';

const views: { id: AnalysisView; label: MessageKey }[] = [
  { id: 'indicators', label: 'analysis.view.indicators' },
  { id: 'profiles', label: 'analysis.view.profiles' },
  { id: 'words', label: 'codingProfile.view' },
  { id: 'crosstabs', label: 'crosstab.view' },
];

/** Indicators and profiles as a tablist (arrow keys move between them), drawn as a segmented control. */
export function AnalysisViewTabs({ children }: { children: ReactNode }) {
  const t = useT();
  const baseId = useId();
  const view = useAnalysis((state) => state.view);
  const setView = useAnalysis((state) => state.setView);
  const tabs = useRef(new Map<AnalysisView, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const current = views.findIndex((v) => v.id === view);
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: views.length - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = views[(next + views.length) % views.length]!;
    setView(target.id);
    tabs.current.get(target.id)?.focus();
  }

  return (
    <>
      <div className="segmented analysis__views" role="tablist" aria-label={t('analysis.views')} onKeyDown={onKeyDown}>
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
              onClick={() => setView(item.id)}
            >
              {t(item.label)}
            </button>
          );
        })}
      </div>
      <div id={`${baseId}-panel`} role="tabpanel" aria-labelledby={`${baseId}-tab-${view}`} className="analysis__panel">
        {children}
      </div>
    </>
  );
}
