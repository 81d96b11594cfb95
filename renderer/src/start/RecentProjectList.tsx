import { useId } from 'react';
import type { RecentProject } from '../../../shared/contract/channels';
import { Button } from '../components/Button';
import { useFormat, useT } from '../i18n/hooks';
import { startTexts } from './start-texts';
import { useWorkbench } from '../stores/workbench-context';

export function RecentProjectList() {
  const t = useT(startTexts);
  const titleId = useId();
  const recentProjects = useWorkbench((state) => state.recentProjects);
  return (
    <section className="start__recent panel" aria-labelledby={titleId}>
      <h2 id={titleId} className="panel__title">
        {t('start.recentTitle')}
      </h2>
      {recentProjects.length === 0 ? (
        <p className="muted">{t('start.recentEmpty')}</p>
      ) : (
        <ul className="recent-list" aria-labelledby={titleId}>
          {recentProjects.map((project) => (
            <RecentProjectItem key={project.path} project={project} />
          ))}
        </ul>
      )}
    </section>
  );
}

function RecentProjectItem({ project }: { project: RecentProject }) {
  const t = useT(startTexts);
  const format = useFormat();
  const openButtonId = useId();
  const detailsId = useId();
  const openProject = useWorkbench((state) => state.openProject);
  const forgetRecentProject = useWorkbench((state) => state.forgetRecentProject);
  return (
    <li className={project.exists ? 'recent-item' : 'recent-item recent-item--missing'}>
      <div className="recent-item__text">
        {/* The button's name is the project name alone, so it can be found by it; path and date describe it. */}
        <button
          id={openButtonId}
          type="button"
          className="recent-item__open"
          aria-describedby={detailsId}
          onClick={() => void openProject(project.path)}
        >
          {project.name}
        </button>
        <p id={detailsId} className="recent-item__details">
          <span className="recent-item__path">{project.path}</span>
          <span>{t('start.recentOpenedAt', { date: format.dateTime(project.openedAt) })}</span>
          {!project.exists && <span className="badge badge--warning">{t('start.recentMissing')}</span>}
        </p>
      </div>
      <Button variant="quiet" aria-describedby={openButtonId} onClick={() => void forgetRecentProject(project.path)}>
        {t('start.recentForget')}
      </Button>
    </li>
  );
}
