import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Codebook, CodebookCode } from '../../../shared/codebook/codebook-types';
import { Button } from '../components/Button';
import { useLanguage, useT } from '../i18n/hooks';
import { codebookTexts } from './codebook-texts';
import { useCodebook } from './codebook-context';
import type { CodeEdit, CodeTexts } from './codebook-store';
import { ColorChoice } from './ColorChoice';
import { ancestorsOf, findPlace, flattenCodes, isWithinCode } from './code-tree';
import { CodeKeywords } from './CodeKeywords';
import { TextField } from '../components/TextField';
import { Swatch } from './Swatch';

/** The selected code: its texts and colour to edit, its keywords, its place, and adding a sub-code under it. */
export function CodeDetails({ codebook }: { codebook: Codebook }) {
  const t = useT(codebookTexts);
  const language = useLanguage();
  const selected = useCodebook((state) => state.selected);
  const adding = useCodebook((state) => state.adding);
  const place = selected ? findPlace(codebook.codes, selected) : null;
  if (!place) return <p className="muted">{t('codebook.noSelection')}</p>;
  const { code } = place;
  const label = code.label[language] ?? code.label.nl;
  if (adding) return <AddCodeForm parent={code} parentLabel={label} />;

  const hiddenBy = ancestorsOf(codebook.codes, code.guid)
    .map((guid) => findPlace(codebook.codes, guid)?.code)
    .find((ancestor) => ancestor?.archived);
  return (
    <div className="code-details">
      <h3 className="code-details__title">
        <Swatch color={code.effectiveColor} large />
        {label}
      </h3>
      {code.conditionId && <p className="muted">{t('codebook.details.conditionFixed')}</p>}
      {!code.codable && <p className="muted">{t('codebook.details.category')}</p>}
      {hiddenBy && (
        <p className="notice">
          {t('codebook.details.hidden', { label: hiddenBy.label[language] ?? hiddenBy.label.nl })}
        </p>
      )}
      <CodeForm key={code.guid} code={code} parentColor={place.parent?.effectiveColor ?? null} />
      {code.codable && <CodeKeywords key={`${code.guid}:keywords`} code={code} label={label} />}
      {!code.conditionId && <OrderControls key={`${code.guid}:place`} codebook={codebook} code={code} />}
      <CodeActions code={code} archivedAbove={Boolean(hiddenBy)} />
    </div>
  );
}

function CodeForm({ code, parentColor }: { code: CodebookCode; parentColor: string | null }) {
  const t = useT(codebookTexts);
  const busy = useCodebook((state) => state.busy);
  const saveCode = useCodebook((state) => state.saveCode);
  const initial: CodeEdit = {
    nl: code.label.nl,
    en: code.label.en ?? '',
    descriptionNl: code.description.nl ?? '',
    descriptionEn: code.description.en ?? '',
    color: code.color,
  };
  // When the stored code changes (saved, or changed by an import), the form starts again from it. This is
  // done in place rather than by remounting, so the focus stays on the button that saved.
  const [draft, setDraft] = useState({ from: initial, edit: initial });
  if (JSON.stringify(draft.from) !== JSON.stringify(initial)) setDraft({ from: initial, edit: initial });
  const { edit } = draft;
  const [error, setError] = useState<string | null>(null);
  const texts = ['nl', 'en', 'descriptionNl', 'descriptionEn'] as const;
  const changed = edit.color !== initial.color || texts.some((key) => edit[key].trim() !== initial[key]);

  function update<K extends keyof CodeEdit>(key: K, value: CodeEdit[K]) {
    setDraft((current) => ({ ...current, edit: { ...current.edit, [key]: value } }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!edit.nl.trim()) {
      setError(t('codebook.field.nlRequired'));
      return;
    }
    setError(null);
    if (changed) void saveCode(code.guid, edit);
  }

  return (
    <form className="code-form" onSubmit={submit} noValidate>
      <div className="code-form__names">
        <TextField
          label={t('codebook.field.nl')}
          value={edit.nl}
          onChange={(value) => update('nl', value)}
          error={error}
          required
        />
        <TextField
          label={t('codebook.field.en')}
          value={edit.en}
          onChange={(value) => update('en', value)}
          hint={t('codebook.field.optional')}
        />
      </div>
      <div className="code-form__names">
        <TextField
          label={t('codebook.field.descriptionNl')}
          value={edit.descriptionNl}
          onChange={(value) => update('descriptionNl', value)}
          multiline
        />
        <TextField
          label={t('codebook.field.descriptionEn')}
          value={edit.descriptionEn}
          onChange={(value) => update('descriptionEn', value)}
          multiline
        />
      </div>
      {code.conditionId ? (
        <p className="code-form__fixed-color">
          <Swatch color={code.color} large />
          {t('codebook.color.fixed', { color: code.color ?? '' })}
        </p>
      ) : (
        <ColorChoice
          value={edit.color}
          parentColor={parentColor}
          storedColor={code.color}
          onChange={(color) => update('color', color)}
        />
      )}
      <div className="code-form__actions">
        <Button type="submit" variant="primary" disabled={busy}>
          {t('codebook.save')}
        </Button>
      </div>
    </form>
  );
}

function OrderControls({ codebook, code }: { codebook: Codebook; code: CodebookCode }) {
  const t = useT(codebookTexts);
  const language = useLanguage();
  const selectId = useId();
  const busy = useCodebook((state) => state.busy);
  const showArchived = useCodebook((state) => state.showArchived);
  const moveBy = useCodebook((state) => state.moveBy);
  const moveUnder = useCodebook((state) => state.moveUnder);
  const place = findPlace(codebook.codes, code.guid);
  const currentParent = place?.parent?.guid ?? null;
  // Null: the parent it has, also after it was moved.
  const [chosenParent, setChosenParent] = useState<string | null>(null);
  const parent = chosenParent ?? currentParent ?? '';

  const shown = (place?.siblings ?? []).filter(
    (sibling) => showArchived || !sibling.archived || sibling.guid === code.guid,
  );
  const index = shown.findIndex((sibling) => sibling.guid === code.guid);
  const canMoveUp = index > 0 && !shown[index - 1]?.conditionId;
  const canMoveDown = index >= 0 && index < shown.length - 1;
  // A code can go under any code that is not itself, one of its own sub-codes, or archived.
  const parents = flattenCodes(codebook.codes).filter(
    ({ code: candidate }) => !candidate.archived && !isWithinCode(code, candidate.guid),
  );

  return (
    <div className="code-details__part">
      <fieldset className="code-order">
        <legend className="field__label">{t('codebook.order')}</legend>
        <div className="code-order__row">
          <Button disabled={!canMoveUp || busy} onClick={() => void moveBy(code.guid, -1)}>
            {t('codebook.moveUp')}
          </Button>
          <Button disabled={!canMoveDown || busy} onClick={() => void moveBy(code.guid, 1)}>
            {t('codebook.moveDown')}
          </Button>
        </div>
        <div className="code-order__row code-order__row--parent">
          <div className="field">
            <label className="field__label" htmlFor={selectId}>
              {t('codebook.field.parent')}
            </label>
            <select
              id={selectId}
              className="field__select"
              value={parent}
              onChange={(event) => setChosenParent(event.target.value)}
            >
              <option value="">{t('codebook.parent.top')}</option>
              {parents.map(({ code: candidate, depth }) => (
                <option key={candidate.guid} value={candidate.guid}>
                  {`${'\u2003'.repeat(depth)}${candidate.label[language] ?? candidate.label.nl}`}
                </option>
              ))}
            </select>
          </div>
          <Button
            disabled={parent === (currentParent ?? '') || busy}
            onClick={() => {
              setChosenParent(null);
              void moveUnder(code.guid, parent || null);
            }}
          >
            {t('codebook.move')}
          </Button>
        </div>
      </fieldset>
    </div>
  );
}

function CodeActions({ code, archivedAbove }: { code: CodebookCode; archivedAbove: boolean }) {
  const t = useT(codebookTexts);
  const busy = useCodebook((state) => state.busy);
  const startAdding = useCodebook((state) => state.startAdding);
  const setArchived = useCodebook((state) => state.setArchived);
  return (
    <div className="code-details__part code-actions">
      <div className="button-row">
        <Button disabled={code.archived || archivedAbove || busy} onClick={startAdding}>
          {t('codebook.addSubcode')}
        </Button>
        {!code.conditionId && (
          <Button disabled={busy} onClick={() => void setArchived(code.guid, !code.archived)}>
            {code.archived ? t('codebook.unarchive') : t('codebook.archive')}
          </Button>
        )}
      </div>
      {!code.conditionId && <p className="field__hint">{t('codebook.archiveHint')}</p>}
    </div>
  );
}

function AddCodeForm({ parent, parentLabel }: { parent: CodebookCode; parentLabel: string }) {
  const t = useT(codebookTexts);
  const busy = useCodebook((state) => state.busy);
  const addCode = useCodebook((state) => state.addCode);
  const cancelAdding = useCodebook((state) => state.cancelAdding);
  const [texts, setTexts] = useState<CodeTexts>({ nl: '', en: '', descriptionNl: '', descriptionEn: '' });
  const [error, setError] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    nameRef.current?.focus();
  }, []);

  function update(key: keyof CodeTexts, value: string) {
    setTexts((current) => ({ ...current, [key]: value }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!texts.nl.trim()) {
      setError(t('codebook.field.nlRequired'));
      nameRef.current?.focus();
      return;
    }
    setError(null);
    void addCode(texts);
  }

  return (
    <form className="code-form" onSubmit={submit} noValidate>
      <h3 className="code-details__title">
        <Swatch color={parent.effectiveColor} large />
        {t('codebook.addTitle', { parent: parentLabel })}
      </h3>
      <div className="code-form__names">
        <TextField
          label={t('codebook.field.nl')}
          value={texts.nl}
          onChange={(value) => update('nl', value)}
          error={error}
          required
          inputRef={nameRef}
        />
        <TextField
          label={t('codebook.field.en')}
          value={texts.en}
          onChange={(value) => update('en', value)}
          hint={t('codebook.field.optional')}
        />
      </div>
      <div className="code-form__names">
        <TextField
          label={t('codebook.field.descriptionNl')}
          value={texts.descriptionNl}
          onChange={(value) => update('descriptionNl', value)}
          multiline
        />
        <TextField
          label={t('codebook.field.descriptionEn')}
          value={texts.descriptionEn}
          onChange={(value) => update('descriptionEn', value)}
          multiline
        />
      </div>
      <div className="code-form__actions">
        <Button type="submit" variant="primary" disabled={busy}>
          {t('codebook.add')}
        </Button>
        <Button onClick={cancelAdding}>{t('app.cancel')}</Button>
      </div>
    </form>
  );
}
