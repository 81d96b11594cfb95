import { useEffect, useState } from 'react';
import { useT } from '../i18n/hooks';
import { useWorkbench } from '../stores/workbench-context';
import { presentationTexts } from './presentation-texts';
import { PresentationView } from './PresentationView';
import { useSlide } from './use-slide';

/** The hint stays this long: a projector shows no instructions to the room for the whole session. */
const HINT_MS = 8000;

/**
 * The projector's page (`/?presentation=<token>` in a browser, the presentation window on the desktop): the
 * slide the facilitator shows, and nothing else. It only follows; the facilitator's screen moves the steps.
 * Browsers go full screen only on a gesture, so the first click or key asks for it.
 */
export function PresentationPage() {
  const t = useT(presentationTexts);
  const [slide] = useSlide();
  // The desktop's presentation window is full screen from the start; only a browser needs the gesture.
  const inBrowser = useWorkbench((state) => state.api.presentation !== undefined);
  const [hint, setHint] = useState(inBrowser);

  useEffect(() => {
    document.title = t('presentation.pageTitle');
  }, [t]);

  useEffect(() => {
    const timer = setTimeout(() => setHint(false), HINT_MS);
    const fullScreen = () => {
      setHint(false);
      if (!document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => {});
    };
    window.addEventListener('click', fullScreen);
    window.addEventListener('keydown', fullScreen);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('click', fullScreen);
      window.removeEventListener('keydown', fullScreen);
    };
  }, []);

  return (
    <main className="presentation-page">
      <PresentationView slide={slide} />
      {hint && !slide?.blank && (
        <p className="presentation-page__hint" role="status">
          {t('presentation.fullscreenHint')}
        </p>
      )}
    </main>
  );
}
