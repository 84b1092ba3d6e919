'use client';

import { useCallback, useRef, useState } from 'react';

/**
 * The width of an element, kept current with a ResizeObserver, so a chart can draw at
 * its real pixel size (text stays 12 px on a phone) instead of scaling a fixed viewBox.
 * `fallback` is used for the server render and until the first measurement.
 */
export function useWidth<T extends HTMLElement>(fallback: number): [(el: T | null) => void, number] {
  const [width, setWidth] = useState(fallback);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el) return;
    const measure = () => setWidth(Math.max(0, Math.floor(el.getBoundingClientRect().width)));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(measure);
    observer.current.observe(el);
  }, []);
  return [ref, width];
}
