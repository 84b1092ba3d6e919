/**
 * The review keyboard map, as a pure function of the key and where the learner is.
 *
 * | phase          | keys                                                                     |
 * | -------------- | ------------------------------------------------------------------------ |
 * | front          | Space / Enter: show the answer (mc: check the choice; typed: submit)     |
 * |                | A–F (mc): toggle option 1–6                                              |
 * | back           | 1–4 (four-button scale) or 0–5 (six): grade                              |
 * |                | Space / Enter: confirm the suggested grade (auto-graded cards), else Good |
 * |                | O (typed card, close answer): count it as correct                         |
 * | waiting        | (predict card before its run has a verdict) only U                       |
 * | any            | U: undo the last answer                                                  |
 * |                | - (minus): bury the card until tomorrow; ! (Shift+1): suspend it         |
 *
 * Keys typed into a text field are left alone (its form submits on Enter), and Space or
 * Enter on a focused button, link, checkbox or radio keeps its native meaning.
 */
import { gradeForKey, type Grade, type GradeScale } from '@/lib/srs';

export type Phase = 'front' | 'back' | 'waiting';

export type KeyCommand =
  | { type: 'reveal' }
  | { type: 'grade'; grade: Grade }
  | { type: 'confirm' }
  | { type: 'undo' }
  | { type: 'option'; index: number }
  | { type: 'override' }
  | { type: 'bury' }
  | { type: 'suspend' };

/** Set-aside keys. Anki buries with `-` and suspends with `@`; `@` is Shift+2, and on some layouts
 * Shift+2 types `"`, so suspend is `!` here. Neither is a letter (options) or a digit (grades). */
export const BURY_KEY = '-';
export const SUSPEND_KEY = '!';
/** Counts a close typed answer as correct (the typing-override of Anki add-ons). */
export const OVERRIDE_KEY = 'o';

export interface KeyInfo {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  repeat?: boolean;
}

export interface KeyContext {
  scale: GradeScale;
  phase: Phase;
  /** Multiple-choice options on the card (0 for other types). */
  options: number;
  /** The event target is a text field (input, textarea, select, contenteditable). */
  typing: boolean;
  /** The event target is a button, link, checkbox or radio. */
  onControl: boolean;
  /** A close typed answer is on screen, which the learner may count as correct. */
  canOverride?: boolean;
}

/** Option keys: A–F select options 1–6 (letters never clash with the digit grade keys). */
export const OPTION_KEYS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;

export function keyCommand(e: KeyInfo, ctx: KeyContext): KeyCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey || e.repeat || ctx.typing) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const activate = key === ' ' || key === 'Enter';
  if (activate && ctx.onControl) return null;
  if (key === 'u') return { type: 'undo' };
  if (key === BURY_KEY) return { type: 'bury' };
  if (key === SUSPEND_KEY) return { type: 'suspend' };
  if (ctx.phase === 'front') {
    if (activate) return { type: 'reveal' };
    const index = (OPTION_KEYS as readonly string[]).indexOf(key);
    return index >= 0 && index < ctx.options ? { type: 'option', index } : null;
  }
  if (ctx.phase === 'back') {
    if (activate) return { type: 'confirm' };
    if (key === OVERRIDE_KEY && ctx.canOverride) return { type: 'override' };
    const grade = gradeForKey(ctx.scale, key);
    return grade === null ? null : { type: 'grade', grade };
  }
  return null;
}

/** What kind of element a key event came from. */
export function targetKind(target: EventTarget | null): { typing: boolean; onControl: boolean } {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return { typing: false, onControl: false };
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) {
    return { typing: true, onControl: false };
  }
  if (target instanceof HTMLInputElement) {
    const choice = target.type === 'checkbox' || target.type === 'radio' || target.type === 'button' || target.type === 'submit';
    return { typing: !choice && !target.readOnly && !target.disabled, onControl: choice };
  }
  return { typing: false, onControl: target.closest('button, a[href], [role="button"], summary') !== null };
}
