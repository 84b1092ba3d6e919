import { describe, expect, it } from 'vitest';
import { quizKey, type KeyContext } from './quiz-keys';

const k = (key: string, extra: Partial<KeyboardEvent> = {}) => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  repeat: false,
  ...extra,
});
const mc: KeyContext = { phase: 'answering', form: 'mc', options: 4, certaintyOn: true, typing: false, onControl: false };

describe('quizKey', () => {
  it('maps digits to options and Q/W/E to certainty, without clashing', () => {
    expect(quizKey(k('1'), mc)).toEqual({ type: 'option', index: 0 });
    expect(quizKey(k('4'), mc)).toEqual({ type: 'option', index: 3 });
    expect(quizKey(k('5'), mc)).toBeNull();
    expect(quizKey(k('q'), mc)).toEqual({ type: 'certainty', level: 1 });
    expect(quizKey(k('W'), mc)).toEqual({ type: 'certainty', level: 2 });
    expect(quizKey(k('e'), mc)).toEqual({ type: 'certainty', level: 3 });
    expect(quizKey(k('e'), { ...mc, certaintyOn: false })).toBeNull();
  });
  it('submits with Enter, and moves on with N or Enter after the feedback', () => {
    expect(quizKey(k('Enter'), mc)).toEqual({ type: 'submit' });
    expect(quizKey(k('Enter'), { ...mc, onControl: true })).toBeNull();
    expect(quizKey(k('n'), { ...mc, phase: 'feedback' })).toEqual({ type: 'next' });
    expect(quizKey(k('Enter'), { ...mc, phase: 'feedback' })).toEqual({ type: 'next' });
    expect(quizKey(k('1'), { ...mc, phase: 'feedback' })).toBeNull();
  });
  it('leaves letters and digits to a text field, but Enter submits from it', () => {
    const typed: KeyContext = { ...mc, form: 'typed', typing: true };
    expect(quizKey(k('q'), typed)).toBeNull();
    expect(quizKey(k('1'), typed)).toBeNull();
    expect(quizKey(k('Enter'), typed)).toEqual({ type: 'submit' });
    expect(quizKey(k('q'), { ...typed, typing: false })).toEqual({ type: 'certainty', level: 1 });
  });
  it('reveals a self-rated item with Space or Enter, then rates it 1/2/3', () => {
    const self: KeyContext = { ...mc, form: 'self' };
    expect(quizKey(k(' '), self)).toEqual({ type: 'submit' });
    expect(quizKey(k('q'), self)).toBeNull();
    expect(quizKey(k('1'), self)).toBeNull();
    expect(quizKey(k('3'), { ...self, phase: 'revealed' })).toEqual({ type: 'rate', rating: 'didnt' });
  });
  it('ignores modified and repeated keys', () => {
    expect(quizKey(k('1', { ctrlKey: true }), mc)).toBeNull();
    expect(quizKey(k('1', { repeat: true }), mc)).toBeNull();
  });
});
