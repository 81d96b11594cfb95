import { useId } from 'react';
import type { Session } from '../../../shared/session/session-types';
import { CommitTextField } from '../components/CommitTextField';
import { SelectField } from '../components/SelectField';
import { useT } from '../i18n/hooks';
import { useWorkbench } from '../stores/workbench-context';
import { OrganisationsEditor } from './OrganisationsEditor';
import { useSession } from './session-context';
import { sessionTexts } from './session-texts';

const none = '';

/** The chosen session's settings; each change is saved at once (one contract call). */
export function SessionSettings({ session }: { session: Session }) {
  const t = useT(sessionTexts);
  const dateId = useId();
  const update = useSession((state) => state.update);
  const datasets = useWorkbench((state) => state.datasets);
  const names = Array.isArray(datasets) ? datasets.map((dataset) => dataset.name) : [];

  return (
    <div className="session-settings">
      <h4 className="session-settings__title">{t('settings.title')}</h4>
      <CommitTextField
        label={t('settings.name')}
        value={session.title}
        validate={(text) => (text.trim() ? null : t('settings.nameRequired'))}
        onCommit={(title) => void update({ title })}
      />
      <div className="field">
        <label className="field__label" htmlFor={dateId}>
          {t('settings.date')}
        </label>
        <input
          id={dateId}
          className="field__input"
          type="date"
          value={session.date}
          onChange={(event) => {
            if (event.target.value) void update({ date: event.target.value });
          }}
        />
      </div>
      <CommitTextField
        label={t('settings.question')}
        hint={t('settings.questionHint')}
        value={session.question}
        multiline
        onCommit={(question) => void update({ question })}
      />
      <SelectField
        label={t('settings.figures')}
        hint={t('settings.figuresHint')}
        value={session.figuresDataset ?? none}
        options={[
          { value: none, label: t('settings.noDataset') },
          ...names.map((name) => ({ value: name, label: name })),
        ]}
        onChange={(name) => void update({ figuresDataset: name || null })}
      />
      <SelectField
        label={t('settings.words')}
        hint={t('settings.wordsHint')}
        value={session.wordsDataset ?? none}
        options={[
          { value: none, label: t('settings.noDataset') },
          ...names.map((name) => ({ value: name, label: name })),
        ]}
        onChange={(name) => void update({ wordsDataset: name || null })}
      />
      <AreasInFocus session={session} />
      <OrganisationsEditor session={session} />
    </div>
  );
}

/** The areas in focus, chosen from the figures dataset's areas; one under the threshold is marked. */
function AreasInFocus({ session }: { session: Session }) {
  const t = useT(sessionTexts);
  const legendId = useId();
  const areas = useSession((state) => state.areas);
  const update = useSession((state) => state.update);
  const chosen = new Set(session.areas);
  // An area chosen earlier that the figures dataset lacks stays listed, so it can be taken out.
  const known = new Set(areas.map((area) => area.code));
  const listed = [
    ...areas,
    ...session.areas.filter((code) => !known.has(code)).map((code) => ({ code, name: null, suppressed: false })),
  ];

  function toggle(code: string, on: boolean) {
    const next = on ? [...session.areas, code] : session.areas.filter((area) => area !== code);
    void update({ areas: next });
  }

  return (
    <fieldset className="session-areas" aria-describedby={legendId}>
      <legend className="field__label">{t('settings.areas')}</legend>
      <p id={legendId} className="field__hint">
        {session.figuresDataset ? t('settings.areasHint') : t('settings.areasNoFigures')}
      </p>
      <ul className="session-areas__list">
        {listed.map((area) => (
          <li key={area.code}>
            <label className="session-areas__item">
              <input
                type="checkbox"
                className="checkbox"
                checked={chosen.has(area.code)}
                onChange={(event) => toggle(area.code, event.target.checked)}
              />
              <span>
                {area.name ?? area.code}
                {area.suppressed && <span className="badge badge--warning session-mark">{t('area.suppressed')}</span>}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
