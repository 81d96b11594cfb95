import type { WeightCandidate, WeightProblem } from '../import/weight-problem';
import { defineErrors } from './define-errors';

interface WeightUnusable {
  dataset: string;
  variable: string;
  problem: WeightProblem;
  type: WeightCandidate['type'];
  min: number | null;
  missing: number;
}

/** Missing codes are whole numbers (-1, -99); a fraction below 0 is a wrong value, not a code. */
const isMissingCode = (min: number | null) => Number.isInteger(min);

const typeWords = {
  nl: { number: 'een getal', category: 'een categorie', text: 'tekst', date: 'een datum' },
  en: { number: 'a number', category: 'a category', text: 'text', date: 'a date' },
};

/** The datasets' errors: a dataset or variable that is not there, a base or weight that cannot be used. */
export const datasetsErrors = defineErrors({
  nl: {
    dataset_not_found: (p: { name: string }) => `Er is geen dataset met de naam "${p.name}".`,
    variable_not_found: (p: { dataset: string; variable: string }) =>
      `Dataset "${p.dataset}" heeft geen variabele "${p.variable}".`,
    base_for_survey: (p: { dataset: string }) =>
      `"${p.dataset}" is een enquête: de n is daar het aantal respondenten, en daarvoor geldt de publicatiedrempel van het project. Een basiskolom is er voor gebiedsgegevens.`,
    base_not_numeric: (p: { dataset: string; variable: string }) =>
      `"${p.variable}" in "${p.dataset}" is geen getal en kan dus geen basis zijn: de basis is een aantal mensen per gebied, zoals "Bevolking 19 jaar en ouder".`,
    weight_unusable: (p: WeightUnusable) => {
      const where = `"${p.variable}" in "${p.dataset}"`;
      return {
        id_column: `${where} is de id-kolom van de dataset: de getallen nummeren de rijen en zijn geen gewicht. Kies een andere weegfactor of weeg niet.`,
        not_numeric: `${where} is ${typeWords.nl[p.type]}, geen getal, en kan dus geen weegfactor zijn. Het type van een kolom kies je bij het importeren: importeer het bestand opnieuw en kies in de stap Voorbeeld (Data → Gegevens importeren…) bij "${p.variable}" het type Getal of de rol weging; op de opdrachtregel: werkbank import PROJECT BESTAND --weight-column "${p.variable}". Waarden die geen getal zijn, worden dan als ontbrekend opgeslagen en gemeld.`,
        negative: `${where} heeft negatieve waarden (de laagste is ${String(p.min).replace('.', ',')}) en kan dus geen weegfactor zijn: een gewicht ligt niet onder 0. ${
          isMissingCode(p.min)
            ? `Is ${p.min} een code voor ontbrekend? Importeer het bestand dan opnieuw met die code bij Extra ontbrekende codes (stap Voorbeeld van Data → Gegevens importeren…), of op de opdrachtregel met werkbank import PROJECT BESTAND --missing "${p.min}".`
            : 'Kies een andere weegfactor, of verbeter de waarden in het bestand en importeer het opnieuw.'
        }`,
        empty: `${where} heeft in geen enkele rij een waarde (alle ${p.missing} ontbreken) en kan dus geen weegfactor zijn. Kies een andere weegfactor of weeg niet. Staan de gewichten wel in het bestand, importeer het dan opnieuw en kijk in de stap Voorbeeld (Data → Gegevens importeren…) naar het type en het decimaalteken van "${p.variable}".`,
        zero: `${where} is in elke rij 0 of ontbrekend en kan dus geen weegfactor zijn: elke rij zou wegvallen. Kies een andere weegfactor of weeg niet.`,
      }[p.problem];
    },
  },
  en: {
    dataset_not_found: (p) => `There is no dataset named "${p.name}".`,
    variable_not_found: (p) => `Dataset "${p.dataset}" has no variable "${p.variable}".`,
    base_for_survey: (p) =>
      `"${p.dataset}" is a survey: its n is the number of respondents, to which the project's publication threshold applies. A base column is for area data.`,
    base_not_numeric: (p) =>
      `"${p.variable}" in "${p.dataset}" is not a number, so it cannot be the base: the base is a number of people per area, such as "Bevolking 19 jaar en ouder".`,
    weight_unusable: (p) => {
      const where = `"${p.variable}" in "${p.dataset}"`;
      return {
        id_column: `${where} is the dataset's id column: its numbers count the rows and are not a weight. Choose another weight or none.`,
        not_numeric: `${where} is ${typeWords.en[p.type]}, not a number, so it cannot be a weight. A column's type is chosen when importing: import the file again and, in the Preview step (Data → Import data…), choose the type Number or the role weight for "${p.variable}"; on the command line: werkbank import PROJECT FILE --weight-column "${p.variable}". Values that are not numbers are then stored as missing and reported.`,
        negative: `${where} has negative values (the lowest is ${String(p.min)}), so it cannot be a weight: a weight is not below 0. ${
          isMissingCode(p.min)
            ? `Is ${p.min} a code for missing? Then import the file again with that code under Extra missing codes (Preview step of Data → Import data…), or on the command line with werkbank import PROJECT FILE --missing "${p.min}".`
            : 'Choose another weight, or correct the values in the file and import it again.'
        }`,
        empty: `${where} has no value in any row (all ${p.missing} are missing), so it cannot be a weight. Choose another weight or none. If the file does hold the weights, import it again and check the type and decimal mark of "${p.variable}" in the Preview step (Data → Import data…).`,
        zero: `${where} is 0 or missing in every row, so it cannot be a weight: every row would be left out. Choose another weight or none.`,
      }[p.problem];
    },
  },
});
