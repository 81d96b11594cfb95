import { defineErrors } from './define-errors';

interface UnknownMunicipality {
  dataset: string;
  municipality: string;
  /** Every municipality the dataset has areas in, sorted; the message lists the first of many. */
  codes: string[];
}

/** All of a few municipalities, the first ten of many. */
const shownCodes = (codes: string[]) => (codes.length > 12 ? codes.slice(0, 10) : codes);

const codeList = (shown: string[], and: string) =>
  shown.length < 2 ? shown.join('') : `${shown.slice(0, -1).join(', ')} ${and} ${shown.at(-1)}`;

/** The scores' errors: areas that cannot be scored. */
export const scoresErrors = defineErrors({
  nl: {
    no_area_column: (p: { dataset: string }) =>
      `Dataset "${p.dataset}" heeft geen kolom met gebiedscodes; scores per gebied kunnen niet worden berekend.`,
    /** `codes`: every municipality the dataset has areas in, sorted; the message lists the first of many. */
    unknown_municipality: (p: UnknownMunicipality) => {
      const shown = shownCodes(p.codes);
      const more = p.codes.length - shown.length;
      if (p.codes.length === 0)
        return `"${p.dataset}" heeft geen gebieden in gemeente ${p.municipality}: de gebieden van deze dataset hebben geen CBS-code (GM, WK of BU), dus ook geen gemeente.`;
      return `"${p.dataset}" heeft geen gebieden in gemeente ${p.municipality}. ${
        p.codes.length === 1
          ? `De dataset heeft alleen gebieden in gemeente ${codeList(shown, 'en')}.`
          : `De dataset heeft gebieden in ${p.codes.length} gemeenten: ${more > 0 ? `${shown.join(', ')} en nog ${more}.` : `${codeList(shown, 'en')}.`}`
      }`;
    },
  },
  en: {
    no_area_column: (p) => `Dataset "${p.dataset}" has no area code column; scores per area cannot be computed.`,
    unknown_municipality: (p) => {
      const shown = shownCodes(p.codes);
      const more = p.codes.length - shown.length;
      if (p.codes.length === 0)
        return `"${p.dataset}" has no areas in municipality ${p.municipality}: the areas of this dataset have no CBS code (GM, WK or BU), so no municipality either.`;
      return `"${p.dataset}" has no areas in municipality ${p.municipality}. ${
        p.codes.length === 1
          ? `The dataset only has areas in municipality ${codeList(shown, 'and')}.`
          : `The dataset has areas in ${p.codes.length} municipalities: ${more > 0 ? `${shown.join(', ')} and ${more} more.` : `${codeList(shown, 'and')}.`}`
      }`;
    },
  },
});
