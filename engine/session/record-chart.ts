import { conditions } from '../../shared/conditions';
import type { Language } from '../../shared/i18n/language';
import { localeOf } from '../../shared/i18n/locale';
import type { AreaView } from '../../shared/session/session-types';
import { escapeHtml } from './escape-html';

/** The index axis the bars are drawn on; values beyond it are drawn to its end (the number says the value). */
const LOW = 60;
const HIGH = 140;
const WIDTH = 640;
const LABEL = 200;
const RIGHT = 56;
const ROW = 46;

/**
 * An area's figures and words per condition as an inline SVG for the record (no scripts, prints as it
 * shows): per condition a bar from 100 (the reference mean) to the figures' index, dark, and one to the
 * words' index, light, in the condition's colour, each with its value.
 */
export function indexBarsSvg(area: AreaView, language: Language): string {
  const x = (value: number) =>
    LABEL + ((Math.min(HIGH, Math.max(LOW, value)) - LOW) / (HIGH - LOW)) * (WIDTH - LABEL - RIGHT);
  const number = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 0 });
  const height = conditions.length * ROW + 24;
  const bar = (value: number | null, y: number, h: number, color: string, opacity: number) => {
    if (value === null) return '';
    const from = Math.min(x(100), x(value));
    const width = Math.max(1, Math.abs(x(value) - x(100)));
    const labelX = value >= 100 ? x(value) + 4 : x(value) - 4;
    const anchor = value >= 100 ? 'start' : 'end';
    return (
      `<rect x="${from.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${h}" fill="${color}" fill-opacity="${opacity}"/>` +
      `<text x="${labelX.toFixed(1)}" y="${y + h - 2}" font-size="11" text-anchor="${anchor}">${number.format(value)}</text>`
    );
  };
  const rows = conditions
    .map((condition, i) => {
      const y = i * ROW + 4;
      const view = area.conditions[condition.id];
      return (
        `<text x="0" y="${y + 20}" font-size="12">${escapeHtml(condition.label[language])}</text>` +
        bar(view.figures, y + 4, 16, condition.color, 1) +
        bar(view.words, y + 23, 12, condition.color, 0.45)
      );
    })
    .join('');
  const ticks = [LOW, 80, 100, 120, HIGH]
    .map(
      (tick) =>
        `<line x1="${x(tick).toFixed(1)}" x2="${x(tick).toFixed(1)}" y1="0" y2="${height - 18}" stroke="${tick === 100 ? '#000' : '#bbb'}" stroke-width="${tick === 100 ? 1.5 : 0.5}"/>` +
        `<text x="${x(tick).toFixed(1)}" y="${height - 4}" font-size="10" text-anchor="middle">${tick}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${escapeHtml(area.name ?? area.code)}">${ticks}${rows}</svg>`;
}
