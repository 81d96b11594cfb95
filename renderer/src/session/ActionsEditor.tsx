import { useState, type FormEvent } from 'react';
import type { ActionItem, SessionStep } from '../../../shared/session/session-types';
import { Button } from '../components/Button';
import { CommitTextField } from '../components/CommitTextField';
import { TextField } from '../components/TextField';
import { useT } from '../i18n/hooks';
import { useSession } from './session-context';
import { sessionTexts } from './session-texts';

const emptyAction: ActionItem = { what: '', who: '', when: '' };

/** A step's action points: wat, wie, wanneer. Each change saves the step's whole list. */
export function ActionsEditor({ step }: { step: SessionStep }) {
  const t = useT(sessionTexts);
  const updateStep = useSession((state) => state.updateStep);
  const [draft, setDraft] = useState<ActionItem>(emptyAction);
  const [missing, setMissing] = useState(false);

  function save(actions: ActionItem[]) {
    void updateStep(step.id, { actions });
  }

  function change(index: number, edit: Partial<ActionItem>) {
    save(step.actions.map((action, at) => (at === index ? { ...action, ...edit } : action)));
  }

  function add(event: FormEvent) {
    event.preventDefault();
    if (!draft.what.trim()) {
      setMissing(true);
      return;
    }
    save([...step.actions, draft]);
    setDraft(emptyAction);
    setMissing(false);
  }

  return (
    <div className="session-actions">
      <h5 className="session-subtitle">{t('actions.title')}</h5>
      {step.actions.length > 0 && (
        <ul className="session-actions__list">
          {step.actions.map((action, index) => (
            <li key={index} className="session-actions__item">
              <CommitTextField
                label={t('actions.what')}
                value={action.what}
                validate={(text) => (text.trim() ? null : t('actions.whatRequired'))}
                onCommit={(what) => change(index, { what })}
              />
              <CommitTextField label={t('actions.who')} value={action.who} onCommit={(who) => change(index, { who })} />
              <CommitTextField
                label={t('actions.when')}
                value={action.when}
                onCommit={(when) => change(index, { when })}
              />
              <Button
                variant="quiet"
                aria-label={t('actions.removeNamed', { what: action.what })}
                onClick={() => save(step.actions.filter((_, at) => at !== index))}
              >
                {t('actions.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form className="session-actions__item session-actions__add" noValidate onSubmit={add}>
        <TextField
          label={t('actions.newWhat')}
          value={draft.what}
          onChange={(what) => {
            setDraft({ ...draft, what });
            setMissing(false);
          }}
          error={missing ? t('actions.whatRequired') : null}
        />
        <TextField label={t('actions.who')} value={draft.who} onChange={(who) => setDraft({ ...draft, who })} />
        <TextField label={t('actions.when')} value={draft.when} onChange={(when) => setDraft({ ...draft, when })} />
        <Button type="submit">{t('actions.add')}</Button>
      </form>
    </div>
  );
}
