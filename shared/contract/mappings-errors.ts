import { defineErrors } from './define-errors';

/** The indicator mapping's errors: a variable that cannot be an indicator. */
export const mappingsErrors = defineErrors({
  nl: {
    variable_not_numeric: (p: { dataset: string; variable: string }) =>
      `"${p.variable}" in "${p.dataset}" is geen getal of ordinale schaal en kan geen indicator zijn.`,
    variable_has_role: (p: { dataset: string; variable: string; role: string }) =>
      `"${p.variable}" in "${p.dataset}" is de ${{ id: 'id-kolom', weight: 'weging', area_code: 'gebiedscode', area_name: 'gebiedsnaam' }[p.role] ?? p.role} van de dataset en kan geen indicator zijn.`,
  },
  en: {
    variable_not_numeric: (p) =>
      `"${p.variable}" in "${p.dataset}" is not a number or an ordinal scale and cannot be an indicator.`,
    variable_has_role: (p) =>
      `"${p.variable}" in "${p.dataset}" is the dataset's ${{ id: 'id column', weight: 'weight', area_code: 'area code', area_name: 'area name' }[p.role] ?? p.role} and cannot be an indicator.`,
  },
});
