'use client';

import { useEffect } from 'react';

/**
 * Starts the shared experiment worker when the browser is idle, while `active` (a lab
 * page is open, a predict card is next in review). The worker module is imported only
 * then, so pages that never run an experiment never load it, nor tfjs.
 */
export function usePrewarmExperiments(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const start = () => {
      void import('./experiment-worker').then((m) => m.prewarmExperimentWorker()).catch(() => undefined);
    };
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(start, { timeout: 2000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(start, 300);
    return () => window.clearTimeout(id);
  }, [active]);
}

/** The same, for a server-rendered page: render it to prewarm while the page is open. */
export function PrewarmExperiments() {
  usePrewarmExperiments(true);
  return null;
}
