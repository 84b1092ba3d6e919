'use client';

import { useSyncExternalStore } from 'react';
import { Toaster as Sonner } from 'sonner';

/** Dark when the page is: the theme switcher and the system-theme script toggle `dark` on <html>. */
function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}
const isDark = () => document.documentElement.classList.contains('dark');

/**
 * The app's one toast area (sonner), following the current theme. Sonner injects its
 * stylesheet as a <style> element, which the CSP's style-src 'unsafe-inline' allows
 * (lib/http/security-headers.ts); scripts stay nonce-only.
 */
export default function ToasterView({ label }: { label: string }) {
  const dark = useSyncExternalStore(subscribe, isDark, () => false);
  return (
    <Sonner
      theme={dark ? 'dark' : 'light'}
      position="bottom-center"
      customAriaLabel={label}
      toastOptions={{ duration: 6000, classNames: { toast: 'text-sm', actionButton: 'min-h-11 min-w-11 justify-center font-medium' } }}
    />
  );
}
