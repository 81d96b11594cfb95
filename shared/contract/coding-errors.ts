import { defineErrors } from './define-errors';

/** Record coding's errors: coders, codes, segments, keywords, agreement, the codings CSV and merging. */
export const codingErrors = defineErrors({
  nl: {
    not_a_text_column: (p: { dataset: string; variable: string }) =>
      `"${p.variable}" in "${p.dataset}" is geen tekstkolom; alleen tekst kan worden gecodeerd.`,
    record_not_found: (p: { dataset: string; record: number }) => `"${p.dataset}" heeft geen record ${p.record}.`,
    coder_not_found: (p: { name: string }) => `Er is geen codeur met de naam "${p.name}".`,
    coder_reserved: (p: { name: string }) =>
      `"${p.name}" is gereserveerd voor de Werkbank (automatische suggesties of consensus); kies een andere naam.`,
    code_not_codable: (p: { label: string }) =>
      `De code "${p.label}" is gearchiveerd of groepeert alleen andere codes en kan niet worden toegekend.`,
    segment_out_of_range: (p: { start: number; end: number; length: number }) =>
      `Het fragment ${p.start}–${p.end} valt buiten de tekst (${p.length} tekens).`,
    segment_not_found: (p: { id: number }) => `Er is geen gecodeerd fragment ${p.id} van deze codeur.`,
    keyword_invalid: (p: { pattern: string }) =>
      `"${p.pattern}" is geen geldig trefwoord: gebruik een woord van minstens twee letters, met * aan het begin of eind voor woordvormen (werk*, *woning).`,
    words_nothing_coded: (p: { dataset: string }) =>
      `Niemand heeft records van "${p.dataset}" gecodeerd, dus er is geen woordenindex; kies met --coder een codeur.`,
    agreement_too_few_coders: (p: { dataset: string }) =>
      `Voor overeenstemming zijn minstens twee codeurs nodig die records van "${p.dataset}" hebben gecodeerd.`,
    codings_no_id_column: (p: { file: string }) =>
      `${p.file} heeft geen kolom "id"; die is nodig om de codes aan records te koppelen.`,
    codings_unknown_column: (p: { file: string; column: string; position: number }) =>
      `${p.file}, kolom ${p.position} ("${p.column}"): geen conditie of subcode uit het codeboek.`,
    codings_unknown_id: (p: { file: string; line: number; id: string; dataset: string }) =>
      `${p.file}, regel ${p.line}: "${p.dataset}" heeft geen record met id "${p.id}". Er is niets geïmporteerd.`,
    codings_duplicate_id: (p: { file: string; line: number; id: string }) =>
      `${p.file}, regel ${p.line}: id "${p.id}" komt al eerder voor. Er is niets geïmporteerd.`,
    codings_bad_value: (p: { file: string; line: number; column: string; value: string }) =>
      `${p.file}, regel ${p.line}, kolom "${p.column}": "${p.value}" is geen 0 of 1 (leeg = niet gecodeerd). Er is niets geïmporteerd.`,
    codings_ragged_row: (p: { file: string; line: number; found: number; expected: number }) =>
      `${p.file}, regel ${p.line}: ${p.found} velden, terwijl de kopregel er ${p.expected} heeft. Er is niets geïmporteerd.`,
    codings_unreadable: (p: { file: string; detail: string }) =>
      `${p.file} kan niet als CSV worden gelezen: ${p.detail}. Er is niets geïmporteerd.`,
    merge_same_project: (p: { file: string }) =>
      `${p.file} is het project dat nu open is; kies het projectbestand van een andere codeur.`,
    merge_no_matching_dataset: (p: { file: string }) =>
      `${p.file} bevat geen dataset uit hetzelfde bronbestand als een dataset hier (herkend aan de inhoud); er valt niets samen te voegen.`,
    merge_unresolved_code: (p: { label: string }) =>
      `Kies wat er moet gebeuren met de code "${p.label}", die dit codeboek niet heeft: toevoegen, overslaan of samenvoegen met een code hier.`,
  },
  en: {
    not_a_text_column: (p) => `"${p.variable}" in "${p.dataset}" is not a text column; only text can be coded.`,
    record_not_found: (p) => `"${p.dataset}" has no record ${p.record}.`,
    coder_not_found: (p) => `There is no coder named "${p.name}".`,
    coder_reserved: (p) =>
      `"${p.name}" is reserved for the workbench (automatic suggestions or consensus); choose another name.`,
    code_not_codable: (p) => `The code "${p.label}" is archived or only groups other codes, and cannot be given.`,
    segment_out_of_range: (p) => `The segment ${p.start}–${p.end} lies outside the text (${p.length} characters).`,
    segment_not_found: (p) => `There is no coded segment ${p.id} of this coder.`,
    keyword_invalid: (p) =>
      `"${p.pattern}" is not a valid keyword: use a word of at least two letters, with * at the start or end for word forms (werk*, *woning).`,
    words_nothing_coded: (p) =>
      `No one has coded records of "${p.dataset}", so there is no words index; choose a coder with --coder.`,
    agreement_too_few_coders: (p) => `Agreement needs at least two coders who have coded records of "${p.dataset}".`,
    codings_no_id_column: (p) => `${p.file} has no "id" column; it is needed to link the codes to records.`,
    codings_unknown_column: (p) =>
      `${p.file}, column ${p.position} ("${p.column}"): not a condition or sub-code of the codebook.`,
    codings_unknown_id: (p) =>
      `${p.file}, line ${p.line}: "${p.dataset}" has no record with id "${p.id}". Nothing was imported.`,
    codings_duplicate_id: (p) => `${p.file}, line ${p.line}: id "${p.id}" occurs earlier too. Nothing was imported.`,
    codings_bad_value: (p) =>
      `${p.file}, line ${p.line}, column "${p.column}": "${p.value}" is not 0 or 1 (empty = not coded). Nothing was imported.`,
    codings_ragged_row: (p) =>
      `${p.file}, line ${p.line}: ${p.found} fields where the header has ${p.expected}. Nothing was imported.`,
    codings_unreadable: (p) => `${p.file} cannot be read as CSV: ${p.detail}. Nothing was imported.`,
    merge_same_project: (p) => `${p.file} is the project that is open now; choose another coder's project file.`,
    merge_no_matching_dataset: (p) =>
      `${p.file} holds no dataset from the same source file as a dataset here (recognised by its content); there is nothing to merge.`,
    merge_unresolved_code: (p) =>
      `Choose what to do with the code "${p.label}", which this codebook lacks: add it, skip it, or merge it into a code here.`,
  },
});
