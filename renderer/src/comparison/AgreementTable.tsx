import type { ReactNode } from 'react';
import type { AgreementFigure } from '../../../shared/coding/coding-types';
import { useT } from '../i18n/hooks';
import { comparisonTexts, type ComparisonKey } from './comparison-texts';
import { missingReason, readAlpha, useAgreementFormat, type Figure, type Reading } from './agreement-format';
import { ScrollTable } from '../components/ScrollTable';

export interface AgreementRow {
  key: string;
  name: ReactNode;
  figure: AgreementFigure;
}

const readingLabels = {
  reliable: 'comparison.reading.reliable',
  tentative: 'comparison.reading.tentative',
  insufficient: 'comparison.reading.insufficient',
} as const satisfies Record<Reading, ComparisonKey>;

/**
 * Units, percent agreement, Cohen's kappa and Krippendorff's alpha per row, with the reading of alpha.
 * A figure that cannot be computed is a dash with the reason as its tooltip, and the reasons are listed
 * under the table too, for whoever reads it from a projector.
 */
export function AgreementTable({
  caption,
  nameHeader,
  rows,
  coders,
}: {
  caption: string;
  nameHeader: string;
  rows: AgreementRow[];
  coders: number;
}) {
  const t = useT(comparisonTexts);
  const format = useAgreementFormat();
  const reasons = new Set<ComparisonKey>();

  function cell(figure: Figure, row: AgreementFigure, show: (value: number) => string) {
    const value = row[figure];
    if (value !== null) return <td className="numeric">{show(value)}</td>;
    const reason = missingReason(figure, row, coders);
    reasons.add(reason);
    return (
      <td className="numeric">
        <span className="comparison-missing" title={t(reason)}>
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">{t(reason)}</span>
        </span>
      </td>
    );
  }

  const body = rows.map(({ key, name, figure }) => {
    const reading = figure.krippendorffAlpha === null ? null : readAlpha(figure.krippendorffAlpha);
    return (
      <tr key={key}>
        <th scope="row">{name}</th>
        <td className="numeric">{format.count(figure.units)}</td>
        {cell('percentAgreement', figure, format.percent)}
        {cell('cohenKappa', figure, format.coefficient)}
        {cell('krippendorffAlpha', figure, format.coefficient)}
        <td>
          {reading ? (
            <span className={`comparison-reading comparison-reading--${reading}`}>{t(readingLabels[reading])}</span>
          ) : (
            <span aria-hidden="true">—</span>
          )}
        </td>
      </tr>
    );
  });

  return (
    <>
      <ScrollTable label={caption}>
        <table className="data-table comparison-figures">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{nameHeader}</th>
              <th scope="col" className="numeric">
                {t('comparison.figure.units')}
              </th>
              <th scope="col" className="numeric">
                {t('comparison.figure.percent')}
              </th>
              <th scope="col" className="numeric">
                {t('comparison.figure.kappa')}
              </th>
              <th scope="col" className="numeric">
                {t('comparison.figure.alpha')}
              </th>
              <th scope="col">{t('comparison.figure.reading')}</th>
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
      </ScrollTable>
      {reasons.size > 0 && (
        <ul className="comparison-figures__notes" aria-hidden="true">
          {[...reasons].map((reason) => (
            <li key={reason}>— {t(reason)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
