import { defineMessages } from '../../shared/i18n/messages';

/** The warnings of an import's preview (`prepare-import.ts`). */
export const prepareImportTexts = defineMessages({
  nl: {
    unnamedColumn: 'Kolom {number} heeft geen naam en heet nu "{name}".',
    repeatedHeader: 'Kolomnaam "{original}" komt vaker voor; deze kolom heet nu "{name}".',
    unparsedValues:
      '{column}: {count} waarde(n) in het voorbeeld passen niet bij het type en worden ontbrekend, bijvoorbeeld {examples}.',
    raggedLines: (p: { count: number; lines: string; skip: boolean }) =>
      `${p.count} regel(s) in het voorbeeld hebben een ander aantal velden dan de kopregel (regel ${p.lines}). ${p.skip ? 'Ze worden overgeslagen.' : 'Het importeren stopt daar, tenzij je kiest voor overslaan.'}`,
    identicalAreaRows:
      '{count} regel(s) in het voorbeeld herhalen een eerdere regel van hun gebied helemaal (bijvoorbeeld {code}); elk gebied wordt één keer bewaard.',
  },
  en: {
    unnamedColumn: 'Column {number} has no name and is now called "{name}".',
    repeatedHeader: 'Header "{original}" is repeated; this column is now called "{name}".',
    unparsedValues:
      '{column}: {count} value(s) in the sample do not fit the type and become missing, for example {examples}.',
    raggedLines: (p: { count: number; lines: string; skip: boolean }) =>
      `${p.count} line(s) in the sample have another number of fields than the header (line ${p.lines}). ${p.skip ? 'They will be skipped.' : 'The import stops there unless you choose to skip them.'}`,
    identicalAreaRows:
      '{count} line(s) in the sample repeat an earlier line of their area in full (for example {code}); each area is stored once.',
  },
});
