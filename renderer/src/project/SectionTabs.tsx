import { useRef, type KeyboardEvent } from 'react';
import { AnalysisSection } from '../analysis/AnalysisSection';
import { CodebookSection } from '../codebook/CodebookSection';
import { CodingSection } from '../coding/CodingSection';
import { useT } from '../i18n/hooks';
import { projectTexts } from './project-texts';
import { useWorkbench } from '../stores/workbench-context';
import type { SectionId } from '../stores/workbench-store';
import { DataSection } from './DataSection';
import { sections } from './sections';
import { SessionSection } from '../session/SessionSection';

// One project view at a time, so the tabs (in the header) and the panel (in the main area) share fixed ids.
const tabId = (id: SectionId) => `section-tab-${id}`;
const panelId = (id: SectionId) => `section-panel-${id}`;

/**
 * The project's sections as an ARIA tablist, in the header. One tab is in the tab order (roving tabindex);
 * the arrow keys, Home and End move between tabs and select the one they land on.
 */
export function SectionTabList() {
  const t = useT(projectTexts);
  const activeSection = useWorkbench((state) => state.activeSection);
  const selectSection = useWorkbench((state) => state.selectSection);
  const tabRefs = useRef(new Map<SectionId, HTMLButtonElement>());

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
    <div className="tablist section-tabs" role="tablist" aria-label={t('project.sections')} onKeyDown={onKeyDown}>
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
  );
}

/** The selected section, filling the main area below the header. */
export function SectionPanel() {
  const activeSection = useWorkbench((state) => state.activeSection);
  return (
    <div
      className="tabpanel section-panel"
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
        <SessionSection />
      )}
    </div>
  );
}
