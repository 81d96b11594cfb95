import type { ProjectInfo } from '../../../shared/contract/channels';
import { Button } from '../components/Button';
import { useT } from '../i18n/hooks';
import { projectTexts } from './project-texts';
import { useWorkbench } from '../stores/workbench-context';
import { SectionPanel, SectionTabList } from './SectionTabs';

/** The open project in the header's one row: its name (the file's path as a tooltip), its sections, close. */
export function ProjectBar({ project }: { project: ProjectInfo }) {
  const t = useT(projectTexts);
  const closeProject = useWorkbench((state) => state.closeProject);
  return (
    <div className="project-bar">
      <h1 className="project-bar__name" tabIndex={-1} title={`${t('project.file')}: ${project.path}`}>
        {project.name}
      </h1>
      <SectionTabList />
      <Button variant="quiet" className="project-bar__close" onClick={() => void closeProject()}>
        {t('project.close')}
      </Button>
    </div>
  );
}

/** The open project's selected section, over the whole main area. */
export function ProjectView() {
  return <SectionPanel />;
}
