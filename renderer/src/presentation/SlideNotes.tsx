import type { Slide } from '../../../shared/session/session-types';
import { useT } from '../i18n/hooks';
import { presentationTexts } from './presentation-texts';

/** The step's notes and agreements (wat, wie, wanneer), when the facilitator chose to show them on the projector. */
export function SlideNotes({ notes }: { notes: NonNullable<Slide['notes']> }) {
  const t = useT(presentationTexts);
  return (
    <aside className="slide-notes" aria-label={t('presentation.notes')}>
      {notes.text && (
        <div>
          <h2 className="slide-subheading">{t('presentation.notes')}</h2>
          <p className="slide-notes__text">{notes.text}</p>
        </div>
      )}
      {notes.actions.length > 0 && (
        <div>
          <h2 className="slide-subheading">{t('presentation.actions')}</h2>
          <ul className="slide-actions">
            {notes.actions.map((action, index) => (
              <li key={index}>
                <strong>{action.what}</strong>
                {action.who && <span> · {t('presentation.action.who', { who: action.who })}</span>}
                {action.when && <span> · {t('presentation.action.when', { when: action.when })}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </aside>
  );
}
