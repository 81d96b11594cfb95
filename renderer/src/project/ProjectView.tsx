import type { ProjectInfo } from '../../../shared/contract/channels';
import { Button } from '../components/Button';
import { useT } from '../i18n/hooks';
import { useWorkbench } from '../stores/workbench-context';
import { SectionTabs } from './SectionTabs';

export function ProjectView({ project }: { project: ProjectInfo }) {
  const t = useT();
  const closeProject = useWorkbench((state) => state.closeProject);
  return (
    <div className="project">
      <div className="project__header">
        <div className="project__heading">
          <h1 className="project__name" tabIndex={-1}>
            {project.name}
          </h1>
          <p className="project__path">
            <span className="project__path-label">{t('project.file')}:</span>{' '}
            <span className="mono">{project.path}</span>
          </p>
        </div>
        <Button onClick={() => void closeProject()}>{t('project.close')}</Button>
      </div>
      <SectionTabs />
    </div>
  );
}
