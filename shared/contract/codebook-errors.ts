import { defineErrors } from './define-errors';

/** The codebook's errors: edits it refuses, and REFI-QDA `.qdc` files it cannot read. */
export const codebookErrors = defineErrors({
  nl: {
    codebook_code_not_found: (p: { guid: string }) =>
      `Het codeboek heeft geen code ${p.guid}. Misschien is het codeboek intussen gewijzigd; laad het opnieuw.`,
    codebook_condition_fixed: (p: { label: string; action: 'archive' | 'move' | 'recolour' }) =>
      ({
        archive: `"${p.label}" is een van de vier condities van sociale kwaliteit en kan niet worden gearchiveerd.`,
        move: `"${p.label}" is een van de vier condities van sociale kwaliteit: de condities staan altijd bovenaan, in vaste volgorde, en kunnen niet worden verplaatst.`,
        recolour: `"${p.label}" is een van de vier condities van sociale kwaliteit: haar kleur is in de hele Werkbank dezelfde en kan niet worden gewijzigd.`,
      })[p.action],
    codebook_color_not_in_palette: (p: { color: string; paletteNl: string; paletteEn: string }) =>
      `De kleur "${p.color}" hoort niet bij het palet. Kies een kleur die ook bij kleurenblindheid te onderscheiden is: ${p.paletteNl}.`,
    codebook_parent_archived: (p: { label: string }) =>
      `"${p.label}" is gearchiveerd; zet het eerst terug uit het archief om er codes onder te plaatsen.`,
    codebook_move_into_itself: (p: { label: string; target: string }) =>
      `"${p.label}" kan niet onder "${p.target}" komen: dat is de code zelf of een van haar subcodes.`,
    codebook_qdc_malformed: (p: { file: string; line: number | null; detail: string }) =>
      `${p.file}${p.line === null ? '' : `, regel ${p.line}`}: geen geldig XML (${p.detail}). Er is niets geïmporteerd.`,
    codebook_qdc_not_codebook: (p: { file: string; found: string }) =>
      `${p.file} is geen REFI-QDA-codeboek (.qdc): het bestand bevat ${p.found === 'zip' ? 'een zip-archief, zoals een project (.qdpx)' : `een <${p.found}>-element`} in plaats van <CodeBook>. Er is niets geïmporteerd.`,
    codebook_qdc_wrong_namespace: (p: { file: string; found: string | null }) =>
      `${p.file}: het <CodeBook>-element hoort bij de naamruimte urn:QDA-XML:codebook:1.0 van de REFI-QDA-standaard, maar ${p.found === null ? 'heeft geen naamruimte' : `heeft ${p.found}`}. Er is niets geïmporteerd.`,
    codebook_qdc_invalid: (p: {
      file: string;
      problem: 'no_codes' | 'missing_guid' | 'bad_guid' | 'missing_name' | 'duplicate_guid' | 'cycle';
      where: string;
    }) =>
      `${p.file}: ${
        {
          no_codes: 'het codeboek heeft geen <Codes>-element met codes',
          missing_guid: `de code "${p.where}" heeft geen guid`,
          bad_guid: `de guid "${p.where}" is geen geldige GUID`,
          missing_name: `de code met guid ${p.where} heeft geen naam`,
          duplicate_guid: `de guid ${p.where} komt meer dan eens voor`,
          cycle: `de code "${p.where}" zou samen met de codes van dit project onder zichzelf komen te staan`,
        }[p.problem]
      }. Er is niets geïmporteerd.`,
  },
  en: {
    codebook_code_not_found: (p) =>
      `The codebook has no code ${p.guid}. The codebook may have changed meanwhile; load it again.`,
    codebook_condition_fixed: (p) =>
      ({
        archive: `"${p.label}" is one of the four conditions of social quality and cannot be archived.`,
        move: `"${p.label}" is one of the four conditions of social quality: the conditions are always at the top, in a fixed order, and cannot be moved.`,
        recolour: `"${p.label}" is one of the four conditions of social quality: its colour is the same throughout the Werkbank and cannot be changed.`,
      })[p.action],
    codebook_color_not_in_palette: (p) =>
      `The colour "${p.color}" is not in the palette. Choose a colour that stays distinct with colour blindness: ${p.paletteEn}.`,
    codebook_parent_archived: (p) => `"${p.label}" is archived; restore it first to place codes under it.`,
    codebook_move_into_itself: (p) =>
      `"${p.label}" cannot go under "${p.target}": that is the code itself or one of its sub-codes.`,
    codebook_qdc_malformed: (p) =>
      `${p.file}${p.line === null ? '' : `, line ${p.line}`}: not well-formed XML (${p.detail}). Nothing was imported.`,
    codebook_qdc_not_codebook: (p) =>
      `${p.file} is not a REFI-QDA codebook (.qdc): it holds ${p.found === 'zip' ? 'a zip archive, such as a project (.qdpx)' : `a <${p.found}> element`} instead of <CodeBook>. Nothing was imported.`,
    codebook_qdc_wrong_namespace: (p) =>
      `${p.file}: the <CodeBook> element belongs in the REFI-QDA namespace urn:QDA-XML:codebook:1.0, but ${p.found === null ? 'has no namespace' : `has ${p.found}`}. Nothing was imported.`,
    codebook_qdc_invalid: (p) =>
      `${p.file}: ${
        {
          no_codes: 'the codebook has no <Codes> element with codes',
          missing_guid: `the code "${p.where}" has no guid`,
          bad_guid: `the guid "${p.where}" is not a valid GUID`,
          missing_name: `the code with guid ${p.where} has no name`,
          duplicate_guid: `the guid ${p.where} occurs more than once`,
          cycle: `together with this project's codes, the code "${p.where}" would end up under itself`,
        }[p.problem]
      }. Nothing was imported.`,
  },
});
