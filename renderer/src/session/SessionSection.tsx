import { useEffect, useId, type KeyboardEvent } from 'react';
import { Button } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { Toolbar } from '../components/Toolbar';
import { Workbench } from '../components/Workbench';
import { useT } from '../i18n/hooks';
import { useWorkbench } from '../stores/workbench-context';
import { AgendaList } from './AgendaList';
import { PresentingDesk } from './PresentingDesk';
import { RecordExport } from './RecordExport';
import { SessionList } from './SessionList';
import { SessionSettings } from './SessionSettings';
import { SessionStatusLine } from './SessionStatusLine';
import { SessionProvider, sessionStoreFor, useSession } from './session-context';
import { sessionTexts } from './session-texts';
import { StepPanel } from './StepPanel';
import './session.css';

/** The Sessie section: the facilitator's screen for a werkplaats session with partners. */
export function SessionSection() {
  const api = useWorkbench((state) => state.api);
  const project = useWorkbench((state) => state.project);
  const store = sessionStoreFor(api);
  useEffect(() => {
    if (project) void store.getState().open(project.path);
  }, [store, project]);
  return (
    <SessionProvider store={store}>
      <SessionContent />
    </SessionProvider>
  );
}

/** Whether a key press is the platform's undo outside a text field (a text field keeps its own undo). */
function isUndo(event: KeyboardEvent): boolean {
  if (event.key.toLowerCase() !== 'z' || event.shiftKey || event.altKey || !(event.ctrlKey || event.metaKey))
    return false;
  const target = event.target as HTMLElement;
  return !target.closest('input, textarea, select, [contenteditable="true"]');
}

function SessionContent() {
  const t = useT(sessionTexts);
  const titleId = useId();
  const sessions = useSession((state) => state.sessions);
  const session = useSession((state) => state.session);
  const presenting = useSession((state) => state.presenting);
  const error = useSession((state) => state.error);
  const dismissError = useSession((state) => state.dismissError);
  const undo = useSession((state) => state.undo);
  const present = useSession((state) => state.present);

  if (sessions === 'loading') return <p role="status">{t('session.loading')}</p>;

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (!isUndo(event)) return;
    event.preventDefault();
    void undo();
  }

  const firstStep = session?.agenda[0]?.id ?? null;
  return (
    <section className="session" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <Workbench
        toolbar={
          <Toolbar title={t('session.title')} titleId={titleId} description={t('session.intro')}>
            {session && (
              <>
                <Button
                  disabled={!session.canUndo}
                  onClick={() => void undo()}
                  aria-keyshortcuts="Control+Z Meta+Z"
                  title={t('session.undoHint')}
                >
                  {t('session.undo')}
                </Button>
                {presenting ? (
                  <Button variant="primary" onClick={() => void present(null)}>
                    {t('present.stop')}
                  </Button>
                ) : (
                  <Button
                    variant="primary"
                    disabled={firstStep === null}
                    onClick={() => firstStep !== null && void present(firstStep)}
                  >
                    {t('present.start')}
                  </Button>
                )}
              </>
            )}
          </Toolbar>
        }
        side={{
          id: 'session-side',
          title: t('session.sessions'),
          resizeLabel: t('session.sideWidth'),
          width: 340,
          content: (
            <>
              <SessionList />
              {session && <SessionSettings key={session.id} session={session} />}
            </>
          ),
        }}
      >
        <ErrorAlert own={{ error, dismiss: dismissError }} />
        <SessionStatusLine />
        {sessions === 'unavailable' ? null : !session ? (
          <EmptyState title={t('session.noneTitle')} main>
            <p>{t('session.noneBody')}</p>
          </EmptyState>
        ) : presenting ? (
          <PresentingDesk session={session} />
        ) : (
          <>
            <div className="session__desk" data-main-content>
              <AgendaList session={session} />
              <StepPanel session={session} />
            </div>
            <RecordExport session={session} />
          </>
        )}
      </Workbench>
    </section>
  );
}
