import { defineMessages } from '../../shared/i18n/messages';

/** The warnings of taking another coder's codings into the project (`merge-codings.ts`). */
export const mergeCodingsTexts = defineMessages({
  nl: {
    recordsNotFound:
      '{count} gecodeerde records uit het andere bestand hebben hier geen record met hetzelfde id en zijn overgeslagen.',
  },
  en: {
    recordsNotFound: '{count} coded records of the other file have no record with the same id here and were skipped.',
  },
});
