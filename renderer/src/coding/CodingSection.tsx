import { useEffect, useId } from 'react';
import { EmptyState } from '../components/EmptyState';
import { Toolbar } from '../components/Toolbar';
import { useT } from '../i18n/hooks';
import { codingTexts } from './coding-texts';
import { ErrorAlert } from '../components/ErrorAlert';
import { useWorkbench } from '../stores/workbench-context';
import { CoderChoice } from './CoderChoice';
import { CodingDesk } from './CodingDesk';
import { CodingProvider, codingStoreFor, useCoding } from './coding-context';
import { CurrentCoder } from './CurrentCoder';
import './coding.css';

/** The Coderen section: a coder codes the records of a dataset's text column, keyboard first, blind to other coders. */
export function CodingSection() {
  const api = useWorkbench((state) => state.api);
  const project = useWorkbench((state) => state.project);
  const datasets = useWorkbench((state) => state.datasets);
  const store = codingStoreFor(api);
  useEffect(() => {
    if (project && Array.isArray(datasets)) void store.getState().open(project.path, datasets);
  }, [store, project, datasets]);
  return (
    <CodingProvider store={store}>
      <CodingContent />
    </CodingProvider>
  );
}

function CodingContent() {
  const t = useT(codingTexts);
  const titleId = useId();
  const datasets = useWorkbench((state) => state.datasets);
  const coders = useCoding((state) => state.coders);
  const switching = useCoding((state) => state.switchingCoder);
  const error = useCoding((state) => state.error);
  const dismissError = useCoding((state) => state.dismissError);

  if (datasets === 'loading' || coders === 'loading') return <p role="status">{t('coding.loading')}</p>;
  if (datasets === 'unavailable') return null;
  if (datasets.length === 0) {
    return (
      <EmptyState title={t('coding.noDataTitle')}>
        <p>{t('coding.noDataBody')}</p>
      </EmptyState>
    );
  }
  const coder = typeof coders === 'object' ? coders.current : null;

  return (
    <section className="coding" aria-labelledby={titleId}>
      {coders === 'unavailable' ? null : coder === null || switching ? (
        <>
          <Toolbar title={t('coding.title')} titleId={titleId} description={t('coding.intro')} />
          <ErrorAlert own={{ error, dismiss: dismissError }} />
          <CoderChoice coders={coders} />
        </>
      ) : (
        <CodingDesk
          coder={coder}
          bar={(controls) => (
            <>
              <Toolbar title={t('coding.title')} titleId={titleId} description={t('coding.intro')}>
                <CurrentCoder name={coder} />
                {controls}
              </Toolbar>
              <ErrorAlert own={{ error, dismiss: dismissError }} />
            </>
          )}
        />
      )}
    </section>
  );
}
