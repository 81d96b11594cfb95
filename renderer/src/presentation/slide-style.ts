import type { ConditionId } from '../../../shared/conditions';
import type { Language } from '../../../shared/contract/channels';
import { conditionOf } from '../../../shared/scores/profile-data';
import type { RadarLayout } from '../charts/radar-layout';
import type { SeriesStyle } from '../charts/series-styles';

/**
 * The projector's radar: labels of 24 and rings of 23 SVG units, drawn at least at 0.9 of their size in the
 * slide's chart box at 1280×720 (and larger at 1920×1080), so no chart text is under 20 px.
 */
export const projectorRadar: RadarLayout = {
  width: 880,
  height: 590,
  radius: 200,
  labelOffset: 30,
  fontSize: 24,
  labelWeight: 600,
  lineHeight: 28,
  ringFontSize: 23,
  markerSize: 18,
  strokeWidth: 5,
  labelChars: 18,
};

/**
 * The three shapes on black, told apart by colour, dash and marker: the figures white and solid, the words
 * Okabe–Ito's vermillion, the partners its yellow (each at least 5:1 against black).
 */
export const projectorSeries: Record<'figures' | 'words' | 'partners', SeriesStyle> = {
  figures: { color: '#FFFFFF', dash: null, marker: 'circle' },
  words: { color: '#FF7A33', dash: '14 7', marker: 'square' },
  partners: { color: '#F0E442', dash: '4 6', marker: 'triangle' },
};

/**
 * A partner's estimate (0–10) drawn on the index's rings: 0 on 70, 5 on the reference 100, 10 on 130, so the
 * middle of the partners' scale lies on the average. The slide's legend says so in words.
 */
export function estimateOnIndexRings(estimate: number): number {
  return 70 + 6 * estimate;
}

export function conditionLabel(id: ConditionId, language: Language): string {
  return conditionOf(id).label[language];
}

export function conditionColor(id: ConditionId): string {
  return conditionOf(id).color;
}
