import type { Slide } from '../../shared/session/session-types';
import type { Presenting } from './build-slide';

export type SlideListener = (slide: Slide | null) => void;

/**
 * What the projector shows, held in memory for the open project: `session.present` sets it, `session.slide`
 * reads it, and every change (a new step, the screen blanked, an edit of the session shown) is told to the
 * listeners, through which the hosts push the slide (server-sent events, the presentation window's IPC).
 */
export class Presenter {
  private presenting: Presenting | null = null;
  private readonly listeners = new Set<SlideListener>();

  constructor(private readonly slideOf: (presenting: Presenting) => Slide | null) {}

  /** The slide now shown, or null when nothing is presented (or what was shown no longer exists). */
  slide(): Slide | null {
    if (this.presenting === null) return null;
    const slide = this.slideOf(this.presenting);
    if (slide === null) this.presenting = null;
    return slide;
  }

  present(presenting: Presenting | null): Slide | null {
    this.presenting = presenting;
    return this.changed();
  }

  /** After an edit: when the session edited is the one shown, the listeners hear its slide again. */
  edited(session: number | null): void {
    if (this.presenting !== null && (session === null || this.presenting.session === session)) this.changed();
  }

  /** Stops presenting (the project closed). */
  stop(): void {
    if (this.presenting === null) return;
    this.presenting = null;
    this.tell(null);
  }

  onSlideChange(listener: SlideListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): Slide | null {
    const slide = this.slide();
    this.tell(slide);
    return slide;
  }

  private tell(slide: Slide | null): void {
    for (const listener of this.listeners) listener(slide);
  }
}
