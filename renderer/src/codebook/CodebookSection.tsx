import { useEffect, useId } from 'react';
import { CheckboxField } from '../components/CheckboxField';
import { useT } from '../i18n/hooks';
import { codebookTexts } from './codebook-texts';
import { ErrorAlert } from '../components/ErrorAlert';
import { useWorkbench } from '../stores/workbench-context';
import { CodebookProvider, codebookStoreFor, useCodebook } from './codebook-context';
import { CodebookHistory } from './CodebookHistory';
import { CodebookSets } from './CodebookSets';
import { CodeDetails } from './CodeDetails';
import { CodeTree } from './CodeTree';
import { KeywordTools } from './KeywordTools';
import { QdcExchange } from './QdcExchange';
import { SplitPane } from '../components/SplitPane';
import { TextField } from '../components/TextField';
import { Toolbar } from '../components/Toolbar';
import { Workbench } from '../components/Workbench';
import './codebook.css';

/** The Codeboek section: the tree of codes under the four conditions, editing, keywords, exchange and history. */
export function CodebookSection() {
  const api = useWorkbench((state) => state.api);
  const project = useWorkbench((state) => state.project);
  const store = codebookStoreFor(api);
  useEffect(() => {
    if (project) void store.getState().open(project.path);
  }, [store, project]);
  return (
    <CodebookProvider store={store}>
      <CodebookContent />
    </CodebookProvider>
  );
}

function CodebookContent() {
  const t = useT(codebookTexts);
  const titleId = useId();
  const codebook = useCodebook((state) => state.codebook);
  const error = useCodebook((state) => state.error);
  const dismissError = useCodebook((state) => state.dismissError);
  const showArchived = useCodebook((state) => state.showArchived);
  const setShowArchived = useCodebook((state) => state.setShowArchived);
  const coder = useCodebook((state) => state.coder);
  const setCoder = useCodebook((state) => state.setCoder);
  const lastSaved = useCodebook((state) => state.lastSaved);

  if (codebook === 'loading') return <p role="status">{t('codebook.loading')}</p>;
  if (codebook === 'unavailable') return <ErrorAlert own={{ error, dismiss: dismissError }} />;

  return (
    <section className="codebook" aria-labelledby={titleId}>
      <Workbench
        toolbar={
          <Toolbar
            title={
              <>
                {t('codebook.title')}{' '}
                <span className="codebook__version">{t('codebook.version', { version: codebook.version })}</span>
              </>
            }
            titleId={titleId}
            description={t('codebook.intro')}
          >
            <div className="codebook__coder">
              <TextField label={t('codebook.coder')} value={coder} onChange={setCoder} hint={t('codebook.coderHint')} />
            </div>
            <CheckboxField label={t('codebook.showArchived')} checked={showArchived} onChange={setShowArchived} />
            <p role="status" className="codebook__status">
              {lastSaved !== null && t('codebook.status.saved', { version: lastSaved })}
            </p>
          </Toolbar>
        }
      >
        <ErrorAlert own={{ error, dismiss: dismissError }} />
        <SplitPane
          id="codebook.tree"
          label={t('codebook.resizeTree')}
          initial={380}
          min={240}
          max={720}
          first={
            <div className="codebook__tree panel">
              <CodeTree codebook={codebook} />
              <CodebookSets codebook={codebook} />
            </div>
          }
          second={
            <div className="codebook__details panel" aria-label={t('codebook.details.title')} role="region">
              <CodeDetails codebook={codebook} />
            </div>
          }
        />
        <div className="codebook__lower">
          <KeywordTools codebook={codebook} />
          <QdcExchange />
          <CodebookHistory codebook={codebook} />
        </div>
      </Workbench>
    </section>
  );
}
