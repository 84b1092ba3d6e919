/**
 * The quiz's keyboard map, pure. Option keys are digits, certainty keys are letters (Q/W/E),
 * so the two never clash; see components/quiz/README.md.
 */
import type { Certainty } from '@/lib/quiz/cbm';
import type { ItemForm } from '@/lib/quiz/definition';
import type { SelfRating } from '@/lib/quiz/grade-item';

export const CERTAINTY_KEYS: Record<Certainty, string> = { 1: 'q', 2: 'w', 3: 'e' };
export const RATING_KEYS: Record<SelfRating, string> = { knew: '1', partly: '2', didnt: '3' };

export type QuizPhase = 'answering' | 'revealed' | 'feedback';

export type QuizCommand =
  | { type: 'option'; index: number }
  | { type: 'certainty'; level: Certainty }
  | { type: 'submit' }
  | { type: 'rate'; rating: SelfRating }
  | { type: 'next' };

export interface KeyContext {
  phase: QuizPhase;
  form: ItemForm;
  options: number;
  certaintyOn: boolean;
  /** The key went to a text field: only Enter is ours there. */
  typing: boolean;
  /** The key went to a button, link or checkbox: Enter and Space are the browser's. */
  onControl: boolean;
}

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'repeat'>;

export function quizKey(e: KeyLike, ctx: KeyContext): QuizCommand | null {
  if (e.ctrlKey || e.altKey || e.metaKey || e.repeat) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (ctx.phase === 'feedback') {
    if (key === 'n' || (key === 'Enter' && !ctx.onControl)) return { type: 'next' };
    return null;
  }
  if (key === 'Enter') return ctx.onControl ? null : { type: 'submit' };
  if (ctx.typing) return null;
  // A predict item runs its own controls (PredictItem); only the certainty keys are ours.
  if (ctx.certaintyOn && ctx.form !== 'self') {
    const level = (Object.entries(CERTAINTY_KEYS).find(([, k]) => k === key)?.[0] ?? null) as `${Certainty}` | null;
    if (level) return { type: 'certainty', level: Number(level) as Certainty };
  }
  if (ctx.form === 'self') {
    if (ctx.phase === 'answering' && key === ' ' && !ctx.onControl) return { type: 'submit' };
    if (ctx.phase === 'revealed') {
      const rating = (Object.entries(RATING_KEYS).find(([, k]) => k === key)?.[0] ?? null) as SelfRating | null;
      if (rating) return { type: 'rate', rating };
    }
    return null;
  }
  if (ctx.form === 'mc' && /^[1-9]$/.test(key) && Number(key) <= ctx.options) return { type: 'option', index: Number(key) - 1 };
  return null;
}
