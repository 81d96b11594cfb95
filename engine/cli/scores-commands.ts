import type { Language } from '../../shared/contract/channels';
import { conditionIds, conditions } from '../../shared/conditions';
import type { ScoreTable } from '../../shared/scores/score-types';

type Call = (channel: 'mappings.set' | 'mappings.remove' | 'scores.compute', request: unknown) => Promise<unknown>;
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
export async function mapCommand(call: Call, flags: MapFlags, language: Language, out: Write): Promise<void> {
  const weight = flags.weight === undefined ? undefined : Number(flags.weight.replace(',', '.'));
  await call('mappings.set', {
    dataset: flags.dataset,
    variable: flags.variable,
    condition: flags.condition,
    domain: flags.domain ?? null,
    polarity: flags.polarity,
    weight,
    reverse: flags.reverse ?? false,
  });
  const condition = conditions.find((c) => c.id === flags.condition)?.label[language] ?? flags.condition;
  out(language === 'nl' ? `Gekoppeld: ${flags.variable} → ${condition}\n` : `Mapped: ${flags.variable} → ${condition}\n`);
}

export async function unmapCommand(call: Call, flags: MapFlags, language: Language, out: Write): Promise<void> {
  await call('mappings.remove', { dataset: flags.dataset, variable: flags.variable });
  out(language === 'nl' ? `Ontkoppeld: ${flags.variable}\n` : `Unmapped: ${flags.variable}\n`);
}

export async function scoresCommand(
  call: Call,
  flags: { dataset?: string; municipality?: string; audience?: string; json?: boolean },
  language: Language,
  out: Write,
): Promise<void> {
  const table = (await call('scores.compute', { dataset: flags.dataset, municipality: flags.municipality?.toUpperCase() ?? null, audience: flags.audience })) as ScoreTable;
  if (flags.json) {
    out(`${JSON.stringify(table, null, 2)}\n`);
    return;
  }
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  const format = (value: number | null) => (value === null ? '—' : value.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  const heads = conditions.map((c) => c.label[language]);
  out(`${[language === 'nl' ? 'Gebied' : 'Area', 'n', ...heads].join('\t')}\n`);
  for (const area of table.areas) {
    const mark = area.suppressed ? (language === 'nl' ? ` (n < ${table.threshold}: niet publiceren)` : ` (n < ${table.threshold}: do not publish)`) : '';
    out(`${area.code} ${area.name ?? ''}${mark}\t${area.n ?? '—'}\t${conditionIds.map((id) => format(area.scores[id])).join('\t')}\n`);
  }
}
