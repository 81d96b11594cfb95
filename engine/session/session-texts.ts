import { defineMessages } from '../../shared/i18n/messages';

/** The engine's own words in a session: the title a duplicate gets. */
export const sessionTexts = defineMessages({
  nl: { copyTitle: (p: { title: string }) => `${p.title} (kopie)` },
  en: { copyTitle: (p) => `${p.title} (copy)` },
});
