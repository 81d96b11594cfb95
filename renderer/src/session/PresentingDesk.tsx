import { useId, useState } from 'react';
import type { Session, SessionStep } from '../../../shared/session/session-types';
import { Button } from '../components/Button';
import { CheckboxField } from '../components/CheckboxField';
import { CommitTextField } from '../components/CommitTextField';
import { useT } from '../i18n/hooks';
import { kindLabels, stepTitle } from './AgendaList';
import { PresentingMode } from '../presentation/PresentingMode';
import { usePresenterKeys } from '../presentation/use-presenter-keys';
import { useSlide } from '../presentation/use-slide';
import { ProjectorLink } from './ProjectorLink';
import { SlidePreview } from './SlidePreview';
import { useSession } from './session-context';
import { sessionTexts } from './session-texts';

/**
 * The facilitator's screen while presenting: the agenda with the step on the projector, what the projector
 * shows, that step's notes and actions, the next step, and the projector's link. The presenter's keys (and a
 * clicker's) move the steps; the projector follows. For a mirrored projector the slide goes full screen here.
 */
export function PresentingDesk({ session }: { session: Session }) {
  const t = useT(sessionTexts);
  const titleId = useId();
  const [slide, setSlide] = useSlide();
  const present = useSession((state) => state.present);
  const [fullScreen, setFullScreen] = useState(false);
  const agenda = session.agenda;
  const steps = agenda.map((step) => step.id);
  const index = slide ? agenda.findIndex((step) => step.id === slide.step.id) : -1;
  const current = agenda[index];
  const next = agenda[index + 1];
  const blank = slide?.blank ?? false;

  async function show(step: number | null, blanked = false) {
    const shown = await present(step, blanked);
    if (shown !== undefined) setSlide(shown);
  }

  function go(to: number) {
    const step = agenda[to];
    if (step) void show(step.id);
  }

  usePresenterKeys({
    steps,
    current: slide?.step.id ?? null,
    blank,
    onPresent: (step, blanked) => void show(step, blanked),
    onLeave: () => void show(null),
    enabled: !fullScreen,
  });

  if (fullScreen && current)
    return (
      <PresentingMode session={session.id} steps={steps} start={current.id} onLeave={() => setFullScreen(false)} />
    );

  return (
    <section className="session-presenting" aria-labelledby={titleId}>
      <div className="session-presenting__bar panel">
        <h3 id={titleId} className="session-panel-title" aria-live="polite">
          {current
            ? t('presenting.now', { number: index + 1, count: agenda.length, title: stepTitle(current, t) })
            : t('presenting.nothing')}
          {blank && <span className="badge badge--warning session-mark">{t('presenting.blanked')}</span>}
        </h3>
        <div className="session-presenting__controls">
          <Button disabled={index <= 0} onClick={() => go(index - 1)}>
            {t('presenting.previous')}
          </Button>
          <Button variant="primary" disabled={index < 0 || index >= agenda.length - 1} onClick={() => go(index + 1)}>
            {t('presenting.next')}
          </Button>
          <Button aria-pressed={blank} onClick={() => current && void show(current.id, !blank)}>
            {t('presenting.blank')}
          </Button>
          <Button disabled={!current} onClick={() => setFullScreen(true)}>
            {t('presenting.fullScreen')}
          </Button>
        </div>
      </div>
      <div className="session-presenting__desk" data-main-content>
        <nav className="session-presenting__agenda panel" aria-label={t('agenda.title')}>
          <h4 className="session-subtitle">{t('agenda.title')}</h4>
          <ol className="session-presenting__steps">
            {agenda.map((step, at) => (
              <li key={step.id}>
                <button
                  type="button"
                  className="session-agenda__button"
                  aria-current={at === index ? 'step' : undefined}
                  onClick={() => go(at)}
                >
                  <span className="session-agenda__number">{at + 1}</span>
                  <span className="session-agenda__name">{stepTitle(step, t)}</span>
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <div className="session-presenting__current panel">
          <h4 className="session-subtitle">{t('presenting.current')}</h4>
          <SlidePreview slide={slide} label={t('presenting.preview')} />
          {current ? (
            <CurrentNotes key={current.id} step={current} />
          ) : (
            <p className="muted">{t('presenting.nothing')}</p>
          )}
        </div>
        <div className="session-presenting__next panel">
          <h4 className="session-subtitle">{t('presenting.nextStep')}</h4>
          {next ? (
            <>
              <p className="session-presenting__next-title">
                {stepTitle(next, t)}
                {next.title && <span className="muted"> · {t(kindLabels[next.kind])}</span>}
              </p>
              {next.notes && <p className="session-presenting__notes">{next.notes}</p>}
            </>
          ) : (
            <p className="muted">{t('presenting.last')}</p>
          )}
        </div>
      </div>
      <p className="field__hint session-presenting__keys">{t('presenting.keys')}</p>
      <ProjectorLink />
    </section>
  );
}

/** The notes and actions of the step on the projector, still editable while presenting. */
function CurrentNotes({ step }: { step: SessionStep }) {
  const t = useT(sessionTexts);
  const updateStep = useSession((state) => state.updateStep);
  return (
    <>
      <p className="session-presenting__next-title">
        {stepTitle(step, t)}
        {step.title && <span className="muted"> · {t(kindLabels[step.kind])}</span>}
      </p>
      <CommitTextField
        label={t('notes.notes')}
        value={step.notes}
        multiline
        onCommit={(notes) => void updateStep(step.id, { notes })}
      />
      {step.actions.length > 0 && (
        <ul className="session-presenting__actions" aria-label={t('actions.title')}>
          {step.actions.map((action, index) => (
            <li key={index}>
              {t('actions.line', { what: action.what, who: action.who || '—', when: action.when || '—' })}
            </li>
          ))}
        </ul>
      )}
      <CheckboxField
        label={t('notes.onProjector')}
        checked={step.notesOnProjector}
        onChange={(notesOnProjector) => void updateStep(step.id, { notesOnProjector })}
      />
    </>
  );
}
