import { conditions } from '../../../shared/conditions';
import { EmptyState } from '../components/EmptyState';
import { useLanguage, useT } from '../i18n/hooks';
import type { MessageKey } from '../i18n/messages.nl';
import type { SectionId } from '../stores/workbench-store';

type UpcomingSectionId = Exclude<SectionId, 'data'>;

const texts: Record<UpcomingSectionId, { title: MessageKey; body: MessageKey }> = {
  codebook: { title: 'codebook.emptyTitle', body: 'codebook.emptyBody' },
  coding: { title: 'coding.emptyTitle', body: 'coding.emptyBody' },
  analysis: { title: 'analysis.emptyTitle', body: 'analysis.emptyBody' },
  session: { title: 'session.emptyTitle', body: 'session.emptyBody' },
};

/** A section that is not built yet says what it will hold, so the way through the work is clear from the start. */
export function UpcomingSection({ section }: { section: UpcomingSectionId }) {
  const t = useT();
  const language = useLanguage();
  const text = texts[section];
  return (
    <EmptyState title={t(text.title)}>
      <p>{t(text.body)}</p>
      {section === 'codebook' && (
        <ul className="condition-list">
          {conditions.map((condition) => (
            <li key={condition.id} className="condition-list__item">
              <span className="condition-swatch" aria-hidden="true" style={{ backgroundColor: `var(--condition-${condition.id})` }} />
              <span>
                <strong>{condition.label[language]}</strong>
                <span className="condition-list__domains">{condition.domains.map((domain) => domain[language]).join(', ')}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{t('placeholder.nextVersion')}</p>
    </EmptyState>
  );
}
