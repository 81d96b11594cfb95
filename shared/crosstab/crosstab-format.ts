import type { Language } from '../contract/channels';
import { localeOf } from '../i18n/locale';

/** How a cross-tab writes its figures, in the UI language (nl-NL: decimal comma). */
export interface CrosstabFormat {
  /** Respondents as whole numbers; weighted counts with one decimal. */
  count(value: number, weighted: boolean): string;
  /** A percentage (0–100) with one decimal: `30,9%`. */
  percent(value: number): string;
  expected(value: number): string;
  /** Signed, two decimals: `+2,35`. */
  residual(value: number): string;
  /** χ² and G²: two decimals. */
  statistic(value: number): string;
  /** Cramér's V and phi: three decimals. */
  coefficient(value: number): string;
  integer(value: number): string;
  /** p as reports write it: `< 0,001` or `0,023`. */
  p(value: number): string;
  /** p in full: `2,33 × 10⁻²⁵`. */
  pExact(value: number): string;
  /** A boundary of a legend band. */
  plain(value: number): string;
}

const superscripts: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};
const superscript = (exponent: number) => String(exponent).replace(/[-0-9]/g, (c) => superscripts[c]!);

export function crosstabFormat(language: Language): CrosstabFormat {
  const locale = localeOf(language);
  const fixed = (digits: number, options: Intl.NumberFormatOptions = {}) =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, ...options });
  const whole = fixed(0);
  const oneDecimal = fixed(1);
  const twoDecimals = fixed(2, { useGrouping: false });
  const signed = fixed(2, { signDisplay: 'exceptZero', useGrouping: false });
  const threeDecimals = fixed(3, { useGrouping: false });
  const percent = fixed(1, { style: 'percent' });
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: false });
  const mantissa = fixed(2);
  const significant = new Intl.NumberFormat(locale, { maximumSignificantDigits: 3, useGrouping: false });

  return {
    count: (value, weighted) => (weighted ? oneDecimal : whole).format(value),
    percent: (value) => percent.format(value / 100),
    expected: (value) => oneDecimal.format(value),
    residual: (value) => signed.format(value),
    statistic: (value) => twoDecimals.format(value),
    coefficient: (value) => threeDecimals.format(value),
    integer: (value) => whole.format(value),
    p: (value) => (value < 0.001 ? `< ${threeDecimals.format(0.001)}` : threeDecimals.format(value)),
    pExact: (value) => {
      // The engine's p is accurate down to about 1e-300; 0 means smaller than that.
      if (value === 0) return `< 10${superscript(-300)}`;
      if (value >= 0.001) return significant.format(value);
      let exponent = Math.floor(Math.log10(value));
      let base = value / 10 ** exponent;
      if (Number(base.toFixed(2)) >= 10) {
        base /= 10;
        exponent += 1;
      }
      return `${mantissa.format(base)} × 10${superscript(exponent)}`;
    },
    plain: (value) => plain.format(value),
  };
}
