import { defineErrors } from './define-errors';

/** The cross-tables' errors. */
export const crosstabErrors = defineErrors({
  nl: {
    crosstab_too_many_categories: (p: {
      dataset: string;
      variable: string;
      count: number;
      max: number;
      numeric: boolean;
    }) =>
      `"${p.variable}" in "${p.dataset}" heeft ${p.count} verschillende waarden; een kruistabel kan er hoogstens ${p.max} per variabele tonen.${p.numeric ? ' Deel de getallen in klassen in (bijvoorbeeld < 90, 90–110, > 110).' : ''}`,
    crosstab_bins_not_numeric: (p: { dataset: string; variable: string }) =>
      `"${p.variable}" in "${p.dataset}" is geen getal; alleen getallen kunnen in klassen worden ingedeeld.`,
  },
  en: {
    crosstab_too_many_categories: (p) =>
      `"${p.variable}" in "${p.dataset}" has ${p.count} different values; a cross-table can show at most ${p.max} per variable.${p.numeric ? ' Group the numbers into bins (for example < 90, 90–110, > 110).' : ''}`,
    crosstab_bins_not_numeric: (p) =>
      `"${p.variable}" in "${p.dataset}" is not a number; only numbers can be grouped into bins.`,
  },
});
