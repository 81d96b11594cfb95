import { defineMessages } from '../../../shared/i18n/messages';

/** What the browser bridge says itself: an answer of the server it cannot read. */
export const bridgeTexts = defineMessages({
  nl: {
    unexpectedResponse: 'Onverwacht antwoord van de Werkbank (HTTP {status}).',
  },
  en: {
    unexpectedResponse: 'Unexpected answer from the Werkbank (HTTP {status}).',
  },
});
