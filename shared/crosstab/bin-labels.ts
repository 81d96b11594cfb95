import type { Language } from '../i18n/language';
import { formatNumber } from './number-format';

/**
 * The label of each bin, by bin index, for rising cut points (see BinsSchema for where a value on a cut
 * point goes): [90, 110] → "< 90", "90–110", "> 110"; [65] → "< 65", "≥ 65".
 */
export function binLabels(cuts: number[], language: Language): Record<string, string> {
  const show = (value: number) => formatNumber(value, language, 10);
  const labels: Record<string, string> = { 0: `< ${show(cuts[0]!)}` };
  for (let i = 1; i < cuts.length; i++) labels[i] = `${show(cuts[i - 1]!)}–${show(cuts[i]!)}`;
  labels[cuts.length] = cuts.length === 1 ? `≥ ${show(cuts[0]!)}` : `> ${show(cuts[cuts.length - 1]!)}`;
  return labels;
}
