import { useEffect, useRef, useState } from 'react';
import type { Slide } from '../../../shared/session/session-types';
import { PresentationView } from '../presentation/PresentationView';

/** The projector's size the preview is drawn at, then scaled to its box: the slide as the room sees it. */
const projector = { width: 1280, height: 720 };

/** What the projector shows, small, on the facilitator's screen. */
export function SlidePreview({ slide, label }: { slide: Slide | null; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.4);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setScale(element.clientWidth / projector.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <figure className="session-preview" aria-label={label}>
      <div ref={box} className="session-preview__box">
        <div
          className="session-preview__slide"
          style={{ width: projector.width, height: projector.height, transform: `scale(${scale})` }}
        >
          <PresentationView slide={slide} />
        </div>
      </div>
    </figure>
  );
}
