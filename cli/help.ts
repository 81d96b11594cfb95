export function helpText(): string {
  return `Werkbank Sociale Kwaliteit: command-line host / opdrachtregel

Gebruik / Usage:
  werkbank init PROJECT                 Nieuw projectbestand (.skw) maken / create a new project file
  werkbank datasets PROJECT [--json]    Datasets in het project / list the project's datasets
  werkbank import PROJECT FILE [opties] CSV of Excel importeren / import a CSV or Excel file
  werkbank map PROJECT --dataset D --variable V --condition ID [--domain D] [--polarity positive|negative] [--weight W] [--reverse]
                                        Variabele aan een conditie koppelen / map a variable to a condition
  werkbank unmap PROJECT --dataset D --variable V
  werkbank scores PROJECT --dataset D [--municipality 268] [--reference municipality|all] [--audience researcher|partner] [--json]
                                        Scores per gebied en conditie; --municipality toont alleen die gemeente en
                                        standaardiseert over haar gebieden (--reference all: over alle gebieden)
                                        / scores per area and condition; --municipality shows only that municipality
                                        and standardises over its areas (--reference all: over every area)
  werkbank base PROJECT --dataset D (--variable V [--threshold N] | --none)
                                        Basiskolom van gebiedsgegevens (de n per gebied, bijv. een bevolkingsaantal)
                                        met een eigen publicatiedrempel / an area dataset's base column (its areas' n,
                                        e.g. a population count) with a publication threshold of its own
  werkbank crosstab PROJECT --dataset D --rows V --cols V [--layer V] [--weight W] [--bins-rows 90,110] [--bins-cols …]
           [--missing exclude|category] [--audience researcher|partner] [--json] [--export FILE [--format csv-nl|csv|xlsx] | --format tsv]
                                        Kruistabel met toetsen / cross-table with tests
  werkbank codings import PROJECT --dataset D --coder NAME FILE
                                        Coderingen uit CSV (id + 0/1 per conditie en subcode) / codings from CSV
  werkbank codings export PROJECT --dataset D [--coder NAME] --out FILE [--overwrite]
                                        Coderingen naar CSV; zonder --coder één regel per record en codeur / codings to CSV
  werkbank codings suggest PROJECT --dataset D --column C
                                        Automatisch coderen met de trefwoorden, als codeur "suggesties" / auto-code by keywords
  werkbank agreement PROJECT --dataset D [--coders A,B] [--json]
                                        Overeenstemming per conditie: %, Cohens kappa, Krippendorffs alfa / agreement per condition
  werkbank words PROJECT --dataset D [--coder C] [--figures D] [--municipality 268] [--reference municipality|all] [--audience researcher|partner] [--json]
                                        Woordenindex: per gebied het aandeel van elke conditie in de coderingen op de schaal
                                        van de cijfers (100 + 10 × z), zoals Woorden en cijfers het toont; standaard de
                                        codeur en de cijfers waarmee die weergave opent / words index per area and condition
  werkbank session list PROJECT [--json]
  werkbank session show PROJECT SESSION [--json]
  werkbank session export PROJECT SESSION [--out FILE] [--overwrite] [--json]
                                        Werkplaatssessies: de lijst, één sessie met haar gebieden door de vier condities
                                        en de blinde vlek, of haar verslag (HTML voor partners, drukt af op A4; standaard
                                        sessie-<datum>-<gebied>.html) / werkplaats sessions: the list, one session with its
                                        areas through the four conditions and the blind spot, or its partner-safe record
  werkbank serve PROJECT [--port N]     Browsermodus op 127.0.0.1 / browser mode on 127.0.0.1
  werkbank --help | --version

Importeren / Import (PROJECT wordt gemaakt als het nog niet bestaat / is created when missing):
  --name N  --kind survey|area  --id-column C  --area-column C  --area-name-column C  --weight-column C
  --encoding utf-8|windows-1252|utf-16le|utf-16be  --delimiter ';'|','|tab|'|'  --decimal ,|.
  --missing "99,999"  --sheet S  --level gemeente|wijk|buurt  --municipality 268  --skip-bad-rows
  --keep KOLOM=WAARDE   Alleen regels met die waarde, b.v. één jaar van een gebiedsbestand met een regel per jaar
                        / only lines with that value, e.g. one year of an area file with a line per year: --keep YEAR=2016

Condities / Conditions: security, inclusion, cohesion, empowerment.

Opties / Options:
  --lang nl|en    Taal van meldingen / language of messages (default: the app's setting, or WERKBANK_LANG)
  --json          Uitvoer als JSON / output as JSON

Exitstatus / Exit status: 0 = ok, 1 = fout van de gebruiker / user error (message on stderr), 2 = verkeerd gebruik / wrong usage.
`;
}
