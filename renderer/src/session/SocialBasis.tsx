import { useId, useRef, useState, type FormEvent } from 'react';
import { conditionIds, conditions, type ConditionId } from '../../../shared/conditions';
import type { Provision } from '../../../shared/session/session-types';
import { Button } from '../components/Button';
import { CheckboxField } from '../components/CheckboxField';
import { FileField } from '../components/FileField';
import { ScrollTable } from '../components/ScrollTable';
import { TextField } from '../components/TextField';
import { useLanguage, useT } from '../i18n/hooks';
import { AreaOverviewTable } from './AreaOverviewTable';
import { useSession } from './session-context';
import { sessionTexts } from './session-texts';
import { useAreaLabel } from './use-area-label';

interface ProvisionDraft {
  id?: number;
  name: string;
  organiser: string;
  collective: boolean;
  preventive: boolean;
  conditions: ConditionId[];
  reach: string;
}

const emptyDraft: ProvisionDraft = {
  name: '',
  organiser: '',
  collective: true,
  preventive: true,
  conditions: [],
  reach: '',
};

/**
 * The sociale basis of one area: its collective provisions, kept per area across sessions, entered here or
 * imported from a CSV; per condition how many serve it, beside the figures and the words.
 */
export function SocialBasis({ area }: { area: string }) {
  const t = useT(sessionTexts);
  const language = useLanguage();
  const areaLabel = useAreaLabel();
  const titleId = useId();
  const provisions = useSession((state) => state.provisions);
  const removeProvision = useSession((state) => state.removeProvision);
  const [draft, setDraft] = useState<ProvisionDraft>(emptyDraft);
  const label = (id: ConditionId) => conditions.find((condition) => condition.id === id)?.label[language] ?? id;

  return (
    <section className="session-basis" aria-labelledby={titleId}>
      <h4 id={titleId} className="session-subtitle">
        {t('basis.title', { area: areaLabel(area) })}
      </h4>
      <AreaOverviewTable area={area} />
      {provisions.length === 0 ? (
        <p className="muted">{t('basis.empty')}</p>
      ) : (
        <ScrollTable className="session-basis__table-box" label={t('basis.title', { area: areaLabel(area) })}>
          <table className="data-table data-table--compact session-basis__table">
            <caption className="visually-hidden">{t('basis.title', { area: areaLabel(area) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('basis.name')}</th>
                <th scope="col">{t('basis.organiser')}</th>
                <th scope="col">{t('basis.kind')}</th>
                <th scope="col">{t('basis.conditions')}</th>
                <th scope="col">{t('basis.reach')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('basis.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {provisions.map((provision) => (
                <tr key={provision.id}>
                  <th scope="row">{provision.name}</th>
                  <td>{provision.organiser}</td>
                  <td>
                    {provision.collective ? t('basis.collective') : t('basis.individual')}
                    {provision.preventive && `, ${t('basis.preventive')}`}
                  </td>
                  <td>{provision.conditions.map(label).join(', ')}</td>
                  <td>{provision.reach}</td>
                  <td className="session-basis__row-actions">
                    <Button
                      variant="quiet"
                      aria-label={t('basis.editNamed', { name: provision.name })}
                      onClick={() => setDraft(draftOf(provision))}
                    >
                      {t('basis.edit')}
                    </Button>
                    <Button
                      variant="quiet"
                      aria-label={t('basis.removeNamed', { name: provision.name })}
                      onClick={() => void removeProvision(provision.id)}
                    >
                      {t('basis.remove')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <div className="session-basis__forms">
        <ProvisionForm key={draft.id ?? 'new'} area={area} initial={draft} onDone={() => setDraft(emptyDraft)} />
        <ProvisionImport area={area} />
      </div>
    </section>
  );
}

function draftOf(provision: Provision): ProvisionDraft {
  const { id, name, organiser, collective, preventive, conditions: served, reach } = provision;
  return { id, name, organiser, collective, preventive, conditions: served, reach };
}

function ProvisionForm({ area, initial, onDone }: { area: string; initial: ProvisionDraft; onDone: () => void }) {
  const t = useT(sessionTexts);
  const language = useLanguage();
  const saveProvision = useSession((state) => state.saveProvision);
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<{ name: boolean; conditions: boolean }>({ name: false, conditions: false });
  const conditionsHintId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = { name: !draft.name.trim(), conditions: draft.conditions.length === 0 };
    setProblems(found);
    if (found.name || found.conditions) return;
    const order = (ids: ConditionId[]) => conditionIds.filter((id) => ids.includes(id));
    const submitted = draft;
    if (await saveProvision({ ...submitted, conditions: order(submitted.conditions), area })) {
      // The user may have begun the next one while this one was saved: that one stays.
      setDraft((current) => (current === submitted ? emptyDraft : current));
      onDone();
    }
  }

  function toggle(id: ConditionId, on: boolean) {
    setDraft({ ...draft, conditions: on ? [...draft.conditions, id] : draft.conditions.filter((c) => c !== id) });
    setProblems({ ...problems, conditions: false });
  }

  return (
    <form className="session-basis__form panel" noValidate onSubmit={(event) => void submit(event)}>
      <h5 className="session-subtitle">{draft.id ? t('basis.editTitle') : t('basis.addTitle')}</h5>
      <TextField
        label={t('basis.name')}
        value={draft.name}
        onChange={(name) => {
          setDraft({ ...draft, name });
          setProblems({ ...problems, name: false });
        }}
        error={problems.name ? t('basis.nameRequired') : null}
      />
      <TextField
        label={t('basis.organiser')}
        value={draft.organiser}
        onChange={(organiser) => setDraft({ ...draft, organiser })}
      />
      <div className="session-basis__checks">
        <CheckboxField
          label={t('basis.collectiveCheck')}
          checked={draft.collective}
          onChange={(collective) => setDraft({ ...draft, collective })}
        />
        <CheckboxField
          label={t('basis.preventiveCheck')}
          checked={draft.preventive}
          onChange={(preventive) => setDraft({ ...draft, preventive })}
        />
      </div>
      <fieldset className="session-basis__conditions" aria-describedby={conditionsHintId}>
        <legend className="field__label">{t('basis.conditions')}</legend>
        {problems.conditions && (
          <p id={conditionsHintId} className="field__error">
            {t('basis.conditionsRequired')}
          </p>
        )}
        {conditions.map((condition) => (
          <CheckboxField
            key={condition.id}
            label={condition.label[language]}
            checked={draft.conditions.includes(condition.id)}
            onChange={(on) => toggle(condition.id, on)}
          />
        ))}
      </fieldset>
      <TextField
        label={t('basis.reach')}
        hint={t('basis.reachHint')}
        value={draft.reach}
        onChange={(reach) => setDraft({ ...draft, reach })}
      />
      <div className="session-basis__form-actions">
        <Button variant="primary" type="submit">
          {draft.id ? t('basis.save') : t('basis.add')}
        </Button>
        {draft.id && <Button onClick={onDone}>{t('basis.cancelEdit')}</Button>}
      </div>
    </form>
  );
}

/** Provisions from a CSV with Dutch headers, all or nothing; the engine names the file, line and column of a fault. */
function ProvisionImport({ area }: { area: string }) {
  const t = useT(sessionTexts);
  const importProvisions = useSession((state) => state.importProvisions);
  const inputRef = useRef<HTMLInputElement>(null);
  const [path, setPath] = useState('');
  const [missing, setMissing] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const file = path.trim();
    if (!file) {
      setMissing(true);
      inputRef.current?.focus();
      return;
    }
    if (await importProvisions(file, area)) setPath('');
  }

  return (
    <form className="session-basis__import panel" noValidate onSubmit={(event) => void submit(event)}>
      <h5 className="session-subtitle">{t('basis.importTitle')}</h5>
      <FileField
        label={t('basis.importFile')}
        hint={t('basis.importHint')}
        requiredMessage={missing ? t('basis.importRequired') : null}
        value={path}
        onChange={(value) => {
          setPath(value);
          setMissing(false);
        }}
        inputRef={inputRef}
        dialog="provisionsCsv"
        accept=".csv,.txt"
      />
      <Button type="submit">{t('basis.import')}</Button>
    </form>
  );
}
