import type { Codebook, CodebookChange, CodeFields } from '../../../shared/codebook/codebook-types';
import { paletteColor } from '../../../shared/codebook/palette';
import type { Language } from '../../../shared/contract/channels';
import type { Translate as TranslateKey } from '../i18n/hooks';
import { findPlace } from './code-tree';
import type { CodebookKey } from './codebook-texts';

type Translate = TranslateKey<CodebookKey>;

const fieldLabels: Record<keyof CodeFields, CodebookKey> = {
  nl: 'codebook.field.nl',
  en: 'codebook.field.en',
  descriptionNl: 'codebook.field.descriptionNl',
  descriptionEn: 'codebook.field.descriptionEn',
  color: 'codebook.field.color',
  parent: 'codebook.field.parent',
  position: 'codebook.field.position',
  codable: 'codebook.field.codable',
  archived: 'codebook.field.archived',
};

function fieldValue(
  field: keyof CodeFields,
  value: unknown,
  t: Translate,
  language: Language,
  codebook: Codebook,
): string {
  if (value === null || value === undefined || value === '') {
    if (field === 'parent') return t('codebook.parent.top');
    if (field === 'color') return t('codebook.color.inherit');
    return t('codebook.history.empty');
  }
  if (typeof value === 'boolean') return value ? t('codebook.history.yes') : t('codebook.history.no');
  if (field === 'position' && typeof value === 'number') return String(value + 1);
  if (field === 'color' && typeof value === 'string') {
    const name = paletteColor(value)?.name[language];
    return name ? `${name} (${value})` : value;
  }
  if (field === 'parent' && typeof value === 'string') {
    const parent = findPlace(codebook.codes, value)?.code;
    return parent ? `“${parent.label[language] ?? parent.label.nl}”` : value;
  }
  return `“${String(value)}”`;
}

/** A change from the history in words: a headline and, for a change to one code, what it was and became. */
export function describeChange(
  change: CodebookChange,
  t: Translate,
  language: Language,
  codebook: Codebook,
): { headline: string; details: string[] } {
  switch (change.kind) {
    case 'create':
      return { headline: t('codebook.history.create', { codes: change.after.codes }), details: [] };
    case 'import':
      return {
        headline: t('codebook.history.import', {
          file: change.after.file,
          added: change.after.codes.length - change.before.codes.length,
          updated: change.before.codes.length,
        }),
        details: [],
      };
    default: {
      const renamed = change.before?.nl !== undefined && change.after.nl !== undefined;
      const headline =
        change.kind === 'rename' && renamed
          ? t('codebook.history.renameTo', { before: change.before?.nl ?? '', after: change.after.nl ?? '' })
          : t(`codebook.history.${change.kind}`, { label: change.label });
      // An addition shows the new code in the tree; a list of all its fields would only repeat it.
      if (change.kind === 'add' || change.before === null) return { headline, details: [] };
      const before = change.before;
      const details = (Object.keys(change.after) as (keyof CodeFields)[])
        .filter((field) => field !== 'archived')
        .map((field) =>
          t('codebook.history.change', {
            field: t(fieldLabels[field]),
            before: fieldValue(field, before[field], t, language, codebook),
            after: fieldValue(field, change.after[field], t, language, codebook),
          }),
        );
      return { headline, details };
    }
  }
}
