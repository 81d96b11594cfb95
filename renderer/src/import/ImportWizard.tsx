import { useEffect, useId, useRef, type RefObject } from 'react';
import { useStore } from 'zustand';
import { focusViewStart } from '../components/focusable';
import { useT } from '../i18n/hooks';
import { importTexts, type ImportKey } from './import-texts';
import { ImportFileStep } from './ImportFileStep';
import { ImportPreviewStep } from './ImportPreviewStep';
import { ImportProgress } from './ImportProgress';
import type { ImportStep, ImportWizardStore } from './import-wizard-store';

const steps: { id: ImportStep; label: ImportKey }[] = [
  { id: 'file', label: 'import.step.file' },
  { id: 'preview', label: 'import.step.preview' },
  { id: 'progress', label: 'import.step.import' },
];

/** Import of a CSV or Excel file in three steps: file, preview with every choice, progress. */
export function ImportWizard({ wizard }: { wizard: ImportWizardStore }) {
  const t = useT(importTexts);
  const titleId = useId();
  const step = useStore(wizard, (state) => state.step);
  const jobState = useStore(wizard, (state) => state.job?.state ?? null);
  const bodyRef = useRef<HTMLDivElement>(null);
  useStepStartFocus(bodyRef, `${step}:${jobState ?? ''}`);

  return (
    <section className="import-wizard" aria-labelledby={titleId}>
      <div className="import-wizard__header">
        <h2 id={titleId} className="import-wizard__title" tabIndex={-1}>
          {t('import.title')}
        </h2>
        <ol className="steps" aria-label={t('import.steps')}>
          {steps.map((item, index) => (
            <li key={item.id} className="steps__item" aria-current={item.id === step ? 'step' : undefined}>
              <span className="steps__number" aria-hidden="true">
                {index + 1}
              </span>
              {t(item.label)}
            </li>
          ))}
        </ol>
      </div>
      <div ref={bodyRef} className="import-wizard__body">
        {step === 'file' ? (
          <ImportFileStep wizard={wizard} />
        ) : step === 'preview' ? (
          <ImportPreviewStep wizard={wizard} />
        ) : (
          <ImportProgress wizard={wizard} />
        )}
      </div>
    </section>
  );
}

/** A new step (or the import's outcome) replaces the controls that led to it, so focus moves to its start. */
function useStepStartFocus(bodyRef: RefObject<HTMLDivElement | null>, stage: string) {
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (stage === shown.current) return;
    const isFirst = shown.current === null;
    shown.current = stage;
    if (!isFirst) focusViewStart(bodyRef.current, 'h3');
  }, [bodyRef, stage]);
}
