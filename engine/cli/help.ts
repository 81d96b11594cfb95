export function helpText(): string {
  return `Werkbank Sociale Kwaliteit: command-line host / opdrachtregel

Gebruik / Usage:
  werkbank init PROJECT                 Nieuw projectbestand (.skw) maken / create a new project file
  werkbank datasets PROJECT [--json]    Datasets in het project / list the project's datasets
  werkbank serve PROJECT [--port N]     Browsermodus op 127.0.0.1 / browser mode on 127.0.0.1
  werkbank --help | --version

Opties / Options:
  --lang nl|en    Taal van meldingen / language of messages (default: the app's setting, or WERKBANK_LANG)
  --json          Uitvoer als JSON / output as JSON

Exitstatus / Exit status: 0 = ok, 1 = fout van de gebruiker / user error (message on stderr), 2 = verkeerd gebruik / wrong usage.
`;
}
