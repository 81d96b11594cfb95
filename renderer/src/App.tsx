import { useEffect, useRef } from 'react';
import { useT } from './i18n/hooks';
import { commonTexts } from './i18n/common-texts';
import { ProjectBar, ProjectView } from './project/ProjectView';
import { AboutDialog } from './shell/AboutDialog';
import { AppHeader } from './shell/AppHeader';
import { ErrorAlert } from './components/ErrorAlert';
import { ProjectPathDialog } from './start/ProjectPathDialog';
import { StartScreen } from './start/StartScreen';
import { WorkbenchProvider, useWorkbench } from './stores/workbench-context';
import type { WorkbenchStore } from './stores/workbench-store';

export function App({ store }: { store: WorkbenchStore }) {
  useEffect(() => {
    void store.getState().start();
    return store.getState().listenToHost();
  }, [store]);
  return (
    <WorkbenchProvider store={store}>
      <Shell />
    </WorkbenchProvider>
  );
}

function Shell() {
  const t = useT(commonTexts);
  const phase = useWorkbench((state) => state.phase);
  const language = useWorkbench((state) => state.language);
  const project = useWorkbench((state) => state.project);
  const pathDialog = useWorkbench((state) => state.pathDialog);
  const aboutOpen = useWorkbench((state) => state.aboutOpen);
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  useEffect(() => {
    document.title = project ? `${project.name} – ${t('app.name')}` : t('app.name');
  }, [project, t]);

  useScreenHeadingFocus(phase === 'ready' ? (project?.path ?? '') : null);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader>{phase === 'ready' && project && <ProjectBar project={project} />}</AppHeader>
      <main id="main" ref={mainRef} className={`app-main${project ? ' app-main--project' : ''}`} tabIndex={-1}>
        {/* While the path dialog is open it shows the error itself; the page behind it is inert. */}
        {!pathDialog && <ErrorAlert />}
        {phase !== 'ready' ? (
          <p role="status" className="muted">
            {t('app.starting')}
          </p>
        ) : project ? (
          <ProjectView />
        ) : (
          <StartScreen />
        )}
      </main>
      {pathDialog && <ProjectPathDialog mode={pathDialog} />}
      {aboutOpen && <AboutDialog />}
    </>
  );
}

/**
 * When the screen changes (a project opens or closes), focus moves to the new screen's heading (a project's
 * is in the header), so
 * keyboard and screen-reader users start at its top instead of on a button that no longer exists.
 * Not on the first screen after start: there the skip link must stay the first tab stop.
 * `screen` is null while starting.
 */
function useScreenHeadingFocus(screen: string | null) {
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (screen === null || screen === shown.current) return;
    const isFirst = shown.current === null;
    shown.current = screen;
    if (!isFirst) document.querySelector<HTMLElement>('h1')?.focus();
  }, [screen]);
}
