export { readRealFile } from '../../helpers/real-files';

const WINDOWS_1252: Record<string, number> = {
  é: 0xe9,
  ë: 0xeb,
  ï: 0xef,
  ö: 0xf6,
  '€': 0x80,
  '„': 0x84,
  '…': 0x85,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
};

/** Encodes text as Windows-1252; only ASCII and the accents above occur in the fixtures. */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x80) return code;
    const byte = WINDOWS_1252[char];
    if (byte === undefined) throw new Error(`no Windows-1252 byte for ${char} in the fixture table`);
    return byte;
  });
}

/**
 * What Excel with Dutch settings saves as "CSV (puntkomma-gescheiden)": Windows-1252, `;`, CRLF,
 * decimal commas with thousands points, a multi-line quoted open answer, a wijk code padded like
 * StatLine's, CBS `.` for unknown and `-` for nil.
 */
export const DUTCH_EXPORT_TEXT =
  [
    'Wijkcode;Wijknaam;Tevredenheid;Rapportcijfer;Toelichting;Gemiddeld inkomen;Aantal meldingen;Weging',
    'WK036300  ;Burgwallen-Oude Zijde;4;7,5;"Gezellig, maar te druk.\r\nVeel toeristen.";32.450,5;12;0,95',
    'WK036301;Coördinatiebuurt;3;6,8;Geen opmerkingen;28.900,25;-;1,10',
    'WK036302;Café Zeeënbuurt;5;8,1;"Mooi; rustig en ""groen""";.;3;1,02',
    'WK036303;Ruïnepark;4;7,0;.;41.200;7;0,87',
    'WK036304;Noördwijk;3;6,2;Te weinig speelplekken voor kinderen;35.000,75;1;1,2',
    'WK036305;Oosterpark;4;7,3;Fijne buren;29.999,5;-;0,9',
    'WK036306;Dapperbuurt;5;8,4;"Veel groen,\r\nveel cultuur";38.100;4;1,05',
    'WK036307;Transvaalbuurt;3;6,0;Minder winkels dan vroeger;26.750,5;9;0,99',
    'WK036308;Indische Buurt;4;7,1;“Parkeren kost € 5 per uur” – te duur…;27.300;2;0,92',
  ].join('\r\n') + '\r\n';

export const dutchExportBytes = (): Uint8Array => windows1252(DUTCH_EXPORT_TEXT);
