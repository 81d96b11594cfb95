import { conditionIds, conditions } from '../shared/conditions';
import type { Language } from '../shared/i18n/language';
import { localeOf } from '../shared/i18n/locale';
import { defineMessages, translate, type MessageParams } from '../shared/i18n/messages';
import { requestFrom, type ThrowingCaller } from '../shared/contract/caller';

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

/** The command's texts; `werkbank words` writes them in the language of `--lang`. */
const wordsTexts = defineMessages({
  nl: {
    heading: 'Woordenindex van {dataset}, codeur {coder}',
    standardisedOver: '; gestandaardiseerd over {count} gebieden van {figures}',
    noFigures: 'Geen dataset met gekoppelde indicatoren, dus geen referentie: koppel eerst indicatoren (werkbank map).',
    tooFew: 'Minder dan {minimum} gebieden om over te standaardiseren: Woorden en cijfers toont hier geen overlay.',
    area: 'Gebied',
    coded: 'gecodeerd',
    below: ' (minder dan {threshold} gecodeerd)',
    outside: ' (niet in de referentie)',
  },
  en: {
    heading: 'Words index of {dataset}, coder {coder}',
    standardisedOver: '; standardised over {count} areas of {figures}',
    noFigures: 'No dataset with mapped indicators, so no reference: map indicators first (werkbank map).',
    tooFew: 'Fewer than {minimum} areas to standardise over: Words and figures shows no overlay here.',
    area: 'Area',
    coded: 'coded',
    below: ' (fewer than {threshold} coded)',
    outside: ' (not in the reference)',
  },
});

/**
 * `werkbank words`: per area the coder's shares of each condition on the figures' index scale
 * (100 + 10 × z), the numbers Analyse → Woorden en cijfers overlays on the figures.
 */
export async function wordsCommand(
  call: ThrowingCaller,
  flags: WordsFlags,
  language: Language,
  out: Write,
): Promise<void> {
  const request = {
    dataset: flags.dataset,
    ...(flags.coder === undefined ? {} : { coder: flags.coder }),
    ...(flags.figures === undefined ? {} : { figures: flags.figures }),
    municipality: flags.municipality ?? null,
    reference: flags.reference,
    audience: flags.audience,
  };
  const report = await call('coding.words', requestFrom('coding.words', request));
  if (flags.json) return out(`${JSON.stringify(report, null, 2)}\n`);
  const say = (key: keyof typeof wordsTexts.nl, params?: MessageParams) => translate(language, wordsTexts, key, params);
  const format = (value: number | null) =>
    value === null
      ? '—'
      : value.toLocaleString(localeOf(language), {
          minimumFractionDigits: 2,
          maximumFractionDigits: 2,
          useGrouping: false,
        });
  const over =
    report.figures === null ? '' : say('standardisedOver', { count: report.reference.length, figures: report.figures });
  out(`${say('heading', { dataset: report.dataset, coder: report.coder })}${over}\n`);
  if (report.figures === null) out(`${say('noFigures')}\n`);
  else if (report.reference.length < report.minimumAreas) out(`${say('tooFew', { minimum: report.minimumAreas })}\n`);
  out(`${[say('area'), say('coded'), ...conditions.map((condition) => condition.label[language])].join('\t')}\n`);
  for (const area of report.areas) {
    const mark = area.belowThreshold
      ? say('below', { threshold: report.threshold })
      : area.inReference
        ? ''
        : say('outside');
    const coded = area.coded === null ? '—' : String(area.coded);
    const index = conditionIds.map((id) => format(area.index[id]));
    out(`${[`${area.code} ${area.name ?? ''}${mark}`, coded, ...index].join('\t')}\n`);
  }
}
