import type { Language } from '../shared/contract/channels';
import { baseName, type DatasetBase } from '../shared/units/count-unit';

type Call = (channel: 'datasets.setBase', request: unknown) => Promise<unknown>;
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
export async function baseCommand(call: Call, flags: BaseFlags, language: Language, out: Write): Promise<void> {
  const number = flags.threshold === undefined ? null : Number(flags.threshold.replace(',', '.'));
  const threshold = flags.threshold === undefined ? null : Number.isNaN(number) ? flags.threshold : number;
  const base = (await call('datasets.setBase', {
    dataset: flags.dataset,
    variable: flags.none ? null : flags.variable,
    threshold,
  })) as DatasetBase | null;
  if (base === null) {
    out(
      language === 'nl'
        ? `"${flags.dataset}" heeft geen basiskolom: er geldt geen publicatiedrempel.\n`
        : `"${flags.dataset}" has no base column: no publication threshold applies.\n`,
    );
    return;
  }
  const name = baseName(base);
  if (base.threshold === null) {
    out(
      language === 'nl'
        ? `Basis van "${flags.dataset}": ${name}, zonder drempel.\n`
        : `Base of "${flags.dataset}": ${name}, without a threshold.\n`,
    );
  } else {
    out(
      language === 'nl'
        ? `Basis van "${flags.dataset}": ${name}; gebieden met minder dan ${base.threshold} worden niet aan partners getoond.\n`
        : `Base of "${flags.dataset}": ${name}; areas with fewer than ${base.threshold} are not shown to partners.\n`,
    );
  }
}
