import type { MergePreview } from '../../../shared/coding/coding-types';
import { useT } from '../i18n/hooks';
import { comparisonTexts } from './comparison-texts';
import { useAgreementFormat } from './agreement-format';
import { useCoderName } from './coder-name';
import { ScrollTable } from '../components/ScrollTable';

/** What the other file brings: the dataset it matched, its coders, and the codes it names differently. */
export function MergePreviewDetails({ preview }: { preview: MergePreview }) {
  const t = useT(comparisonTexts);
  const format = useAgreementFormat();
  const coderName = useCoderName();
  return (
    <>
      <p>{t('comparison.merge.dataset', { dataset: preview.dataset })}</p>
      <ScrollTable label={t('comparison.merge.codersCaption')}>
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">{t('comparison.merge.codersCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('comparison.record.coder')}</th>
              <th scope="col" className="numeric">
                {t('comparison.merge.records')}
              </th>
              <th scope="col" className="numeric">
                {t('comparison.merge.codings')}
              </th>
              <th scope="col">{t('comparison.merge.here')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.coders.map((coder) => (
              <tr key={coder.name}>
                <th scope="row">{coderName(coder.name)}</th>
                <td className="numeric">{format.count(coder.records)}</td>
                <td className="numeric">{format.count(coder.codings)}</td>
                <td>
                  {coder.existsHere ? (
                    <span className="badge badge--warning">{t('comparison.merge.exists')}</span>
                  ) : (
                    t('comparison.merge.new')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {preview.coders.some((coder) => coder.existsHere) && (
        <p className="field__hint">{t('comparison.merge.existsHint')}</p>
      )}
      {preview.renamedCodes.length > 0 && (
        <div className="comparison-merge__renamed">
          <h4 className="comparison-subtitle">{t('comparison.merge.renamedTitle')}</h4>
          <ul>
            {preview.renamedCodes.map((code) => (
              <li key={code.guid}>
                {t('comparison.merge.renamed', { label: code.label, here: code.labelHere ?? '' })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
