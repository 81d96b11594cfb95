import { defineErrors } from './define-errors';

/** The project file's errors: opening, creating and the open project. */
export const projectErrors = defineErrors({
  nl: {
    not_a_project: (p: { file: string }) =>
      `${p.file} is geen project van de Werkbank Sociale Kwaliteit (geen SQLite-projectbestand). Het bestand is niet gewijzigd.`,
    project_damaged: (p: { file: string; detail: string }) =>
      `${p.file} is beschadigd en kan niet worden geopend (${p.detail}). Het bestand is niet gewijzigd; open een reservekopie.`,
    project_too_new: (p: { file: string; fileVersion: number; appVersion: number }) =>
      `${p.file} is gemaakt met een nieuwere versie van de Werkbank (projectversie ${p.fileVersion}; deze versie kent tot en met ${p.appVersion}). Werk de Werkbank bij om het te openen. Het bestand is niet gewijzigd.`,
    project_locked: (p: { file: string }) =>
      `${p.file} is in gebruik door een ander programma. Sluit het daar en probeer het opnieuw.`,
    no_project_open: () => 'Er is geen project geopend.',
  },
  en: {
    not_a_project: (p) =>
      `${p.file} is not a Werkbank Sociale Kwaliteit project (not a SQLite project file). The file was not changed.`,
    project_damaged: (p) =>
      `${p.file} is damaged and cannot be opened (${p.detail}). The file was not changed; open a backup copy.`,
    project_too_new: (p) =>
      `${p.file} was written by a newer version of the Werkbank (project version ${p.fileVersion}; this version knows up to ${p.appVersion}). Update the Werkbank to open it. The file was not changed.`,
    project_locked: (p) => `${p.file} is in use by another program. Close it there and try again.`,
    no_project_open: () => 'No project is open.',
  },
});
