import { useId, useRef, type KeyboardEvent } from 'react';
import { AnalysisSection } from '../analysis/AnalysisSection';
import { CodebookSection } from '../codebook/CodebookSection';
import { CodingSection } from '../coding/CodingSection';
import { useT } from '../i18n/hooks';
import { useWorkbench } from '../stores/workbench-context';
import type { SectionId } from '../stores/workbench-store';
import { DataSection } from './DataSection';
import { sections } from './sections';
import { UpcomingSection } from './UpcomingSection';

/**
 * The project's sections as an ARIA tablist. One tab is in the tab order (roving tabindex); the arrow
 * keys, Home and End move between tabs and select the one they land on.
 */
export function SectionTabs() {
  const t = useT();
  const baseId = useId();
  const activeSection = useWorkbench((state) => state.activeSection);
  const selectSection = useWorkbench((state) => state.selectSection);
  const tabRefs = useRef(new Map<SectionId, HTMLButtonElement>());

  const tabId = (id: SectionId) => `${baseId}-tab-${id}`;
  const panelId = (id: SectionId) => `${baseId}-panel-${id}`;

  function moveTo(index: number) {
    const count = sections.length;
    const target = sections[((index % count) + count) % count];
    if (!target) return;
    selectSection(target.id);
    tabRefs.current.get(target.id)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const current = sections.findIndex((section) => section.id === activeSection);
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: sections.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    moveTo(next);
  }

  return (
    <div className="section-tabs">
      <div className="tablist" role="tablist" aria-label={t('project.sections')} onKeyDown={onKeyDown}>
        {sections.map((section) => {
          const selected = section.id === activeSection;
          return (
            <button
              key={section.id}
              ref={(element) => {
                if (element) tabRefs.current.set(section.id, element);
                else tabRefs.current.delete(section.id);
              }}
              id={tabId(section.id)}
              type="button"
              role="tab"
              className="tab"
              aria-selected={selected}
              // Only the selected section's panel is rendered; a reference to a missing panel is invalid ARIA.
              aria-controls={selected ? panelId(section.id) : undefined}
              tabIndex={selected ? 0 : -1}
              onClick={() => selectSection(section.id)}
            >
              {t(section.label)}
            </button>
          );
        })}
      </div>
      <div
        className="tabpanel"
        role="tabpanel"
        id={panelId(activeSection)}
        aria-labelledby={tabId(activeSection)}
        tabIndex={0}
      >
        {activeSection === 'data' ? (
          <DataSection />
        ) : activeSection === 'codebook' ? (
          <CodebookSection />
        ) : activeSection === 'coding' ? (
          <CodingSection />
        ) : activeSection === 'analysis' ? (
          <AnalysisSection />
        ) : (
          <UpcomingSection section={activeSection} />
        )}
      </div>
    </div>
  );
}
