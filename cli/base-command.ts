import type { Language } from '../shared/contract/channels';
import { requestFrom, type ThrowingCaller } from '../shared/contract/caller';
import { baseName } from '../shared/units/count-unit';
import { defineMessages, translate } from '../shared/i18n/messages';

const texts = defineMessages({
  nl: {
    noBase: '"{dataset}" heeft geen basiskolom: er geldt geen publicatiedrempel.\n',
    baseWithoutThreshold: 'Basis van "{dataset}": {name}, zonder drempel.\n',
    baseWithThreshold:
      'Basis van "{dataset}": {name}; gebieden met minder dan {threshold} worden niet aan partners getoond.\n',
  },
  en: {
    noBase: '"{dataset}" has no base column: no publication threshold applies.\n',
    baseWithoutThreshold: 'Base of "{dataset}": {name}, without a threshold.\n',
    baseWithThreshold: 'Base of "{dataset}": {name}; areas with fewer than {threshold} are not shown to partners.\n',
  },
});

type Write = (text: string) => void;

export interface BaseFlags {
  dataset?: string;
  variable?: string;
  threshold?: string;
  none?: boolean;
}

/**
 * `werkbank base`: an area dataset's base column (its areas' n) and the threshold it carries, or with
 * `--none` no base. The contract checks the values, so a threshold that is no whole number is refused
 * in words, with what was given.
 */
export async function baseCommand(
  call: ThrowingCaller,
  flags: BaseFlags,
  language: Language,
  out: Write,
): Promise<void> {
  const number = flags.threshold === undefined ? null : Number(flags.threshold.replace(',', '.'));
  const threshold = flags.threshold === undefined ? null : Number.isNaN(number) ? flags.threshold : number;
  const request = { dataset: flags.dataset, variable: flags.none ? null : flags.variable, threshold };
  const base = await call('datasets.setBase', requestFrom('datasets.setBase', request));
  if (base === null) {
    out(translate(language, texts, 'noBase', { dataset: flags.dataset ?? '' }));
    return;
  }
  const name = baseName(base);
  if (base.threshold === null) {
    out(translate(language, texts, 'baseWithoutThreshold', { dataset: flags.dataset ?? '', name }));
  } else {
    out(
      translate(language, texts, 'baseWithThreshold', {
        dataset: flags.dataset ?? '',
        name,
        threshold: base.threshold,
      }),
    );
  }
}
