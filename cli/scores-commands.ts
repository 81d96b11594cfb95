import type { Language } from '../shared/contract/channels';
import { conditionIds, conditions } from '../shared/conditions';
import { requestFrom, type ThrowingCaller } from '../shared/contract/caller';
import type { ScoreTable } from '../shared/scores/score-types';
import { baseName, belowThreshold, unitNoun } from '../shared/units/count-unit';
import { localeOf } from '../shared/i18n/locale';
import { defineMessages, translate } from '../shared/i18n/messages';

const texts = defineMessages({
  nl: {
    mapped: 'Gekoppeld: {variable} → {condition}\n',
    unmapped: 'Ontkoppeld: {variable}\n',
    area: 'Gebied',
    doNotPublish: ' ({below}: niet publiceren)',
    nWithoutBase: 'n (geen basiskolom)',
  },
  en: {
    mapped: 'Mapped: {variable} → {condition}\n',
    unmapped: 'Unmapped: {variable}\n',
    area: 'Area',
    doNotPublish: ' ({below}: do not publish)',
    nWithoutBase: 'n (no base column)',
  },
});

type Write = (text: string) => void;

export interface MapFlags {
  dataset?: string;
  variable?: string;
  condition?: string;
  domain?: string;
  polarity?: string;
  weight?: string;
  reverse?: boolean;
}

/** `werkbank map`: the flags become a mapping request; the contract's schema checks them. */
export async function mapCommand(call: ThrowingCaller, flags: MapFlags, language: Language, out: Write): Promise<void> {
  const weight = flags.weight === undefined ? undefined : Number(flags.weight.replace(',', '.'));
  const mapping = {
    dataset: flags.dataset,
    variable: flags.variable,
    condition: flags.condition,
    domain: flags.domain ?? null,
    polarity: flags.polarity,
    weight,
    reverse: flags.reverse ?? false,
  };
  await call('mappings.set', requestFrom('mappings.set', mapping));
  const condition = conditions.find((c) => c.id === flags.condition)?.label[language] ?? flags.condition;
  out(translate(language, texts, 'mapped', { variable: flags.variable ?? '', condition: condition ?? '' }));
}

export async function unmapCommand(
  call: ThrowingCaller,
  flags: MapFlags,
  language: Language,
  out: Write,
): Promise<void> {
  await call('mappings.remove', requestFrom('mappings.remove', { dataset: flags.dataset, variable: flags.variable }));
  out(translate(language, texts, 'unmapped', { variable: flags.variable ?? '' }));
}

export async function scoresCommand(
  call: ThrowingCaller,
  flags: { dataset?: string; municipality?: string; reference?: string; audience?: string; json?: boolean },
  language: Language,
  out: Write,
): Promise<void> {
  const request = {
    dataset: flags.dataset,
    municipality: flags.municipality ?? null,
    reference: flags.reference,
    audience: flags.audience,
  };
  const table = await call('scores.compute', requestFrom('scores.compute', request));
  if (flags.json) {
    out(`${JSON.stringify(table, null, 2)}\n`);
    return;
  }
  const locale = localeOf(language);
  const format = (value: number | null) =>
    value === null ? '—' : value.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const heads = conditions.map((c) => c.label[language]);
  const below = belowThreshold(table.publication, language);
  out(`${[translate(language, texts, 'area'), nHeading(table, language), ...heads].join('\t')}\n`);
  for (const area of table.areas) {
    const mark = area.suppressed && below ? translate(language, texts, 'doNotPublish', { below }) : '';
    const n = area.n === null ? '—' : area.n.toLocaleString(locale, { maximumFractionDigits: 0 });
    out(
      `${area.code} ${area.name ?? ''}${mark}\t${n}\t${conditionIds.map((id) => format(area.scores[id])).join('\t')}\n`,
    );
  }
}

/** What the n column counts: respondents, an area dataset's base column, or nothing (no base). */
function nHeading(table: ScoreTable, language: Language): string {
  if (table.unit === 'respondents') return `n (${unitNoun('respondents', null, 2, language)})`;
  if (table.base) return `n (${baseName(table.base)})`;
  return translate(language, texts, 'nWithoutBase');
}
