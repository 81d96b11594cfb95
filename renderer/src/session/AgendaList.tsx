import { useId, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { Session, SessionStep, SessionStepKind } from '../../../shared/session/session-types';
import { SessionStepKindSchema } from '../../../shared/session/session-types';
import { Button } from '../components/Button';
import { SelectField } from '../components/SelectField';
import { useT, type Translate } from '../i18n/hooks';
import { useSession } from './session-context';
import { sessionTexts, type SessionKey } from './session-texts';

const stepDrag = 'application/x-werkbank-step';

export const kindLabels: Record<SessionStepKind, SessionKey> = {
  profile: 'kind.profile',
  words: 'kind.words',
  partners: 'kind.partners',
  basis: 'kind.basis',
  blindspot: 'kind.blindspot',
  crosstab: 'kind.crosstab',
  text: 'kind.text',
};

/** A step's title as the agenda shows it: its own, else its kind's. */
export function stepTitle(step: SessionStep, t: Translate<SessionKey>): string {
  return step.title || t(kindLabels[step.kind]);
}

/**
 * The agenda: its steps in order, one chosen. A step is moved by dragging it, or by Alt+↑/↓ while it has
 * the focus; each move is said aloud. New steps are added by kind at the end.
 */
export function AgendaList({ session }: { session: Session }) {
  const t = useT(sessionTexts);
  const titleId = useId();
  const selectedStep = useSession((state) => state.selectedStep);
  const selectStep = useSession((state) => state.selectStep);
  const moveStep = useSession((state) => state.moveStep);
  const addStep = useSession((state) => state.addStep);
  const [kind, setKind] = useState<SessionStepKind>('profile');
  const [announcement, setAnnouncement] = useState('');
  const [dropAt, setDropAt] = useState<number | null>(null);
  const items = useRef(new Map<number, HTMLButtonElement>());
  const agenda = session.agenda;

  async function move(step: SessionStep, to: number) {
    const from = agenda.findIndex((candidate) => candidate.id === step.id);
    if (to < 0 || to >= agenda.length || to === from) return;
    if (!(await moveStep(step.id, to))) return;
    setAnnouncement(t('agenda.moved', { title: stepTitle(step, t), position: to + 1, count: agenda.length }));
    // Moving the element in the page takes the focus from it; give it back.
    items.current.get(step.id)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, step: SessionStep, index: number) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    void move(step, event.key === 'ArrowUp' ? index - 1 : index + 1);
  }

  function onDrop(event: DragEvent<HTMLLIElement>, index: number) {
    const id = Number(event.dataTransfer.getData(stepDrag));
    setDropAt(null);
    const step = agenda.find((candidate) => candidate.id === id);
    if (!step) return;
    event.preventDefault();
    void move(step, index);
  }

  return (
    <section className="session-agenda panel" aria-labelledby={titleId}>
      <h3 id={titleId} className="session-panel-title">
        {t('agenda.title')}
      </h3>
      {agenda.length === 0 ? (
        <p className="muted">{t('agenda.empty')}</p>
      ) : (
        <>
          <p id={`${titleId}-hint`} className="field__hint">
            {t('agenda.moveHint')}
          </p>
          <ol className="session-agenda__steps">
            {agenda.map((step, index) => (
              <li
                key={step.id}
                className={`session-agenda__step${dropAt === index ? ' session-agenda__step--drop' : ''}`}
                draggable
                onDragStart={(event) => {
                  event.dataTransfer.setData(stepDrag, String(step.id));
                  event.dataTransfer.effectAllowed = 'move';
                }}
                onDragOver={(event) => {
                  if (!event.dataTransfer.types.includes(stepDrag)) return;
                  event.preventDefault();
                  setDropAt(index);
                }}
                onDragLeave={() => setDropAt(null)}
                onDrop={(event) => onDrop(event, index)}
              >
                <button
                  ref={(element) => {
                    if (element) items.current.set(step.id, element);
                    else items.current.delete(step.id);
                  }}
                  type="button"
                  className="session-agenda__button"
                  aria-current={step.id === selectedStep ? 'step' : undefined}
                  aria-describedby={`${titleId}-hint`}
                  aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                  onClick={() => void selectStep(step.id)}
                  onKeyDown={(event) => onKeyDown(event, step, index)}
                >
                  <span className="session-agenda__number">{index + 1}</span>
                  <span className="session-agenda__name">{stepTitle(step, t)}</span>
                  <span className="session-agenda__kind">{t(kindLabels[step.kind])}</span>
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <form
        className="session-agenda__add"
        onSubmit={(event) => {
          event.preventDefault();
          void addStep(kind);
        }}
      >
        <SelectField
          label={t('agenda.kind')}
          value={kind}
          options={SessionStepKindSchema.options.map((value) => ({ value, label: t(kindLabels[value]) }))}
          onChange={setKind}
        />
        <Button type="submit">{t('agenda.add')}</Button>
      </form>
    </section>
  );
}
