'use client';

import { useTranslations } from 'next-intl';
import { keyHints, type HintContext } from './keyboard';

/** The key hint bar under the card: only the keys that work now, on this card type (keyboard.ts). */
export function KeyHints(ctx: HintContext) {
  const t = useTranslations('review.hints');
  const parts = keyHints(ctx).map((h) => t(h.id, h.values));
  // Keys need a keyboard: hidden on small (touch) screens.
  return <p className="hidden text-xs text-slate-500 sm:block dark:text-slate-400">{t('prefix', { keys: parts.join(' · ') })}</p>;
}
