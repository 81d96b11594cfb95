import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { RadarLayout } from './radar-layout';

/** Kept between the radar's bottom edge and the window's. */
const BOTTOM_MARGIN = 16;
/** Below this width the radar stops shrinking with the window's height, and the page scrolls instead. */
const MIN_WIDTH = 320;

interface RadarBoxProps {
  layout: RadarLayout;
  className: string;
  /** Marks the box as its view's main content. */
  main?: boolean;
  children: ReactNode;
}

/**
 * A large radar's box: as wide as its panel, and no wider than lets the whole radar (in its layout's
 * proportions) show between where the box begins and the window's bottom edge, with the page at its top.
 * Measured again when the window or the page changes size (a toolbar that wraps moves the box down).
 */
export function RadarBox({ layout, className, main, children }: RadarBoxProps) {
  const box = useRef<HTMLDivElement>(null);
  const [maxWidth, setMaxWidth] = useState<number>();
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const fit = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      const height = window.innerHeight - top - BOTTOM_MARGIN;
      setMaxWidth(Math.max(MIN_WIDTH, Math.floor((height * layout.width) / layout.height)));
    };
    fit();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(fit);
    observer?.observe(document.body);
    window.addEventListener('resize', fit);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', fit);
    };
  }, [layout]);
  return (
    <div ref={box} className={className} style={{ maxWidth }} data-main-content={main ? '' : undefined}>
      {children}
    </div>
  );
}
