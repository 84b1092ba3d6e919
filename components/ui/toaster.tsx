'use client';

import dynamic from 'next/dynamic';

/**
 * The toast area, loaded after hydration: sonner (about 13 KB gzipped) stays out of the
 * first load of pages that do not toast on their own (the 150 KB first-load budget,
 * `npm run bench -- --only=web`). Toasts only follow a learner's action, which comes later.
 */
export const Toaster = dynamic(() => import('./toaster-view'), { ssr: false });
