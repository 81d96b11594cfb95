import { useId } from 'react';
import type { ImportChoices, ImportPreview } from '../../../shared/import/import-plan';
import { SelectField } from '../components/SelectField';
import { useFormat, useT } from '../i18n/hooks';
import { importTexts } from './import-texts';

const NO_CHOICE = '';

/**
 * An area file with several lines for one area (a line per year): which lines to keep, one value of the
 * column that tells them apart. An area dataset holds one line per area; lines are never averaged.
 */
export function RepeatedAreasChoice({
  preview,
  change,
}: {
  preview: ImportPreview;
  change: (update: (current: ImportChoices) => ImportChoices) => void;
}) {
  const t = useT(importTexts);
  const format = useFormat();
  const titleId = useId();
  const { repeatedAreas: repeated, plan } = preview;
  const column = repeated?.column ?? plan.keep?.column ?? null;
  if (!repeated && !plan.keep) return null;
  const values = repeated?.values ?? (plan.keep ? [plan.keep.value] : []);
  const keep = (value: string) =>
    change((current) => {
      const { keep: _keep, ...rest } = current;
      return value === NO_CHOICE || !column ? rest : { ...rest, keep: { column, value } };
    });

  return (
    <section className="notice" aria-labelledby={titleId}>
      <h4 id={titleId} className="notice__title">
        {t('import.repeated.title')}
      </h4>
      {repeated && (
        <p>
          {t(repeated.complete ? 'import.repeated.body' : 'import.repeated.bodySample', {
            areas: format.number(repeated.areas),
            code: repeated.example.code,
            rows: format.number(repeated.example.rows),
          })}
        </p>
      )}
      {column ? (
        <SelectField
          label={t('import.repeated.keep', { column })}
          value={plan.keep?.value ?? NO_CHOICE}
          options={[
            { value: NO_CHOICE, label: t('import.repeated.choose') },
            ...values.map((value) => ({ value, label: value })),
          ]}
          onChange={keep}
        />
      ) : (
        <p>{t('import.repeated.none')}</p>
      )}
    </section>
  );
}
