import { Button } from '../components/Button';
import { useT } from '../i18n/hooks';
import { startTexts } from './start-texts';
import { useWorkbench } from '../stores/workbench-context';
import { RecentProjectList } from './RecentProjectList';

export function StartScreen() {
  const t = useT(startTexts);
  const requestNewProject = useWorkbench((state) => state.requestNewProject);
  const requestOpenProject = useWorkbench((state) => state.requestOpenProject);
  const openExample = useWorkbench((state) => state.openExample);
  const exampleBusy = useWorkbench((state) => state.exampleBusy);
  return (
    <div className="start">
      <section className="start__intro">
        <h1 className="start__title" tabIndex={-1}>
          {t('app.name')}
        </h1>
        <p className="lead">{t('start.tagline')}</p>
        <div className="button-row">
          <Button variant="primary" onClick={() => void requestNewProject()}>
            {t('start.newProject')}
          </Button>
          <Button onClick={() => void requestOpenProject()}>{t('start.openProject')}</Button>
          <Button onClick={() => void openExample()} disabled={exampleBusy}>
            {t('start.openExample')}
          </Button>
        </div>
        <p role="status" className="muted">
          {exampleBusy ? t('start.exampleBusy') : ''}
        </p>
        <p className="start__privacy">{t('start.privacy')}</p>
      </section>
      <RecentProjectList />
    </div>
  );
}
