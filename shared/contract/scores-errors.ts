import { defineErrors } from './define-errors';

/** The scores' errors: areas that cannot be scored. */
export const scoresErrors = defineErrors({
  no_area_column: (p: { dataset: string }) => ({
    nl: `Dataset "${p.dataset}" heeft geen kolom met gebiedscodes; scores per gebied kunnen niet worden berekend.`,
    en: `Dataset "${p.dataset}" has no area code column; scores per area cannot be computed.`,
  }),
  /** `codes`: every municipality the dataset has areas in, sorted; the message lists the first of many. */
  unknown_municipality: (p: { dataset: string; municipality: string; codes: string[] }) => {
    const shown = p.codes.length > 12 ? p.codes.slice(0, 10) : p.codes;
    const list = (and: string) =>
      shown.length < 2 ? shown.join('') : `${shown.slice(0, -1).join(', ')} ${and} ${shown.at(-1)}`;
    const more = p.codes.length - shown.length;
    if (p.codes.length === 0) {
      return {
        nl: `"${p.dataset}" heeft geen gebieden in gemeente ${p.municipality}: de gebieden van deze dataset hebben geen CBS-code (GM, WK of BU), dus ook geen gemeente.`,
        en: `"${p.dataset}" has no areas in municipality ${p.municipality}: the areas of this dataset have no CBS code (GM, WK or BU), so no municipality either.`,
      };
    }
    return {
      nl: `"${p.dataset}" heeft geen gebieden in gemeente ${p.municipality}. ${
        p.codes.length === 1
          ? `De dataset heeft alleen gebieden in gemeente ${list('en')}.`
          : `De dataset heeft gebieden in ${p.codes.length} gemeenten: ${more > 0 ? `${shown.join(', ')} en nog ${more}.` : `${list('en')}.`}`
      }`,
      en: `"${p.dataset}" has no areas in municipality ${p.municipality}. ${
        p.codes.length === 1
          ? `The dataset only has areas in municipality ${list('and')}.`
          : `The dataset has areas in ${p.codes.length} municipalities: ${more > 0 ? `${shown.join(', ')} and ${more} more.` : `${list('and')}.`}`
      }`,
    };
  },
});
