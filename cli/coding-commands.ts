import { requestFrom, type ThrowingCaller } from '../shared/contract/caller';
import type { Language } from '../shared/contract/channels';
import { conditionIds, conditions } from '../shared/conditions';
import { localeOf } from '../shared/i18n/locale';
import { defineMessages, translate } from '../shared/i18n/messages';

const texts = defineMessages({
  nl: { coders: 'Codeurs', condition: 'Conditie' },
  en: { coders: 'Coders', condition: 'Condition' },
});

type Write = (text: string) => void;

export const codingsOptions = {
  dataset: { type: 'string' },
  coder: { type: 'string' },
  out: { type: 'string' },
  column: { type: 'string' },
  overwrite: { type: 'boolean' },
} as const;

/** `werkbank codings import|export|suggest`. */
export async function codingsCommand(
  call: ThrowingCaller,
  action: 'import' | 'export' | 'suggest',
  flags: { dataset?: string; coder?: string; out?: string; column?: string; overwrite?: boolean; json?: boolean },
  file: string | undefined,
  language: Language,
  out: Write,
): Promise<void> {
  const nl = language === 'nl';
  if (action === 'suggest') {
    const summary = await call(
      'coding.autocode',
      requestFrom('coding.autocode', { dataset: flags.dataset, textColumn: flags.column }),
    );
    if (flags.json) return out(`${JSON.stringify(summary, null, 2)}\n`);
    return out(
      nl
        ? `${summary.records} records gecodeerd als "${summary.coder}"; ${summary.suggested} met een suggestie (${summary.codings} codes); ${summary.withoutText} zonder tekst bleven ongecodeerd.\n`
        : `${summary.records} records coded as "${summary.coder}"; ${summary.suggested} with a suggestion (${summary.codings} codes); ${summary.withoutText} without text left uncoded.\n`,
    );
  }
  const result =
    action === 'import'
      ? await call(
          'coding.importCsv',
          requestFrom('coding.importCsv', { dataset: flags.dataset, coder: flags.coder, path: file }),
        )
      : await call(
          'coding.exportCsv',
          requestFrom('coding.exportCsv', {
            dataset: flags.dataset,
            coder: flags.coder,
            path: flags.out,
            overwrite: flags.overwrite ?? false,
          }),
        );
  if (flags.json) return out(`${JSON.stringify(result, null, 2)}\n`);
  const verb = action === 'import' ? (nl ? 'Geïmporteerd' : 'Imported') : nl ? 'Geschreven' : 'Written';
  out(`${verb}: ${result.path} (${result.records} records, ${result.codings} codes)\n`);
}

/** `werkbank agreement`: per condition the number of units and the three figures. */
export async function agreementCommand(
  call: ThrowingCaller,
  flags: { dataset?: string; coders?: string; json?: boolean },
  language: Language,
  out: Write,
): Promise<void> {
  const coders = flags.coders
    ?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const report = await call(
    'coding.agreement',
    requestFrom('coding.agreement', { dataset: flags.dataset, ...(coders ? { coders } : {}) }),
  );
  if (flags.json) return out(`${JSON.stringify(report, null, 2)}\n`);
  const locale = localeOf(language);
  const format = (value: number | null, digits: number) =>
    value === null
      ? '—'
      : value.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  out(`${translate(language, texts, 'coders')}: ${report.coders.join(', ')}\n`);
  out(`${[translate(language, texts, 'condition'), 'n', '%', 'kappa', 'alpha'].join('\t')}\n`);
  for (const id of conditionIds) {
    const figure = report.conditions[id];
    const label = conditions.find((condition) => condition.id === id)!.label[language];
    out(
      `${label}\t${figure.units}\t${format(figure.percentAgreement === null ? null : figure.percentAgreement * 100, 1)}\t${format(figure.cohenKappa, 3)}\t${format(figure.krippendorffAlpha, 3)}\n`,
    );
  }
}
