import { useId } from 'react';
import type { Session, SessionStep } from '../../../shared/session/session-types';
import { Button } from '../components/Button';
import { CheckboxField } from '../components/CheckboxField';
import { CommitTextField } from '../components/CommitTextField';
import { SelectField } from '../components/SelectField';
import { useT } from '../i18n/hooks';
import { ActionsEditor } from './ActionsEditor';
import { kindLabels, stepTitle } from './AgendaList';
import { AreaOverviewTable } from './AreaOverviewTable';
import { BlindSpotView } from './BlindSpotView';
import { CrosstabStepFields } from './CrosstabStepFields';
import { PartnersRound } from './PartnersRound';
import { QuoteApproval } from './QuoteApproval';
import { SocialBasis } from './SocialBasis';
import { useSession } from './session-context';
import { stepArea } from './session-store';
import { useAreaLabel } from './use-area-label';
import { sessionTexts } from './session-texts';

const firstArea = '';

/** The chosen step of the agenda: its settings, what it shows, its notes and actions. */
export function StepPanel({ session }: { session: Session }) {
  const t = useT(sessionTexts);
  const selectedStep = useSession((state) => state.selectedStep);
  const step = session.agenda.find((candidate) => candidate.id === selectedStep);
  if (!step) {
    return (
      <section className="session-step panel">
        <p className="muted">{t('step.none')}</p>
      </section>
    );
  }
  return <StepDetails key={step.id} session={session} step={step} />;
}

function StepDetails({ session, step }: { session: Session; step: SessionStep }) {
  const t = useT(sessionTexts);
  const titleId = useId();
  const updateStep = useSession((state) => state.updateStep);
  const removeStep = useSession((state) => state.removeStep);
  const present = useSession((state) => state.present);
  const areas = useSession((state) => state.areas);
  const areaLabel = useAreaLabel();
  const index = session.agenda.findIndex((candidate) => candidate.id === step.id);
  const area = stepArea(session, step);
  const suppressed = area !== null && areas.some((candidate) => candidate.code === area && candidate.suppressed);
  const needsArea = step.kind !== 'text' && step.kind !== 'crosstab';

  return (
    <section className="session-step panel" aria-labelledby={titleId}>
      <div className="session-step__header">
        <h3 id={titleId} className="session-panel-title">
          {t('step.heading', { number: index + 1, title: stepTitle(step, t) })}
        </h3>
        <div className="session-step__actions">
          <Button variant="primary" disabled={suppressed} onClick={() => void present(step.id)}>
            {t('step.present')}
          </Button>
          <Button onClick={() => void removeStep(step.id)}>{t('step.remove')}</Button>
        </div>
      </div>
      {suppressed && <p className="notice">{t('step.suppressedArea')}</p>}
      <div className="session-step__fields">
        <CommitTextField
          label={t('step.title')}
          hint={t('step.titleHint', { kind: t(kindLabels[step.kind]) })}
          value={step.title}
          onCommit={(title) => void updateStep(step.id, { title })}
        />
        {needsArea && (
          <SelectField
            label={t('step.area')}
            value={step.area ?? firstArea}
            options={[
              {
                value: firstArea,
                label: session.areas[0]
                  ? t('step.firstArea', { area: areaLabel(session.areas[0]) })
                  : t('step.noAreas'),
              },
              ...session.areas.map((code) => ({ value: code, label: areaLabel(code) })),
            ]}
            onChange={(code) => void updateStep(step.id, { area: code || null })}
          />
        )}
      </div>
      {step.kind === 'text' && (
        <CommitTextField
          label={t('step.text')}
          hint={t('step.textHint')}
          value={step.text}
          multiline
          onCommit={(text) => void updateStep(step.id, { text })}
        />
      )}
      {step.kind === 'crosstab' && <CrosstabStepFields step={step} />}
      {needsArea && !area && <p className="notice">{t('step.chooseArea')}</p>}
      {needsArea && area && step.kind === 'partners' && <PartnersRound session={session} area={area} />}
      {needsArea && area && step.kind === 'basis' && <SocialBasis area={area} />}
      {needsArea && area && step.kind === 'blindspot' && <BlindSpotView area={area} />}
      {needsArea && area && (step.kind === 'profile' || step.kind === 'words') && <AreaOverviewTable area={area} />}
      {needsArea && area && !suppressed && step.kind === 'words' && <QuoteApproval session={session} area={area} />}
      <section className="session-notes" aria-label={t('notes.title')}>
        <h4 className="session-subtitle">{t('notes.title')}</h4>
        <CommitTextField
          label={t('notes.notes')}
          value={step.notes}
          multiline
          onCommit={(notes) => void updateStep(step.id, { notes })}
        />
        <ActionsEditor step={step} />
        <CheckboxField
          label={t('notes.onProjector')}
          checked={step.notesOnProjector}
          onChange={(notesOnProjector) => void updateStep(step.id, { notesOnProjector })}
        />
      </section>
    </section>
  );
}
