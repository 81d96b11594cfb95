import { useFormat, useT } from '../i18n/hooks';
import { codingTexts } from './coding-texts';
import { useCoding } from './coding-context';

/** The record's other columns, for context while coding: the answers beside the open answer. */
export function RecordContext({ record }: { record: number }) {
  const t = useT(codingTexts);
  const format = useFormat();
  const detail = useCoding((state) => state.detail);
  const textColumn = useCoding((state) => state.textColumn);
  return (
    <div className="record-context">
      <h4 className="record-context__title">{t('coding.context.title')}</h4>
      {detail?.record !== record ? (
        <p className="muted">{t('coding.context.loading')}</p>
      ) : (
        <dl className="record-context__list">
          {detail.values
            .filter((value) => value.variable !== textColumn)
            .map((value) => (
              <div key={value.variable} className="record-context__item">
                <dt title={value.variable}>{value.label ?? value.variable}</dt>
                <dd>
                  {value.value === null ? (
                    <span className="muted">{t('coding.context.missing')}</span>
                  ) : (
                    <>
                      {typeof value.value === 'number' ? format.value(value.value) : value.value}
                      {value.valueLabel && <span className="record-context__value-label"> {value.valueLabel}</span>}
                    </>
                  )}
                </dd>
              </div>
            ))}
        </dl>
      )}
    </div>
  );
}
