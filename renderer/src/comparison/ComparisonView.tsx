import { useEffect } from 'react';
import type { WerkbankApi } from '../../../shared/contract/api';
import { useT } from '../i18n/hooks';
import { comparisonTexts } from './comparison-texts';
import { ErrorAlert } from '../components/ErrorAlert';
import { Workbench } from '../components/Workbench';
import { storeFor } from '../stores/store-for';
import { useWorkbench } from '../stores/workbench-context';
import { AgreementPanel } from './AgreementPanel';
import { ComparedCoders } from './ComparedCoders';
import { CodingsCsv } from './CodingsCsv';
import { ComparisonProvider, useComparison } from './comparison-context';
import { createComparisonStore, type ComparisonStore } from './comparison-store';
import { DisagreementPanel } from './DisagreementPanel';
import { MergePanel } from './MergePanel';
import './comparison.css';

/** One comparison store per engine connection, so coming back to the view keeps the chosen coders and page. */
function comparisonStoreFor(api: WerkbankApi): ComparisonStore {
  return storeFor(api, createComparisonStore);
}

export interface ComparisonViewProps {
  dataset: string;
  /** The text column being coded: the disagreement list shows it. */
  textColumn: string;
}

/**
 * The coders' work side by side: agreement per condition, the disagreements resolved into a consensus,
 * and codings brought in from another coder's project or a CSV file. Shown only after the coder opens it,
 * since coding is blind until then.
 */
export function ComparisonView({ dataset, textColumn }: ComparisonViewProps) {
  const api = useWorkbench((state) => state.api);
  const project = useWorkbench((state) => state.project?.path ?? null);
  const store = comparisonStoreFor(api);
  useEffect(() => {
    if (project) void store.getState().open(project, dataset, textColumn);
  }, [store, project, dataset, textColumn]);
  return (
    <ComparisonProvider store={store}>
      <ComparisonContent />
    </ComparisonProvider>
  );
}

function ComparisonContent() {
  const t = useT(comparisonTexts);
  const loaded = useComparison((state) => state.lineage !== null);
  const error = useComparison((state) => state.error);
  const dismissError = useComparison((state) => state.dismissError);
  return (
    <div className="comparison">
      <ErrorAlert own={{ error, dismiss: dismissError }} />
      {loaded ? (
        <Workbench
          side={{
            id: 'coding.compare',
            title: t('comparison.coders.legend'),
            resizeLabel: t('workbench.resize'),
            width: 260,
            content: (
              <>
                <p className="field__hint">{t('comparison.intro')}</p>
                <ComparedCoders />
              </>
            ),
          }}
        >
          <AgreementPanel />
          <DisagreementPanel />
          <div className="comparison__exchange">
            <MergePanel />
            <CodingsCsv />
          </div>
        </Workbench>
      ) : (
        !error && (
          <p role="status" className="muted">
            {t('comparison.loading')}
          </p>
        )
      )}
    </div>
  );
}
