import { useState } from 'react';
import { Button } from '../components/Button';
import { useLanguage, useT } from '../i18n/hooks';
import { useWorkbench } from '../stores/workbench-context';
import { presentationTexts } from './presentation-texts';

/** The projector's link with the facilitator's language, so the projector speaks it too. */
export function projectorLinkIn(link: string, language: string): string {
  return `${link}&lang=${language}`;
}

/**
 * In a browser: opens the projector's page (its own link and token) in a new window, to drag to the
 * projector. A browser that blocks the window gets the link to open by hand. The desktop opens its
 * presentation window itself, on the second display, so there this button is not shown.
 */
export function OpenProjectorButton() {
  const t = useT(presentationTexts);
  const language = useLanguage();
  const api = useWorkbench((state) => state.api);
  const [message, setMessage] = useState<string | null>(null);
  const presentation = api.presentation;
  if (!presentation) return null;
  const open = async () => {
    const result = await presentation.link();
    if (!result.ok) return setMessage(result.error.message[language]);
    const link = projectorLinkIn(result.data, language);
    const opened = window.open(link, 'werkbank-projector', 'popup');
    setMessage(opened ? null : t('presentation.present.projectorBlocked', { link }));
  };
  return (
    <>
      <Button onClick={() => void open()}>{t('presentation.present.openProjector')}</Button>
      {message && (
        <p role="status" className="presentation-message">
          {message}
        </p>
      )}
    </>
  );
}
