import { EmptyState } from '../components/EmptyState';
import { useT } from '../i18n/hooks';
import { projectTexts, type ProjectKey } from './project-texts';
import type { SectionId } from '../stores/workbench-store';

type UpcomingSectionId = Exclude<SectionId, 'data' | 'codebook' | 'coding' | 'analysis'>;

const texts: Record<UpcomingSectionId, { title: ProjectKey; body: ProjectKey }> = {
  session: { title: 'session.emptyTitle', body: 'session.emptyBody' },
};

/** A section that is not built yet says what it will hold, so the way through the work is clear from the start. */
export function UpcomingSection({ section }: { section: UpcomingSectionId }) {
  const t = useT(projectTexts);
  const text = texts[section];
  return (
    <EmptyState title={t(text.title)} main>
      <p>{t(text.body)}</p>
      <p className="muted">{t('placeholder.nextVersion')}</p>
    </EmptyState>
  );
}
