import { useCallback, useEffect, useRef, useState } from 'react';
import type { Slide } from '../../../shared/session/session-types';
import { useWorkbench } from '../stores/workbench-context';

/**
 * The slide the projector shows, kept up to date by the host's pushes (the desktop's IPC, the browser host's
 * server-sent events). The first is asked for too, in case the page listens only after the host's first push;
 * once a push (or the caller's own `session.present` answer, given to the setter) has come, that answer is old.
 */
export function useSlide(): [Slide | null, (slide: Slide | null) => void] {
  const api = useWorkbench((state) => state.api);
  const [slide, setSlide] = useState<Slide | null>(null);
  const known = useRef(false);
  const set = useCallback((next: Slide | null) => {
    known.current = true;
    setSlide(next);
  }, []);
  useEffect(() => {
    let stopped = false;
    const stop = api.on('slide', set);
    void api.invoke('session.slide', {}).then((result) => {
      if (result.ok && !known.current && !stopped) setSlide(result.data);
    });
    return () => {
      stopped = true;
      stop();
    };
  }, [api, set]);
  return [slide, set];
}
