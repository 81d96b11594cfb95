import { useMemo } from 'react';
import type { AgreementFigure } from '../../../shared/coding/coding-types';
import type { Language } from '../../../shared/contract/channels';
import { useLanguage } from '../i18n/hooks';
import { localeOf } from '../../../shared/i18n/locale';
import type { ComparisonKey } from './comparison-texts';

export interface AgreementFormat {
  /** Cohen's kappa or Krippendorff's alpha: three decimals, `0,400`, as the literature reports them. */
  coefficient(value: number): string;
  /** A proportion 0..1 as a percentage with one decimal: `70,0%`. */
  percent(value: number): string;
  count(value: number): string;
}

const formats = new Map<Language, AgreementFormat>();

export function agreementFormat(language: Language): AgreementFormat {
  let format = formats.get(language);
  if (!format) {
    const locale = localeOf(language);
    const coefficient = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 3,
      maximumFractionDigits: 3,
      useGrouping: false,
    });
    const percent = new Intl.NumberFormat(locale, {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    const count = new Intl.NumberFormat(locale);
    format = {
      coefficient: (v) => coefficient.format(v),
      percent: (v) => percent.format(v),
      count: (v) => count.format(v),
    };
    formats.set(language, format);
  }
  return format;
}

export function useAgreementFormat(): AgreementFormat {
  const language = useLanguage();
  return useMemo(() => agreementFormat(language), [language]);
}

export type Reading = 'reliable' | 'tentative' | 'insufficient';

/**
 * Krippendorff's (2004) rule of thumb for alpha: at least .800 to rely on the coding, at least .667 for
 * tentative conclusions. Compared at the three decimals shown, so 0,667 on screen never reads as too low.
 */
export function readAlpha(alpha: number): Reading {
  const shown = Math.round(alpha * 1000);
  if (shown >= 800) return 'reliable';
  if (shown >= 667) return 'tentative';
  return 'insufficient';
}

export type Figure = 'percentAgreement' | 'cohenKappa' | 'krippendorffAlpha';

/** Why a figure is missing: the message that explains the dash. */
export function missingReason(figure: Figure, row: AgreementFigure, coders: number): ComparisonKey {
  if (row.units === 0) return 'comparison.missing.noUnits';
  if (figure === 'cohenKappa' && coders !== 2) return 'comparison.missing.kappaTwoCoders';
  if (figure === 'cohenKappa') return 'comparison.missing.kappaOneValue';
  return 'comparison.missing.alphaOneValue';
}
