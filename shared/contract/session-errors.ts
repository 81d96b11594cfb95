import { conditions, type ConditionId } from '../conditions';
import { defineErrors } from './define-errors';

const label = (id: ConditionId, language: 'nl' | 'en') => conditions.find((c) => c.id === id)!.label[language];

/** What is wrong with a cell of a provisions CSV. */
export type CsvProblem = 'empty' | 'not_yes_no' | 'unknown_condition' | 'too_long';

/** The werkplaats sessions' errors, and those of the sociale basis (provisions and their CSV). */
export const sessionErrors = defineErrors({
  nl: {
    session_not_found: (p: { session: number }) =>
      `Er is geen sessie ${p.session}. Misschien is ze intussen verwijderd; kies de sessie opnieuw.`,
    session_step_not_found: (p: { session: number; step: number }) =>
      `De agenda van sessie ${p.session} heeft geen stap ${p.step}. Misschien is de stap intussen verwijderd.`,
    session_organisation_not_found: (p: { organisation: number }) =>
      `Deze sessie heeft geen organisatie ${p.organisation}. Voeg de organisatie eerst toe aan de sessie.`,
    session_organisation_twice: (p: { name: string }) =>
      `De organisatie "${p.name}" staat twee keer in de lijst; noem elke organisatie één keer.`,
    session_nothing_to_undo: () => 'Er is in deze sessie niets om ongedaan te maken.',
    session_position_out_of_range: (p: { to: number; count: number }) =>
      `Positie ${p.to + 1} bestaat niet: de agenda heeft ${p.count} ${p.count === 1 ? 'stap' : 'stappen'}.`,
    session_area_not_in_focus: (p: { area: string; areas: string }) =>
      p.areas === ''
        ? `Het gebied ${p.area} staat niet in de focus van deze sessie: de sessie heeft nog geen gebieden. Voeg het gebied eerst toe.`
        : `Het gebied ${p.area} staat niet in de focus van deze sessie (${p.areas}). Voeg het gebied eerst toe.`,
    session_area_unknown: (p: { area: string; dataset: string }) =>
      `Het gebied ${p.area} komt niet voor in "${p.dataset}". Controleer de gebiedscode (bijvoorbeeld WK026801).`,
    session_area_in_use: (p: { area: string; steps: number }) =>
      `Het gebied ${p.area} wordt nog getoond in ${p.steps === 1 ? '1 stap' : `${p.steps} stappen`} van de agenda; kies daar eerst een ander gebied of verwijder die stappen.`,
    session_crosstab_missing: () =>
      'Een kruistabelstap heeft een kruistabel nodig: kies de dataset en de variabelen van de tabel.',
    session_quote_not_candidate: (p: { dataset: string; record: string; condition: ConditionId }) =>
      `Antwoord ${p.record} in "${p.dataset}" is niet als ${label(p.condition, 'nl')} gecodeerd voor een gebied van deze sessie, of het gebied valt onder de publicatiedrempel; het kan geen citaat worden.`,
    session_no_estimates: () =>
      'Er zijn nog geen schattingen van partners: vul in een sessie eerst de ronde van de partners in.',
    session_no_words_dataset: () =>
      'Deze sessie heeft nog geen dataset met open antwoorden (woorden); kies die eerst bij de sessie.',
    provision_not_found: (p: { id: number }) => `Er is geen voorziening ${p.id}. Misschien is ze intussen verwijderd.`,
    provisions_csv_invalid: (p: { file: string; line: number; column: string; problem: CsvProblem; value: string }) =>
      `${p.file}, regel ${p.line}, kolom "${p.column}": ${
        {
          empty: 'leeg, maar hier is een waarde nodig',
          not_yes_no: `"${p.value}" is geen ja of nee`,
          unknown_condition: `"${p.value}" is geen conditie (zekerheid, inclusie, cohesie of empowerment)`,
          too_long: 'langer dan 200 tekens',
        }[p.problem]
      }. Er is niets geïmporteerd.`,
    provisions_csv_missing_column: (p: { file: string; column: string }) =>
      `${p.file}: de kolom "${p.column}" ontbreekt. De kolommen zijn: naam, organisator, collectief, preventief, condities, bereik, gebied. Er is niets geïmporteerd.`,
    provisions_csv_empty: (p: { file: string }) => `${p.file} bevat geen voorzieningen. Er is niets geïmporteerd.`,
  },
  en: {
    session_not_found: (p) =>
      `There is no session ${p.session}. It may have been deleted meanwhile; choose the session again.`,
    session_step_not_found: (p) =>
      `The agenda of session ${p.session} has no step ${p.step}. The step may have been removed meanwhile.`,
    session_organisation_not_found: (p) =>
      `This session has no organisation ${p.organisation}. Add the organisation to the session first.`,
    session_organisation_twice: (p) =>
      `The organisation "${p.name}" is in the list twice; name each organisation once.`,
    session_nothing_to_undo: () => 'There is nothing to undo in this session.',
    session_position_out_of_range: (p) =>
      `Position ${p.to + 1} does not exist: the agenda has ${p.count} ${p.count === 1 ? 'step' : 'steps'}.`,
    session_area_not_in_focus: (p) =>
      p.areas === ''
        ? `The area ${p.area} is not in this session's focus: the session has no areas yet. Add the area first.`
        : `The area ${p.area} is not in this session's focus (${p.areas}). Add the area first.`,
    session_area_unknown: (p) =>
      `The area ${p.area} does not occur in "${p.dataset}". Check the area code (for example WK026801).`,
    session_area_in_use: (p) =>
      `The area ${p.area} is still shown in ${p.steps === 1 ? '1 step' : `${p.steps} steps`} of the agenda; choose another area there first or remove those steps.`,
    session_crosstab_missing: () =>
      'A cross-table step needs a cross-table: choose the dataset and variables of the table.',
    session_quote_not_candidate: (p) =>
      `Answer ${p.record} in "${p.dataset}" is not coded as ${label(p.condition, 'en')} for an area of this session, or the area is under the publication threshold; it cannot become a quote.`,
    session_no_estimates: () => "There are no partners' estimates yet: fill in a session's partners' round first.",
    session_no_words_dataset: () =>
      'This session has no dataset of open answers (words) yet; choose one for the session first.',
    provision_not_found: (p) => `There is no provision ${p.id}. It may have been removed meanwhile.`,
    provisions_csv_invalid: (p) =>
      `${p.file}, line ${p.line}, column "${p.column}": ${
        {
          empty: 'empty, but a value is needed here',
          not_yes_no: `"${p.value}" is not ja or nee (yes or no)`,
          unknown_condition: `"${p.value}" is not a condition (zekerheid, inclusie, cohesie or empowerment)`,
          too_long: 'longer than 200 characters',
        }[p.problem]
      }. Nothing was imported.`,
    provisions_csv_missing_column: (p) =>
      `${p.file}: the column "${p.column}" is missing. The columns are: naam, organisator, collectief, preventief, condities, bereik, gebied. Nothing was imported.`,
    provisions_csv_empty: (p) => `${p.file} holds no provisions. Nothing was imported.`,
  },
});
