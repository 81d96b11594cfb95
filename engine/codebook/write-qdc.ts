import type { Codebook, CodebookCode, CodebookExportResult } from '../../shared/codebook/codebook-types';
import { writeExportFile } from '../export/write-export-file';
import { composeDescription } from './qdc-description';

const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';
const SCHEMA_LOCATION = `${QDC_NAMESPACE} http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd`;

/** Leaves out the characters XML 1.0 cannot hold at all; a label pasted from elsewhere may carry one. */
function xmlCharacters(text: string): string {
  return [...text]
    .filter((character) => {
      const code = character.codePointAt(0) ?? 0;
      return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code !== 0xfffe && code !== 0xffff);
    })
    .join('');
}

function escapeText(text: string): string {
  return xmlCharacters(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Line breaks and tabs as references, since a parser turns literal ones in an attribute into spaces. */
function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function attributes(values: Record<string, string | null>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
}

function codeXml(code: CodebookCode, indent: string): string[] {
  const open = `${indent}<Code${attributes({ guid: code.guid, name: code.label.nl, isCodable: String(code.codable), color: code.effectiveColor })}`;
  const description = composeDescription({
    descriptionNl: code.description.nl,
    labelEn: code.label.en,
    descriptionEn: code.description.en,
  });
  if (description === null && code.children.length === 0) return [`${open}/>`];
  return [
    `${open}>`,
    // The schema wants the description before the sub-codes.
    ...(description === null ? [] : [`${indent}  <Description>${escapeText(description)}</Description>`]),
    ...code.children.flatMap((child) => codeXml(child, `${indent}  `)),
    `${indent}</Code>`,
  ];
}

/**
 * The codebook as a REFI-QDA codebook (QDA-XML codebook 1.0, as in REFI-QDA 1.5). Pass it without
 * archived codes: they stay in the project only. Every code carries the colour it is shown in, so other
 * programs show sub-codes in their condition's colour too.
 */
function codebookToQdc(codebook: Codebook, origin: string): string {
  const exported = new Set(allGuids(codebook.codes));
  const sets = codebook.sets.map((set) => {
    const members = set.members.filter((guid) => exported.has(guid));
    return [
      `    <Set${attributes({ guid: set.guid, name: set.name })}>`,
      ...(set.description === null ? [] : [`      <Description>${escapeText(set.description)}</Description>`]),
      ...members.map((guid) => `      <MemberCode${attributes({ guid })}/>`),
      '    </Set>',
    ];
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<CodeBook${attributes({ xmlns: QDC_NAMESPACE, 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', 'xsi:schemaLocation': SCHEMA_LOCATION, origin })}>`,
    '  <Codes>',
    ...codebook.codes.flatMap((code) => codeXml(code, '    ')),
    '  </Codes>',
    ...(sets.length === 0 ? [] : ['  <Sets>', ...sets.flat(), '  </Sets>']),
    '</CodeBook>',
    '',
  ].join('\n');
}

function allGuids(codes: CodebookCode[]): string[] {
  return codes.flatMap((code) => [code.guid, ...allGuids(code.children)]);
}

/** Writes the file under a temporary name first, so an existing file is never left half overwritten. */
export function writeQdcFile(
  file: string,
  codebook: Codebook,
  origin: string,
  overwrite: boolean,
): CodebookExportResult {
  const target = writeExportFile(file, codebookToQdc(codebook, origin), '.qdc', overwrite);
  return { path: target, codes: allGuids(codebook.codes).length, sets: codebook.sets.length };
}
