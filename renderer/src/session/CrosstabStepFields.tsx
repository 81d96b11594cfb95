import { useEffect, useState } from 'react';
import type { SessionStep } from '../../../shared/session/session-types';
import { SelectField } from '../components/SelectField';
import { useT } from '../i18n/hooks';
import { useWorkbench } from '../stores/workbench-context';
import { useSession } from './session-context';
import { sessionTexts } from './session-texts';

const none = '';

/**
 * A cross-tab step's table: a dataset and the variables of its rows and columns. It is always shown with
 * the partner audience, so cells under the publication threshold are left out on the projector.
 */
export function CrosstabStepFields({ step }: { step: SessionStep }) {
  const t = useT(sessionTexts);
  const datasets = useWorkbench((state) => state.datasets);
  const updateStep = useSession((state) => state.updateStep);
  const loadVariables = useSession((state) => state.loadVariables);
  // The table is saved once it has a dataset, rows and columns; until then the choice is kept here.
  const [choice, setChoice] = useState({
    dataset: step.crosstab?.dataset ?? none,
    rows: step.crosstab?.rows.variable ?? none,
    cols: step.crosstab?.cols.variable ?? none,
  });
  const variables = useSession((state) => (choice.dataset ? state.variables[choice.dataset] : undefined));
  useEffect(() => {
    if (choice.dataset) void loadVariables(choice.dataset);
  }, [choice.dataset, loadVariables]);

  const names = Array.isArray(datasets) ? datasets.map((candidate) => candidate.name) : [];
  // Open answers are no categories: a cross-tab of them would show respondents' own words.
  const usable = (variables ?? []).filter((variable) => variable.type !== 'text' && variable.role !== 'id');
  const options = [
    { value: none, label: t('crosstab.chooseVariable') },
    ...usable.map((variable) => ({ value: variable.name, label: variable.label ?? variable.name })),
  ];

  function choose(next: typeof choice) {
    setChoice(next);
    if (next.dataset && next.rows && next.cols) {
      void updateStep(step.id, {
        crosstab: {
          dataset: next.dataset,
          rows: { variable: next.rows },
          cols: { variable: next.cols },
          audience: 'partner',
        },
      });
    }
  }

  return (
    <div className="session-step__fields">
      <SelectField
        label={t('crosstab.dataset')}
        value={choice.dataset}
        options={[
          { value: none, label: t('crosstab.chooseDataset') },
          ...names.map((name) => ({ value: name, label: name })),
        ]}
        onChange={(dataset) => choose({ dataset, rows: none, cols: none })}
      />
      {choice.dataset && (
        <>
          <SelectField
            label={t('crosstab.rows')}
            value={choice.rows}
            options={options}
            onChange={(rows) => choose({ ...choice, rows })}
          />
          <SelectField
            label={t('crosstab.cols')}
            value={choice.cols}
            options={options}
            onChange={(cols) => choose({ ...choice, cols })}
          />
        </>
      )}
      <p className="field__hint">{t('crosstab.partnerHint')}</p>
    </div>
  );
}
