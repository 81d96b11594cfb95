import { useEffect, useId, useState } from 'react';
import type { LocalizedText } from '../../../shared/contract/result';
import { useLanguage, useT } from '../i18n/hooks';
import { OpenProjectorButton, projectorLinkIn } from '../presentation/OpenProjectorButton';
import { useWorkbench } from '../stores/workbench-context';
import { sessionTexts } from './session-texts';

type LinkState = { state: 'loading' } | { state: 'ready'; link: string } | { state: 'failed'; error: LocalizedText };

/**
 * The projector's link in browser mode (`werkbank serve`'s second line): its own token reads only the slide,
 * so it can be opened on the projector's computer, or here in a window dragged to the projector. The desktop
 * host has no link: it shows the presentation in a window of its own.
 */
export function ProjectorLink() {
  const t = useT(sessionTexts);
  const language = useLanguage();
  const linkId = useId();
  const presentation = useWorkbench((state) => state.api.presentation);
  const [link, setLink] = useState<LinkState>({ state: 'loading' });

  useEffect(() => {
    if (!presentation) return;
    let current = true;
    void presentation.link().then((answer) => {
      if (current)
        setLink(answer.ok ? { state: 'ready', link: answer.data } : { state: 'failed', error: answer.error.message });
    });
    return () => {
      current = false;
    };
  }, [presentation]);

  if (!presentation) return null;
  return (
    <div className="session-projector panel">
      <p className="field__label" id={linkId}>
        {t('projector.link')}
      </p>
      {link.state === 'loading' && <p role="status">{t('projector.loading')}</p>}
      {link.state === 'failed' && (
        <p role="alert" className="field__error">
          {link.error[language]}
        </p>
      )}
      {link.state === 'ready' && (
        <div className="session-projector__row">
          <input
            className="field__input session-projector__url"
            readOnly
            value={projectorLinkIn(link.link, language)}
            aria-labelledby={linkId}
            onFocus={(event) => event.currentTarget.select()}
          />
          <OpenProjectorButton />
        </div>
      )}
      <p className="field__hint">{t('projector.hint')}</p>
    </div>
  );
}
