import { readFileSync, statSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { normaliseGuid } from '../../shared/codebook/guid';
import { normaliseColor } from '../../shared/codebook/palette';
import { raise } from '../../shared/contract/errors';
import type { LocalizedText } from '../../shared/contract/result';
import { inBothLanguages } from '../../shared/i18n/messages';
import { qdcTexts } from './qdc-texts';

/** A code as a `.qdc` file has it. */
export interface QdcCode {
  guid: string;
  name: string;
  codable: boolean;
  color: string | null;
  description: string | null;
  children: QdcCode[];
}

export interface QdcSet {
  guid: string;
  name: string;
  description: string | null;
  members: string[];
}

export interface QdcCodebook {
  origin: string | null;
  codes: QdcCode[];
  sets: QdcSet[];
  /** What was left out while reading, and why. */
  warnings: LocalizedText[];
}

/**
 * The REFI-QDA codebook namespace is `urn:QDA-XML:codebook:1.0`; QualCoder has written `…:1:0` and
 * ATLAS.ti names `…:0:4` in its schema location. Any version of the codebook namespace is read.
 */
const CODEBOOK_NAMESPACE = /^urn:QDA-XML:codebook:/;

type XmlNode = Record<string, unknown>;

const repeated = new Set(['Code', 'Set', 'MemberCode']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Decodes character references (`&#xD;&#xA;`, `&#252;`) besides the five XML entities.
  htmlEntities: true,
  isArray: (name) => repeated.has(localName(name)),
});

/** Element names without their namespace prefix: a file may write `<qdc:Code>` as well as `<Code>`. */
function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function elements(node: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@') || localName(key) !== name) continue;
    for (const item of Array.isArray(value) ? value : [value])
      found.push(typeof item === 'object' && item !== null ? (item as XmlNode) : { '#text': item });
  }
  return found;
}

function attribute(node: XmlNode, name: string): string | null {
  const value = node[`@${name}`];
  return typeof value === 'string' ? value : null;
}

function description(node: XmlNode): string | null {
  const [element] = elements(node, 'Description');
  const text = element?.['#text'];
  if (typeof text !== 'string') return null;
  return text.replace(/\r\n?/g, '\n').trim() || null;
}

/** Decodes by byte-order mark, else by the XML declaration's encoding, else as UTF-8 (XML's default). */
function decode(bytes: Buffer, file: string): string {
  if (bytes.subarray(0, 4).equals(Buffer.from('PK\u0003\u0004', 'latin1')))
    raise('codebook_qdc_not_codebook', { file, found: 'zip' });
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const hasUtf8Mark = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const declared = hasUtf8Mark
    ? undefined
    : /^<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']/.exec(bytes.subarray(0, 200).toString('latin1'))?.[1];
  const encoding = declared && !/^utf-?8$/i.test(declared) ? declared : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    raise('codebook_qdc_malformed', { file, line: null, detail: `geen geldige ${encoding} / not valid ${encoding}` });
  }
}

/** `target` is an absolute path; errors name it as it is. */
export function readQdcFile(target: string): QdcCodebook {
  let bytes: Buffer;
  try {
    if (statSync(target).isDirectory()) raise('is_a_folder', { file: target });
    bytes = readFileSync(target);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') raise('file_not_found', { file: target });
    throw error;
  }
  return parseQdc(decode(bytes, target), target);
}

/** Reads a REFI-QDA codebook; refuses, naming the file, anything that is not one. */
function parseQdc(xml: string, file: string): QdcCodebook {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) raise('codebook_qdc_malformed', { file, line: valid.err.line ?? null, detail: valid.err.msg });
  const document = parser.parse(xml) as XmlNode;
  const roots = Object.keys(document).filter((key) => !key.startsWith('#'));
  if (roots.length !== 1 || !roots[0]) {
    raise('codebook_qdc_malformed', {
      file,
      line: null,
      detail: 'meer dan één hoofdelement / more than one root element',
    });
  }
  const rootName = roots[0];
  if (localName(rootName) !== 'CodeBook') raise('codebook_qdc_not_codebook', { file, found: localName(rootName) });
  const root = elements(document, 'CodeBook')[0] ?? {};
  const prefix = rootName.includes(':') ? rootName.slice(0, rootName.indexOf(':')) : null;
  const namespace = attribute(root, prefix ? `xmlns:${prefix}` : 'xmlns');
  if (namespace === null || !CODEBOOK_NAMESPACE.test(namespace))
    raise('codebook_qdc_wrong_namespace', { file, found: namespace });

  const [codesElement] = elements(root, 'Codes');
  const codeElements = codesElement ? elements(codesElement, 'Code') : [];
  if (codeElements.length === 0) raise('codebook_qdc_invalid', { file, problem: 'no_codes', where: '' });

  const warnings: LocalizedText[] = [];
  const seen = new Set<string>();
  const readCode = (node: XmlNode): QdcCode => {
    const name = attribute(node, 'name')?.trim() ?? '';
    const rawGuid = attribute(node, 'guid');
    if (rawGuid === null) raise('codebook_qdc_invalid', { file, problem: 'missing_guid', where: name });
    const guid = normaliseGuid(rawGuid) ?? raise('codebook_qdc_invalid', { file, problem: 'bad_guid', where: rawGuid });
    if (seen.has(guid)) raise('codebook_qdc_invalid', { file, problem: 'duplicate_guid', where: rawGuid });
    seen.add(guid);
    if (!name) raise('codebook_qdc_invalid', { file, problem: 'missing_name', where: rawGuid });
    const rawColor = attribute(node, 'color');
    const color = rawColor === null || rawColor.trim() === '' ? null : normaliseColor(rawColor);
    if (rawColor !== null && rawColor.trim() !== '' && color === null) {
      warnings.push(inBothLanguages(qdcTexts, 'notAColour', { name, colour: rawColor }));
    }
    return {
      guid,
      name,
      // Required by the schema, yet left out by some programs: a code without it can be coded with.
      codable: !/^(false|0)$/.test(attribute(node, 'isCodable')?.trim() ?? ''),
      color,
      description: description(node),
      children: elements(node, 'Code').map(readCode),
    };
  };
  const codes = codeElements.map(readCode);

  const [setsElement] = elements(root, 'Sets');
  const sets = (setsElement ? elements(setsElement, 'Set') : []).map((node): QdcSet => {
    const rawGuid = attribute(node, 'guid') ?? '';
    const guid = normaliseGuid(rawGuid) ?? raise('codebook_qdc_invalid', { file, problem: 'bad_guid', where: rawGuid });
    const name = attribute(node, 'name')?.trim() || guid;
    const members = elements(node, 'MemberCode').flatMap((member) => {
      const memberGuid = normaliseGuid(attribute(member, 'guid') ?? '');
      if (memberGuid) return [memberGuid];
      warnings.push(inBothLanguages(qdcTexts, 'memberWithoutGuid', { name }));
      return [];
    });
    return { guid, name, description: description(node), members };
  });

  return { origin: attribute(root, 'origin'), codes, sets, warnings };
}
