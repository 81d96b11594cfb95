import type { ReactNode } from 'react';
import type { Slide } from '../../../shared/session/session-types';
import { useT } from '../i18n/hooks';
import { BasisSlide } from './BasisSlide';
import { BlindSpotSlide } from './BlindSpotSlide';
import { CrosstabSlide } from './CrosstabSlide';
import { PartnersSlide } from './PartnersSlide';
import { presentationTexts } from './presentation-texts';
import { ProfileSlide } from './ProfileSlide';
import { SlideNotes } from './SlideNotes';
import { WordsSlide } from './WordsSlide';
import './presentation.css';

/**
 * One slide as the projector shows it: black, no app chrome, text of at least 24 px, the chart filling the
 * rest. It fills its box (the projector's page, the presenting mode, a preview), whose size sets the type's.
 * A slide is partner-safe as the engine built it; this only draws it. Null: nothing presented yet.
 */
export function PresentationView({ slide }: { slide: Slide | null }) {
  const t = useT(presentationTexts);
  if (slide === null)
    return (
      <div className="slide slide--waiting" data-slide="waiting">
        <p className="slide-lead">{t('presentation.waiting')}</p>
      </div>
    );
  // Black and empty: nothing of the step stays in the page while the screen is blanked.
  if (slide.blank) return <div className="slide slide--blank" data-slide="blank" aria-hidden="true" />;
  const areaName = slide.area ? (slide.area.name ?? slide.area.code) : '';
  const kindTitle = slide.step.kind === 'text' ? '' : t(`presentation.kind.${slide.step.kind}`, { area: areaName });
  const title = slide.step.title || kindTitle;
  return (
    <div className="slide" data-slide={slide.step.kind} data-step={slide.step.id}>
      <header className="slide-header">
        <h1 className="slide-title">{title}</h1>
        <p className="slide-position">{t('presentation.position', { index: slide.index + 1, count: slide.count })}</p>
      </header>
      <div className="slide-body">{body(slide, title, t('presentation.areaHidden'))}</div>
      {slide.notes && <SlideNotes notes={slide.notes} />}
    </div>
  );
}

function body(slide: Slide, title: string, areaHidden: string): ReactNode {
  const kind = slide.step.kind;
  if (kind === 'text') return <TextBody text={slide.text} />;
  if (kind === 'crosstab') return <CrosstabSlide crosstab={slide.crosstab} />;
  // The step's area is under the publication threshold (or gone): the engine left it out, and so does the slide.
  if (!slide.area) return <p className="slide-lead">{areaHidden}</p>;
  switch (kind) {
    case 'profile':
      return <ProfileSlide area={slide.area} title={title} />;
    case 'words':
      return <WordsSlide area={slide.area} quotes={slide.quotes} />;
    case 'partners':
      return <PartnersSlide area={slide.area} estimates={slide.estimates} />;
    case 'basis':
      return <BasisSlide area={slide.area} provisions={slide.provisions} />;
    case 'blindspot':
      return <BlindSpotSlide area={slide.area} />;
  }
}

function TextBody({ text }: { text: string }) {
  return (
    <div className="slide-text">
      {text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
    </div>
  );
}
