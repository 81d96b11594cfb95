import path from 'node:path';
import { conditionIds, conditions } from '../shared/conditions';
import { requestFrom, type ThrowingCaller } from '../shared/contract/caller';
import type { Language } from '../shared/i18n/language';
import { localeOf } from '../shared/i18n/locale';
import { defineMessages, translate, type MessageParams } from '../shared/i18n/messages';
import { blindSpotTexts } from '../shared/session/blind-spot-texts';
import { recordFileName } from '../shared/session/record-file-name';

type Write = (text: string) => void;

export const sessionOptions = {
  json: { type: 'boolean' },
  out: { type: 'string' },
  overwrite: { type: 'boolean' },
} as const;

export interface SessionFlags {
  json?: boolean;
  out?: string;
  overwrite?: boolean;
}

export type SessionAction = 'list' | 'show' | 'export';

/** The command's texts; `werkbank session` writes them in the language of `--lang`. */
const sessionTexts = defineMessages({
  nl: {
    none: 'Geen sessies.',
    steps: (p: { count: number }) => (p.count === 1 ? '1 stap' : `${p.count} stappen`),
    question: 'Vraag: {question}',
    datasets: 'Cijfers: {figures}; woorden: {words}',
    noDataset: 'geen',
    organisations: 'Organisaties: {list}',
    agenda: 'Agenda:',
    area: 'Gebied {area}',
    suppressed: ' (onder de publicatiedrempel: nooit aan partners getoond)',
    header: 'Conditie\tcijfers\twoorden\tpartners (0–10)\tvoorzieningen',
    blindSpot: 'Blinde vlek: {condition} ({reasons})',
    written: 'Verslag geschreven: {path}',
  },
  en: {
    none: 'No sessions.',
    steps: (p) => (p.count === 1 ? '1 step' : `${p.count} steps`),
    question: 'Question: {question}',
    datasets: 'Figures: {figures}; words: {words}',
    noDataset: 'none',
    organisations: 'Organisations: {list}',
    agenda: 'Agenda:',
    area: 'Area {area}',
    suppressed: ' (below the publication threshold: never shown to partners)',
    header: 'Condition\tfigures\twords\tpartners (0–10)\tprovisions',
    blindSpot: 'Blind spot: {condition} ({reasons})',
    written: 'Record written: {path}',
  },
});

/** A session's id as given; a value that is no whole number goes to the contract as it is, which refuses it in words. */
const sessionId = (given: string) => (/^\d+$/.test(given) ? Number(given) : given);

/**
 * `werkbank session list|show|export`: the project's sessions; one session with its agenda and its areas
 * through the four conditions (figures, words, partners, provisions) and the blind spot, as the researcher
 * sees them; or its record, the partner-safe HTML file (`--out`, else `sessie-<date>-<area>.html` here).
 */
export async function sessionCommand(
  call: ThrowingCaller,
  action: SessionAction,
  session: string | undefined,
  flags: SessionFlags,
  language: Language,
  out: Write,
): Promise<void> {
  const say = (key: keyof typeof sessionTexts.nl, params?: MessageParams) =>
    translate(language, sessionTexts, key, params as never);
  if (action === 'list') {
    const list = await call('session.list', {});
    if (flags.json) return out(`${JSON.stringify(list, null, 2)}\n`);
    if (list.length === 0) return out(`${say('none')}\n`);
    for (const s of list)
      out(`${[s.id, s.date, s.title, s.areas.join(', '), say('steps', { count: s.steps })].join('\t')}\n`);
    return;
  }
  const ref = requestFrom('session.get', { session: sessionId(session ?? '') });
  if (action === 'export') {
    const overview = await call('session.overview', ref);
    const detail = await call('session.get', ref);
    const file = flags.out ?? path.resolve(recordFileName(detail.date, overview.areas));
    const written = await call('session.export', { ...ref, path: file, overwrite: flags.overwrite ?? false });
    if (flags.json) return out(`${JSON.stringify(written, null, 2)}\n`);
    return out(`${say('written', { path: written.path })}\n`);
  }
  const detail = await call('session.get', ref);
  const overview = await call('session.overview', ref);
  if (flags.json) return out(`${JSON.stringify({ session: detail, overview }, null, 2)}\n`);
  const number = (value: number | null, digits: number) =>
    value === null
      ? '—'
      : value.toLocaleString(localeOf(language), { maximumFractionDigits: digits, useGrouping: false });
  const label = (id: (typeof conditionIds)[number]) => conditions.find((c) => c.id === id)!.label[language];
  out(`${detail.title}\t${detail.date}\n`);
  if (detail.question !== '') out(`${say('question', { question: detail.question })}\n`);
  out(
    `${say('datasets', { figures: detail.figuresDataset ?? say('noDataset'), words: detail.wordsDataset ?? say('noDataset') })}\n`,
  );
  if (detail.organisations.length > 0)
    out(
      `${say('organisations', { list: detail.organisations.map((o) => (o.role ? `${o.name} (${o.role})` : o.name)).join(', ') })}\n`,
    );
  out(`${say('agenda')}\n`);
  detail.agenda.forEach((step, index) => {
    const title = step.title || step.text.split('\n')[0] || '';
    out(`  ${index + 1}. ${step.kind}${step.area ? ` ${step.area}` : ''}${title ? `: ${title}` : ''}\n`);
  });
  for (const area of overview.areas) {
    out(
      `\n${say('area', { area: `${area.code} ${area.name ?? ''}`.trim() })}${area.suppressed ? say('suppressed') : ''}\n`,
    );
    out(`${say('header')}\n`);
    for (const id of conditionIds) {
      const view = area.conditions[id];
      const partners = view.partners === null ? '—' : `${number(view.partners.mean, 1)} (${view.partners.count})`;
      out(`${[label(id), number(view.figures, 1), number(view.words, 1), partners, view.provisions].join('\t')}\n`);
    }
    if (area.blindSpot)
      out(
        `${say('blindSpot', {
          condition: label(area.blindSpot.condition),
          reasons: area.blindSpot.reasons.map((r) => translate(language, blindSpotTexts, `reason_${r}`)).join('; '),
        })}\n`,
      );
  }
}
