import { useEffect, useId } from 'react';
import type { CrossTable, CrosstabResult } from '../../../shared/crosstab/crosstab-types';
import { useAnalysis } from '../profile/analysis-context';
import { useLanguage, useT } from '../i18n/hooks';
import { crosstabTexts } from './crosstab-texts';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { Toolbar } from '../components/Toolbar';
import { Workbench } from '../components/Workbench';
import { useWorkbench } from '../stores/workbench-context';
import { CellControls } from './CellControls';
import { CrossTableView } from './CrossTableView';
import { CrosstabBuilder } from './CrosstabBuilder';
import { CrosstabExports } from './CrosstabExports';
import { CrosstabProvider, useCrosstab } from './crosstab-context';
import { useCrosstabFormat } from './use-crosstab-format';
import { crosstabStoreFor } from './crosstab-store';
import { needsCuts } from './crosstab-variables';
import { HeatLegend } from './HeatLegend';
import { heatScale } from '../../../shared/crosstab/heat-colours';
import { StatisticsPanel } from './StatisticsPanel';
import { anySuppressed, countWords, partnerThresholdLines, remainingNotes } from './table-notes';
import './crosstab.css';

/**
 * The Analyse section's cross-tab view, for the dataset and audience chosen in the section's header:
 * build a table, read it (cell contents, colouring, tests), export it.
 */
export function CrosstabView() {
  const api = useWorkbench((state) => state.api);
  const language = useLanguage();
  const dataset = useAnalysis((state) => state.dataset);
  const audience = useAnalysis((state) => state.audience);
  const store = crosstabStoreFor(api);
  useEffect(() => {
    void store.getState().setContext({ dataset, audience, language });
  }, [store, dataset, audience, language]);
  // Coming back to the view: labels may have been edited in the Data section meanwhile.
  useEffect(() => {
    void store.getState().refresh();
  }, [store]);
  return (
    <CrosstabProvider store={store}>
      <CrosstabContent />
    </CrosstabProvider>
  );
}

function CrosstabContent() {
  const t = useT(crosstabTexts);
  const titleId = useId();
  const variables = useCrosstab((state) => state.variables);
  const error = useCrosstab((state) => state.error);
  const dismissError = useCrosstab((state) => state.dismissError);

  return (
    <section className="crosstab" aria-labelledby={titleId}>
      <h3 id={titleId} className="visually-hidden">
        {t('crosstab.view')}
      </h3>
      <ErrorAlert own={{ error, dismiss: dismissError }} />
      {variables === 'loading' ? (
        <p role="status">{t('crosstab.variablesLoading')}</p>
      ) : variables === 'unavailable' ? null : variables.length === 0 ? (
        <p data-main-content>{t('crosstab.noVariables')}</p>
      ) : (
        <Workbench
          side={{
            id: 'analysis.crosstab',
            title: t('crosstab.builder'),
            resizeLabel: t('workbench.resize'),
            width: 320,
            content: (
              <>
                <p className="field__hint">{t('crosstab.intro')}</p>
                <CrosstabBuilder variables={variables} />
              </>
            ),
          }}
        >
          <Toolbar className="ct-toolbar">
            <CellControls />
          </Toolbar>
          <CrosstabResultView />
        </Workbench>
      )}
    </section>
  );
}

function CrosstabResultView() {
  const t = useT(crosstabTexts);
  const format = useCrosstabFormat();
  const result = useCrosstab((state) => state.result);
  const computing = useCrosstab((state) => state.computing);
  const measure = useCrosstab((state) => state.measure);
  const heat = useCrosstab((state) => state.heat);
  const axes = useCrosstab((state) => state.axes);
  const variables = useCrosstab((state) => state.variables);

  if (!result) {
    if (computing) return <p role="status">{t('crosstab.computing')}</p>;
    const chosen = Array.isArray(variables)
      ? variables.filter((v) =>
          [axes.rows, axes.cols, axes.layer].some((axis) => axis.variable === v.name && !axis.cuts),
        )
      : [];
    const waitingForCuts = chosen.some(needsCuts);
    return (
      <EmptyState title={t('crosstab.emptyTitle')} headingLevel={4} main>
        <p>{waitingForCuts ? t('crosstab.cutsRequired') : t('crosstab.chooseBoth')}</p>
      </EmptyState>
    );
  }

  const scale = heatScale(heat, measure, result.tables);
  const suppressed = anySuppressed(result);
  const partnerLines = partnerThresholdLines(result, suppressed, t);
  const notes = remainingNotes(result);
  return (
    <div className="crosstab__result" aria-busy={computing}>
      <p className="visually-hidden" role="status">
        {computing ? t('crosstab.computing') : ''}
      </p>
      {result.tables.map((table, index) => (
        <div key={table.layer ? String(table.layer.value) : index} className="ct-layer">
          <CrossTableView result={result} table={table} measure={measure} scale={scale} main={index === 0} />
          <div className="ct-layer__side">
            {/* The key to every table, beside the first, so the table itself starts at the top. */}
            {index === 0 &&
              (result.audience === 'partner' ? (
                <p className="notice notice--partner ct-threshold">
                  <strong>{partnerLines.rule}</strong>
                  {partnerLines.marks && ` ${partnerLines.marks}`}
                </p>
              ) : (
                suppressed && <p className="notice ct-threshold">{t('crosstab.researcherMarks', countWords(result))}</p>
              ))}
            {index === 0 && <HeatLegend scale={scale} t={t} format={format} />}
            <TableFacts result={result} table={table} />
            <StatisticsPanel result={result} table={table} />
          </div>
        </div>
      ))}
      {notes.length > 0 && (
        <ul className="ct-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <CrosstabExports />
    </div>
  );
}

/** How many respondents (or areas) the table holds and how many were left out. */
function TableFacts({ result, table }: { result: CrosstabResult; table: CrossTable }) {
  const t = useT(crosstabTexts);
  const format = useCrosstabFormat();
  const hidden = `<${result.threshold}`;
  const n = table.total.unweighted === null ? hidden : format.integer(table.total.unweighted);
  const excluded = table.missing.excluded === null ? hidden : format.integer(table.missing.excluded);
  return (
    <p className="ct-facts">
      {t('crosstab.facts', { n, unit: countWords(result).unit })}
      <br />
      {result.missingMode === 'category'
        ? t('crosstab.factsMissingCategory')
        : t('crosstab.factsExcluded', { excluded })}
    </p>
  );
}
