import { defineMessages, mergeMessages } from '../../../shared/i18n/messages';
import { fileTexts } from '../components/file-texts';
import { commonTexts } from '../i18n/common-texts';

/**
 * The comparison view's texts (Coderen → Vergelijken). English must have exactly the same keys.
 */
const comparisonNl = {
  'comparison.csv.fileName': 'coderingen',
  'comparison.intro':
    'Hier zie je de coderingen van de codeurs naast elkaar: hoe goed ze overeenkomen per conditie, en de records waarin ze verschillen. Samen maak je van die verschillen een consensus.',
  'comparison.loading': 'De vergelijking wordt geladen…',
  'comparison.coder.suggestions': 'suggesties (automatisch)',
  'comparison.coder.consensus': 'Consensus',

  'comparison.coders.legend': 'Codeurs vergelijken',
  'comparison.coders.hint':
    'Kies wie je vergelijkt. Neem de automatische suggesties mee om te zien hoe goed die met de codeurs overeenkomen.',
  'comparison.coders.option': '{coder} ({coded} van {total} records gecodeerd)',
  'comparison.coders.tooFew':
    'Nog niets te vergelijken: daarvoor moeten minstens twee codeurs records van deze dataset hebben gecodeerd.',
  'comparison.coders.chooseTwo': 'Kies minstens twee codeurs om te vergelijken.',

  'comparison.agreement.title': 'Overeenstemming per conditie',
  'comparison.agreement.loading': 'De overeenstemming wordt berekend…',
  'comparison.agreement.none': 'Kies eerst minstens twee codeurs.',
  'comparison.agreement.compared': 'Vergeleken: {coders}. Per record telt elke conditie als wel of niet gegeven.',
  'comparison.agreement.caption': 'Overeenstemming tussen de codeurs per conditie',
  'comparison.agreement.condition': 'Conditie',
  'comparison.agreement.subCodes': 'Subcodes ({count})',
  'comparison.agreement.subCodesCaption': 'Overeenstemming tussen de codeurs per subcode',
  'comparison.agreement.subCode': 'Subcode',
  'comparison.figure.units': 'Eenheden',
  'comparison.figure.percent': '% overeenstemming',
  'comparison.figure.kappa': 'Cohens κ',
  'comparison.figure.alpha': 'Krippendorffs α',
  'comparison.figure.reading': 'Oordeel (α)',
  'comparison.reading.reliable': 'betrouwbaar',
  'comparison.reading.tentative': 'voorlopige conclusies',
  'comparison.reading.insufficient': 'onvoldoende',
  'comparison.missing.noUnits': 'Niet te berekenen: geen record is door minstens twee van deze codeurs gecodeerd.',
  'comparison.missing.kappaTwoCoders':
    'Cohens κ bestaat alleen voor precies twee codeurs; kijk bij meer codeurs naar Krippendorffs α.',
  'comparison.missing.kappaOneValue':
    'Niet te berekenen: beide codeurs gaven overal hetzelfde oordeel, dus is er geen toevalsverwachting om mee te vergelijken.',
  'comparison.missing.alphaOneValue':
    'Niet te berekenen: in alle records werd hetzelfde oordeel gegeven, dus er is geen verwachte onenigheid om mee te vergelijken.',
  'comparison.guide.units':
    'records die door minstens twee van de gekozen codeurs zijn gecodeerd; alleen die tellen mee.',
  'comparison.guide.percent':
    'het aandeel paren van oordelen dat gelijk is. Eenvoudig, maar houdt geen rekening met overeenstemming door toeval.',
  'comparison.guide.kappa':
    'overeenstemming gecorrigeerd voor toeval, voor precies twee codeurs. 1 is volledig, 0 niet beter dan toeval.',
  'comparison.guide.alpha':
    'ook gecorrigeerd voor toeval, voor elk aantal codeurs; een record dat een codeur niet codeerde telt als ontbrekend. 1 is volledig, 0 niet beter dan toeval.',
  'comparison.guide.readingTitle': 'Vuistregel (Krippendorff 2004):',
  'comparison.guide.reading':
    'α vanaf 0,800 is betrouwbaar; vanaf 0,667 zijn alleen voorlopige conclusies verantwoord; daaronder is de codering onvoldoende betrouwbaar.',

  'comparison.disagreements.title': 'Verschillen en consensus',
  'comparison.disagreements.intro':
    'Records waarin de gekozen codeurs verschillen over minstens één conditie. Stel per record de consensus samen en sla die op; ze wordt bewaard als de codeur “consensus”.',
  'comparison.disagreements.loading': 'De verschillen worden geladen…',
  'comparison.disagreements.none': 'De gekozen codeurs verschillen in geen enkel record over een conditie.',
  'comparison.disagreements.noneOpen': 'Alle verschillen hebben een consensus.',
  'comparison.progress.resolved': 'Consensus voor {resolved} van {total} records met een verschil',
  'comparison.progress.label': 'Verschillen met een consensus',
  'comparison.progress.records': 'De consensus bevat {coded} van {total} records.',
  'comparison.accept': 'Overeenstemmende records overnemen',
  'comparison.accept.hint':
    'Neemt elk record dat alle gekozen codeurs precies gelijk codeerden over in de consensus. Records die al een consensus hebben blijven zoals ze zijn.',
  'comparison.accepted': '{count} overeenstemmende records overgenomen in de consensus.',
  'comparison.unresolvedOnly': 'Alleen records zonder consensus',
  'comparison.saved': 'Consensus voor record {id} opgeslagen.',
  'comparison.keys':
    'Toetsen in een record: 1 tot 4 zetten de condities van de consensus aan of uit, Ctrl+Enter slaat de consensus op.',
  'comparison.record': 'Record {id}',
  'comparison.record.resolved': 'consensus opgeslagen',
  'comparison.record.open': 'nog geen consensus',
  'comparison.record.noText': '(geen tekst)',
  'comparison.record.caption': 'Condities per codeur en de consensus voor record {id}',
  'comparison.record.coder': 'Codeur',
  'comparison.record.differs': 'verschil',
  'comparison.record.actions': 'Overnemen',
  'comparison.record.notGiven': 'niet gegeven',
  'comparison.record.notCoded': 'niet gecodeerd',
  'comparison.record.none': 'geen van de condities',
  'comparison.record.take': 'Neem {coder} over',
  'comparison.record.save': 'Consensus opslaan',
  'comparison.pager': 'Pagina’s met verschillen',
  'comparison.pager.previous': 'Vorige',
  'comparison.pager.next': 'Volgende',
  'comparison.pager.position': '{first}–{last} van {total}',

  'comparison.pathRequired': 'Vul het pad van het bestand in.',
  'comparison.merge.title': 'Samenvoegen met het project van een andere codeur',
  'comparison.merge.intro':
    'Heeft een codeur in een eigen projectbestand gewerkt? Haal de coderingen hier binnen. De dataset wordt herkend aan de inhoud van het bronbestand; de coderingen komen onder de naam van de codeur.',
  'comparison.merge.path': 'Pad van het projectbestand van de andere codeur (.skw)',
  'comparison.merge.pathHint':
    'Bijvoorbeeld C:\\Users\\naam\\Documenten\\buurtonderzoek-anna.skw of /home/naam/buurtonderzoek-anna.skw',
  'comparison.merge.preview': 'Bekijken wat er binnenkomt',
  'comparison.merge.dataset': 'Dataset hier: {dataset} (herkend aan de inhoud van het bronbestand).',
  'comparison.merge.codersCaption': 'Codeurs in het andere projectbestand',
  'comparison.merge.records': 'Records',
  'comparison.merge.codings': 'Coderingen',
  'comparison.merge.here': 'In dit project',
  'comparison.merge.exists': 'bestaat al',
  'comparison.merge.new': 'nieuw',
  'comparison.merge.existsHint': 'Van een codeur die hier al bestaat blijft per record de meest recente codering over.',
  'comparison.merge.renamedTitle': 'Codes met een andere naam',
  'comparison.merge.renamed': '“{label}” heet hier “{here}”; de coderingen komen onder de code hier.',
  'comparison.merge.missingTitle': 'Codes die dit codeboek niet heeft',
  'comparison.merge.missingIntro': 'Kies per code wat er met de coderingen gebeurt.',
  'comparison.merge.code': '“{label}”, {codings} coderingen',
  'comparison.merge.under': '(onder “{parent}”)',
  'comparison.merge.add': 'Toevoegen aan dit codeboek',
  'comparison.merge.skip': 'Overslaan: deze coderingen niet overnemen',
  'comparison.merge.into': 'Samenvoegen met een code hier',
  'comparison.merge.intoLabel': 'Code hier voor “{label}”',
  'comparison.merge.pickCode': 'Kies een code…',
  'comparison.merge.choose': 'Kies wat er met deze code moet gebeuren.',
  'comparison.merge.unresolved': 'Kies voor elke code die dit codeboek niet heeft wat ermee moet gebeuren.',
  'comparison.merge.submit': 'Samenvoegen',
  'comparison.merge.done': '{records} records met {codings} coderingen van {coders} samengevoegd in {dataset}.',
  'comparison.merge.codesAdded': '{count} codes toegevoegd aan het codeboek.',
  'comparison.merge.skipped': '{count} coderingen overgeslagen.',
  'comparison.merge.warnings': 'Let op',

  'comparison.csv.title': 'Coderingen als CSV',
  'comparison.csv.format':
    'Een CSV-bestand met een kolom id en per conditie en subcode een kolom met 1 (gegeven) of 0 (niet gegeven), gescheiden door ; zodat Excel, SPSS en R (read.csv2) het direct lezen.',
  'comparison.csv.exportTitle': 'Exporteren',
  'comparison.csv.coder': 'Codeur',
  'comparison.csv.allCoders': 'Alle codeurs (een regel per record en codeur)',
  'comparison.csv.exportPath': 'Pad van het nieuwe CSV-bestand',
  'comparison.csv.exportHint':
    'Bijvoorbeeld C:\\Users\\naam\\Documenten\\coderingen.csv; .csv komt erbij als het ontbreekt.',
  'comparison.csv.overwrite': 'Een bestaand bestand overschrijven',
  'comparison.csv.export': 'Exporteren',
  'comparison.csv.exported': '{records} regels met {codings} coderingen geschreven naar {path}.',
  'comparison.csv.importTitle': 'Importeren',
  'comparison.csv.importCoder': 'Codeur',
  'comparison.csv.importCoderHint': 'De coderingen komen onder deze naam; een nieuwe naam wordt een nieuwe codeur.',
  'comparison.csv.coderRequired': 'Vul de naam van de codeur in.',
  'comparison.csv.importPath': 'Pad van het CSV-bestand',
  'comparison.csv.importHint': 'Een regel met alleen lege codecellen laat het record zoals het is.',
  'comparison.csv.import': 'Importeren',
  'comparison.csv.imported': '{records} records met {codings} coderingen ingelezen als {coder}.',
};

const comparisonEn: Record<keyof typeof comparisonNl, string> = {
  'comparison.csv.fileName': 'codings',
  'comparison.intro':
    'The coders’ codings side by side: how well they agree per condition, and the records on which they differ. Together you turn those differences into a consensus.',
  'comparison.loading': 'Loading the comparison…',
  'comparison.coder.suggestions': 'suggestions (automatic)',
  'comparison.coder.consensus': 'Consensus',

  'comparison.coders.legend': 'Coders to compare',
  'comparison.coders.hint':
    'Choose whom to compare. Include the automatic suggestions to see how well they agree with the coders.',
  'comparison.coders.option': '{coder} ({coded} of {total} records coded)',
  'comparison.coders.tooFew': 'Nothing to compare yet: at least two coders must have coded records of this dataset.',
  'comparison.coders.chooseTwo': 'Choose at least two coders to compare.',

  'comparison.agreement.title': 'Agreement per condition',
  'comparison.agreement.loading': 'Computing the agreement…',
  'comparison.agreement.none': 'Choose at least two coders first.',
  'comparison.agreement.compared': 'Compared: {coders}. Per record, each condition counts as given or not given.',
  'comparison.agreement.caption': 'Agreement between the coders per condition',
  'comparison.agreement.condition': 'Condition',
  'comparison.agreement.subCodes': 'Sub-codes ({count})',
  'comparison.agreement.subCodesCaption': 'Agreement between the coders per sub-code',
  'comparison.agreement.subCode': 'Sub-code',
  'comparison.figure.units': 'Units',
  'comparison.figure.percent': '% agreement',
  'comparison.figure.kappa': 'Cohen’s κ',
  'comparison.figure.alpha': 'Krippendorff’s α',
  'comparison.figure.reading': 'Reading (α)',
  'comparison.reading.reliable': 'reliable',
  'comparison.reading.tentative': 'tentative conclusions',
  'comparison.reading.insufficient': 'insufficient',
  'comparison.missing.noUnits': 'Cannot be computed: no record was coded by at least two of these coders.',
  'comparison.missing.kappaTwoCoders':
    'Cohen’s κ exists for exactly two coders only; with more coders, look at Krippendorff’s α.',
  'comparison.missing.kappaOneValue':
    'Cannot be computed: both coders gave the same judgement everywhere, so there is no chance expectation to compare with.',
  'comparison.missing.alphaOneValue':
    'Cannot be computed: every record got the same judgement, so there is no expected disagreement to compare with.',
  'comparison.guide.units': 'records coded by at least two of the chosen coders; only these count.',
  'comparison.guide.percent':
    'the share of pairs of judgements that are equal. Simple, but it ignores agreement by chance.',
  'comparison.guide.kappa':
    'agreement corrected for chance, for exactly two coders. 1 is perfect, 0 no better than chance.',
  'comparison.guide.alpha':
    'also corrected for chance, for any number of coders; a record a coder did not code counts as missing. 1 is perfect, 0 no better than chance.',
  'comparison.guide.readingTitle': 'Rule of thumb (Krippendorff 2004):',
  'comparison.guide.reading':
    'α of 0.800 or more is reliable; from 0.667 only tentative conclusions are warranted; below that the coding is not reliable enough.',

  'comparison.disagreements.title': 'Differences and consensus',
  'comparison.disagreements.intro':
    'Records on which the chosen coders differ about at least one condition. Build the consensus for each record and save it; it is kept as the coder “consensus”.',
  'comparison.disagreements.loading': 'Loading the differences…',
  'comparison.disagreements.none': 'The chosen coders do not differ about a condition in any record.',
  'comparison.disagreements.noneOpen': 'Every difference has a consensus.',
  'comparison.progress.resolved': 'Consensus for {resolved} of {total} records with a difference',
  'comparison.progress.label': 'Differences with a consensus',
  'comparison.progress.records': 'The consensus holds {coded} of {total} records.',
  'comparison.accept': 'Take over agreeing records',
  'comparison.accept.hint':
    'Takes every record all chosen coders coded exactly alike into the consensus. Records that have a consensus already stay as they are.',
  'comparison.accepted': '{count} agreeing records taken into the consensus.',
  'comparison.unresolvedOnly': 'Only records without a consensus',
  'comparison.saved': 'Consensus for record {id} saved.',
  'comparison.keys':
    'Keys in a record: 1 to 4 switch the consensus’s conditions on or off, Ctrl+Enter saves the consensus.',
  'comparison.record': 'Record {id}',
  'comparison.record.resolved': 'consensus saved',
  'comparison.record.open': 'no consensus yet',
  'comparison.record.noText': '(no text)',
  'comparison.record.caption': 'Conditions per coder and the consensus for record {id}',
  'comparison.record.coder': 'Coder',
  'comparison.record.differs': 'differs',
  'comparison.record.actions': 'Take over',
  'comparison.record.notGiven': 'not given',
  'comparison.record.notCoded': 'not coded',
  'comparison.record.none': 'none of the conditions',
  'comparison.record.take': 'Take {coder}’s',
  'comparison.record.save': 'Save consensus',
  'comparison.pager': 'Pages of differences',
  'comparison.pager.previous': 'Previous',
  'comparison.pager.next': 'Next',
  'comparison.pager.position': '{first}–{last} of {total}',

  'comparison.pathRequired': 'Enter the path of the file.',
  'comparison.merge.title': 'Merge another coder’s project',
  'comparison.merge.intro':
    'Did a coder work in a project file of their own? Bring their codings in here. The dataset is recognised by the content of its source file; the codings come in under the coder’s name.',
  'comparison.merge.path': 'Path of the other coder’s project file (.skw)',
  'comparison.merge.pathHint':
    'For example C:\\Users\\name\\Documents\\neighbourhood-study-anna.skw or /home/name/neighbourhood-study-anna.skw',
  'comparison.merge.preview': 'See what comes in',
  'comparison.merge.dataset': 'Dataset here: {dataset} (recognised by the content of its source file).',
  'comparison.merge.codersCaption': 'Coders in the other project file',
  'comparison.merge.records': 'Records',
  'comparison.merge.codings': 'Codings',
  'comparison.merge.here': 'In this project',
  'comparison.merge.exists': 'exists already',
  'comparison.merge.new': 'new',
  'comparison.merge.existsHint': 'For a coder who exists here already, the most recent coding of each record is kept.',
  'comparison.merge.renamedTitle': 'Codes with another name',
  'comparison.merge.renamed': '“{label}” is called “{here}” here; the codings go to the code here.',
  'comparison.merge.missingTitle': 'Codes this codebook lacks',
  'comparison.merge.missingIntro': 'Choose for each code what happens to its codings.',
  'comparison.merge.code': '“{label}”, {codings} codings',
  'comparison.merge.under': '(under “{parent}”)',
  'comparison.merge.add': 'Add to this codebook',
  'comparison.merge.skip': 'Skip: leave these codings out',
  'comparison.merge.into': 'Merge into a code here',
  'comparison.merge.intoLabel': 'Code here for “{label}”',
  'comparison.merge.pickCode': 'Choose a code…',
  'comparison.merge.choose': 'Choose what should happen to this code.',
  'comparison.merge.unresolved': 'Choose for every code this codebook lacks what should happen to it.',
  'comparison.merge.submit': 'Merge',
  'comparison.merge.done': '{records} records with {codings} codings by {coders} merged into {dataset}.',
  'comparison.merge.codesAdded': '{count} codes added to the codebook.',
  'comparison.merge.skipped': '{count} codings skipped.',
  'comparison.merge.warnings': 'Please note',

  'comparison.csv.title': 'Codings as CSV',
  'comparison.csv.format':
    'A CSV file with an id column and, per condition and sub-code, a column holding 1 (given) or 0 (not given), separated by ; so that Excel, SPSS and R (read.csv2) read it directly.',
  'comparison.csv.exportTitle': 'Export',
  'comparison.csv.coder': 'Coder',
  'comparison.csv.allCoders': 'All coders (one line per record and coder)',
  'comparison.csv.exportPath': 'Path of the new CSV file',
  'comparison.csv.exportHint': 'For example C:\\Users\\name\\Documents\\codings.csv; .csv is added when missing.',
  'comparison.csv.overwrite': 'Overwrite an existing file',
  'comparison.csv.export': 'Export',
  'comparison.csv.exported': '{records} lines with {codings} codings written to {path}.',
  'comparison.csv.importTitle': 'Import',
  'comparison.csv.importCoder': 'Coder',
  'comparison.csv.importCoderHint': 'The codings come in under this name; a new name becomes a new coder.',
  'comparison.csv.coderRequired': 'Enter the coder’s name.',
  'comparison.csv.importPath': 'Path of the CSV file',
  'comparison.csv.importHint': 'A line with only empty code cells leaves the record as it is.',
  'comparison.csv.import': 'Import',
  'comparison.csv.imported': '{records} records with {codings} codings read in as {coder}.',
};

/** What the section says, with the shared texts it uses: pass it to `useT`. */
export const comparisonTexts = mergeMessages(
  commonTexts,
  defineMessages({ nl: comparisonNl, en: comparisonEn }),
  fileTexts,
);
export type ComparisonKey = keyof typeof comparisonTexts.nl & string;
