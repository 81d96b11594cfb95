import { useCallback, useEffect, useRef, useState } from 'react';
import { Button } from '../components/Button';
import { useLanguage, useT } from '../i18n/hooks';
import { useWorkbench } from '../stores/workbench-context';
import { OpenProjectorButton } from './OpenProjectorButton';
import { presentationTexts } from './presentation-texts';
import { PresentationView } from './PresentationView';
import { usePresenterKeys } from './use-presenter-keys';
import { useSlide } from './use-slide';

export interface PresentingModeProps {
  session: number;
  /** The agenda's step ids, in order. */
  steps: readonly number[];
  /** The step to start with. */
  start: number;
  /** Back to the facilitator's screen; the projector keeps showing what it shows. */
  onLeave: () => void;
}

/**
 * The facilitator presenting: the slide full screen on this screen (the laptop on a mirrored projector), the
 * presenter's keys moving the steps through `session.present`, so a projector window or page follows too.
 * Esc, or leaving full screen, goes back.
 */
export function PresentingMode({ session, steps, start, onLeave }: PresentingModeProps) {
  const t = useT(presentationTexts);
  const language = useLanguage();
  const api = useWorkbench((state) => state.api);
  const [slide, setSlide] = useSlide();
  const [error, setError] = useState<string | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const left = useRef(false);

  const leave = useCallback(() => {
    if (left.current) return;
    left.current = true;
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    onLeave();
  }, [onLeave]);

  const present = useCallback(
    async (step: number, blank: boolean) => {
      const result = await api.invoke('session.present', { session, step, blank });
      if (result.ok) {
        setSlide(result.data);
        setError(null);
      } else setError(result.error.message[language]);
    },
    [api, session, setSlide, language],
  );

  useEffect(() => {
    void present(start, false);
    // Opened by a click, so the browser still allows full screen; when it does not, the overlay fills the window.
    frame.current?.requestFullscreen?.().catch(() => {});
    // Chromium keeps Esc for leaving full screen itself: leaving it is leaving the presentation.
    const onChange = () => {
      if (!document.fullscreenElement) leave();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
    // Once, when presenting starts: later steps come from the keys.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  usePresenterKeys({
    steps,
    current: slide?.step.id ?? null,
    blank: slide?.blank ?? false,
    onPresent: (step, blank) => void present(step, blank),
    onLeave: leave,
  });

  return (
    <div ref={frame} className="presenting-mode" role="dialog" aria-modal="true" aria-label={slide?.session.title}>
      <PresentationView slide={slide} />
      {error && (
        <p role="alert" className="presenting-mode__error">
          {error}
        </p>
      )}
      <div className="presenting-mode__controls">
        <p className="presenting-mode__keys">{t('presentation.present.keys')}</p>
        <OpenProjectorButton />
        <Button onClick={leave}>{t('presentation.present.leave')}</Button>
      </div>
    </div>
  );
}
