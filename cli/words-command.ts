import type { WordsIndexReport } from '../shared/coding/coding-types';
import { conditionIds, conditions } from '../shared/conditions';
import type { Language } from '../shared/i18n/language';

type Call = (channel: 'coding.words', request: unknown) => Promise<unknown>;
type Write = (text: string) => void;

export const wordsOptions = {
  json: { type: 'boolean' },
  dataset: { type: 'string' },
  coder: { type: 'string' },
  figures: { type: 'string' },
  municipality: { type: 'string' },
  reference: { type: 'string' },
  audience: { type: 'string' },
} as const;

export interface WordsFlags {
  json?: boolean;
  dataset?: string;
  coder?: string;
  figures?: string;
  municipality?: string;
  reference?: string;
  audience?: string;
}

const texts = {
  nl: {
    locale: 'nl-NL',
    heading: (report: WordsIndexReport) =>
      `Woordenindex van ${report.dataset}, codeur ${report.coder}` +
      (report.figures === null
        ? ''
        : `; gestandaardiseerd over ${report.reference.length} gebieden van ${report.figures}`),
    noFigures: 'Geen dataset met gekoppelde indicatoren, dus geen referentie: koppel eerst indicatoren (werkbank map).',
    tooFew: (report: WordsIndexReport) =>
      `Minder dan ${report.minimumAreas} gebieden om over te standaardiseren: Woorden en cijfers toont hier geen overlay.`,
    area: 'Gebied',
    coded: 'gecodeerd',
    below: (threshold: number) => ` (minder dan ${threshold} gecodeerd)`,
    outside: ' (niet in de referentie)',
  },
  en: {
    locale: 'en-GB',
    heading: (report: WordsIndexReport) =>
      `Words index of ${report.dataset}, coder ${report.coder}` +
      (report.figures === null ? '' : `; standardised over ${report.reference.length} areas of ${report.figures}`),
    noFigures: 'No dataset with mapped indicators, so no reference: map indicators first (werkbank map).',
    tooFew: (report: WordsIndexReport) =>
      `Fewer than ${report.minimumAreas} areas to standardise over: Words and figures shows no overlay here.`,
    area: 'Area',
    coded: 'coded',
    below: (threshold: number) => ` (fewer than ${threshold} coded)`,
    outside: ' (not in the reference)',
  },
} satisfies Record<Language, unknown>;

/**
 * `werkbank words`: per area the coder's shares of each condition on the figures' index scale
 * (100 + 10 × z), the numbers Analyse → Woorden en cijfers overlays on the figures.
 */
export async function wordsCommand(call: Call, flags: WordsFlags, language: Language, out: Write): Promise<void> {
  const report = (await call('coding.words', {
    dataset: flags.dataset,
    ...(flags.coder === undefined ? {} : { coder: flags.coder }),
    ...(flags.figures === undefined ? {} : { figures: flags.figures }),
    municipality: flags.municipality ?? null,
    reference: flags.reference,
    audience: flags.audience,
  })) as WordsIndexReport;
  if (flags.json) return out(`${JSON.stringify(report, null, 2)}\n`);
  const text = texts[language];
  const format = (value: number | null) =>
    value === null
      ? '—'
      : value.toLocaleString(text.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
  out(`${text.heading(report)}\n`);
  if (report.figures === null) out(`${text.noFigures}\n`);
  else if (report.reference.length < report.minimumAreas) out(`${text.tooFew(report)}\n`);
  out(`${[text.area, text.coded, ...conditions.map((condition) => condition.label[language])].join('\t')}\n`);
  for (const area of report.areas) {
    const mark = area.belowThreshold ? text.below(report.threshold) : area.inReference ? '' : text.outside;
    const coded = area.coded === null ? '—' : String(area.coded);
    const index = conditionIds.map((id) => format(area.index[id]));
    out(`${[`${area.code} ${area.name ?? ''}${mark}`, coded, ...index].join('\t')}\n`);
  }
}
