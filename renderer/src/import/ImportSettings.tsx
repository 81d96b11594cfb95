import { useId } from 'react';
import { useStore } from 'zustand';
import type { ImportChoices, ImportPreview } from '../../../shared/import/import-plan';
import { CheckboxField } from '../components/CheckboxField';
import { CommitTextField } from '../components/CommitTextField';
import { SelectField, type SelectOption } from '../components/SelectField';
import { useT } from '../i18n/hooks';
import { importTexts, type ImportKey } from './import-texts';
import { normaliseMunicipality, parseCodeList, withSourceChange } from './import-choices';
import type { ImportWizardStore } from './import-wizard-store';
import { RepeatedAreasChoice } from './RepeatedAreasChoice';

type Encoding = NonNullable<ImportChoices['encoding']>;
type Delimiter = NonNullable<ImportChoices['delimiter']>;
type Quote = NonNullable<ImportChoices['quote']>;
type DecimalMark = NonNullable<ImportChoices['decimalMark']>;
type Kind = NonNullable<ImportChoices['kind']>;
type AreaLevelChoice = NonNullable<ImportChoices['areaLevel']> | 'all';
type YesNo = 'yes' | 'no';

const encodings: Encoding[] = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'];
const delimiters: { value: Delimiter; label: ImportKey }[] = [
  { value: ';', label: 'import.delimiter.semicolon' },
  { value: ',', label: 'import.delimiter.comma' },
  { value: '\t', label: 'import.delimiter.tab' },
  { value: '|', label: 'import.delimiter.pipe' },
];
const quotes: { value: Quote; label: ImportKey }[] = [
  { value: '"', label: 'import.quote.double' },
  { value: "'", label: 'import.quote.single' },
];
const decimalMarks: { value: DecimalMark; label: ImportKey }[] = [
  { value: ',', label: 'import.decimalMark.comma' },
  { value: '.', label: 'import.decimalMark.point' },
];
const headerAnswers: { value: YesNo; label: ImportKey }[] = [
  { value: 'yes', label: 'import.header.yes' },
  { value: 'no', label: 'import.header.no' },
];
const areaLevels: { value: AreaLevelChoice; label: ImportKey }[] = [
  { value: 'all', label: 'import.areaLevel.all' },
  { value: 'gemeente', label: 'import.areaLevel.gemeente' },
  { value: 'wijk', label: 'import.areaLevel.wijk' },
  { value: 'buurt', label: 'import.areaLevel.buurt' },
];

/** The decimal mark the numbers are read with: the user's choice, else what the first number column uses. */
function decimalMarkInUse(preview: ImportPreview, choices: ImportChoices | null): DecimalMark {
  if (choices?.decimalMark) return choices.decimalMark;
  const numeric = preview.plan.columns.find((column) => column.type === 'number');
  return numeric?.decimalMark ?? preview.plan.columns[0]?.decimalMark ?? ',';
}

/** The settings the engine detected, each with the alternatives; every change asks for a new preview. */
export function ImportSettings({ wizard, preview }: { wizard: ImportWizardStore; preview: ImportPreview }) {
  const t = useT(importTexts);
  const sourceId = useId();
  const areaId = useId();
  const { plan, detected } = preview;
  const choices = useStore(wizard, (state) => state.choices);
  const change = (update: (current: ImportChoices) => ImportChoices) => void wizard.getState().change(update);
  const changeSource = (sourceChange: Parameters<typeof withSourceChange>[1]) =>
    change((current) => withSourceChange(current, sourceChange));

  const optionsOf = <T extends string>(values: { value: T; label: ImportKey }[]): SelectOption<T>[] =>
    values.map((option) => ({ value: option.value, label: t(option.label) }));

  /** After a change, says what detection had chosen, so the user can go back to it. */
  function detectedHint<T extends string>(
    options: SelectOption<T>[],
    chosen: T,
    detectedValue: string | null | undefined,
  ): string | undefined {
    if (detectedValue == null || chosen === detectedValue) return undefined;
    const option = options.find((candidate) => candidate.value === detectedValue);
    return option ? t('import.detected', { value: option.label }) : undefined;
  }

  const detectedDecimal = preview.inferred.find((column) => column.decimalMark !== null)?.decimalMark;
  const hasAreaColumn = plan.columns.some((column) => column.role === 'area_code');
  const encodingOptions = encodings.map((encoding) => ({ value: encoding, label: encoding }));
  const delimiterOptions = optionsOf(delimiters);
  const quoteOptions = optionsOf(quotes);
  const decimalMarkOptions = optionsOf(decimalMarks);
  const headerOptions = optionsOf(headerAnswers);
  const headerValue: YesNo = plan.source.hasHeader ? 'yes' : 'no';
  const decimalMark = decimalMarkInUse(preview, choices);

  return (
    <div className="import-settings">
      <fieldset className="import-settings__group import-settings__group--source" aria-describedby={sourceId}>
        <legend className="import-settings__legend">{t('import.settings.source')}</legend>
        <p id={sourceId} className="import-settings__hint">
          {t('import.settings.sourceHint')}
        </p>
        <div className="import-settings__fields">
          {plan.source.format === 'csv' ? (
            <>
              <SelectField
                label={t('import.encoding')}
                value={plan.source.encoding}
                options={encodingOptions}
                hint={detectedHint(encodingOptions, plan.source.encoding, detected.encoding)}
                onChange={(encoding) => changeSource({ encoding })}
              />
              <SelectField
                label={t('import.delimiter')}
                value={plan.source.delimiter}
                options={delimiterOptions}
                hint={detectedHint(delimiterOptions, plan.source.delimiter, detected.delimiter)}
                onChange={(delimiter) => changeSource({ delimiter })}
              />
              <SelectField
                label={t('import.quote')}
                value={plan.source.quote}
                options={quoteOptions}
                hint={detectedHint(quoteOptions, plan.source.quote, detected.quote)}
                onChange={(quote) => changeSource({ quote })}
              />
            </>
          ) : (
            <SelectField
              label={t('import.sheet')}
              value={plan.source.sheet}
              options={detected.sheets.map((sheet) => ({ value: sheet, label: sheet }))}
              onChange={(sheet) => changeSource({ sheet })}
            />
          )}
          <SelectField
            label={t('import.header')}
            value={headerValue}
            options={headerOptions}
            hint={detectedHint(headerOptions, headerValue, detected.hasHeader ? 'yes' : 'no')}
            onChange={(answer) => changeSource({ hasHeader: answer === 'yes' })}
          />
          {plan.source.format === 'csv' && (
            <SelectField
              label={t('import.decimalMark')}
              value={decimalMark}
              options={decimalMarkOptions}
              hint={detectedHint(decimalMarkOptions, decimalMark, detectedDecimal)}
              onChange={(mark) => change((current) => ({ ...current, decimalMark: mark }))}
            />
          )}
        </div>
        <CheckboxField
          label={t('import.skipBadRows')}
          checked={plan.skipBadRows}
          onChange={(skipBadRows) => change((current) => ({ ...current, skipBadRows }))}
        />
      </fieldset>

      <fieldset className="import-settings__group">
        <legend className="import-settings__legend">{t('import.settings.dataset')}</legend>
        <div className="import-settings__fields">
          <CommitTextField
            label={t('import.name')}
            value={plan.name}
            onCommit={(text) =>
              change((current) => {
                const name = text.trim();
                // An empty name falls back to the engine's default: the file's name.
                if (name) return { ...current, name };
                const { name: _name, ...rest } = current;
                return rest;
              })
            }
          />
          <SelectField<Kind>
            label={t('import.kind')}
            hint={t('import.kindHint')}
            value={plan.kind}
            options={[
              { value: 'survey', label: t('data.kind.survey') },
              { value: 'area', label: t('data.kind.area') },
            ]}
            onChange={(kind) => change((current) => ({ ...current, kind }))}
          />
          <CommitTextField
            label={t('import.missingCodes')}
            hint={t('import.missingCodesHint')}
            mono
            value={(choices?.missingCodes ?? []).join(', ')}
            onCommit={(text) => change((current) => ({ ...current, missingCodes: parseCodeList(text) }))}
          />
        </div>
      </fieldset>

      <fieldset className="import-settings__group" aria-describedby={hasAreaColumn ? undefined : areaId}>
        <legend className="import-settings__legend">{t('import.settings.area')}</legend>
        {!hasAreaColumn && (
          <p id={areaId} className="import-settings__hint">
            {t('import.areaNeedsColumn')}
          </p>
        )}
        <div className="import-settings__fields">
          <SelectField
            label={t('import.areaLevel')}
            value={plan.areaLevel ?? 'all'}
            disabled={!hasAreaColumn}
            options={optionsOf(areaLevels)}
            onChange={(level) => change((current) => ({ ...current, areaLevel: level === 'all' ? null : level }))}
          />
          <CommitTextField
            label={t('import.municipality')}
            hint={t('import.municipalityHint')}
            mono
            disabled={!hasAreaColumn}
            value={plan.municipality ?? ''}
            validate={(text) => (normaliseMunicipality(text).valid ? null : t('import.municipalityInvalid'))}
            onCommit={(text) => change((current) => ({ ...current, municipality: normaliseMunicipality(text).code }))}
          />
        </div>
        <RepeatedAreasChoice preview={preview} change={change} />
      </fieldset>
    </div>
  );
}
