import { describe, expect, it } from 'vitest';
import { keyCommand, keyHints, type HintContext, type KeyContext } from './keyboard';

const ctx = (over: Partial<KeyContext> = {}): KeyContext => ({
  scale: 'four',
  phase: 'front',
  options: 0,
  typing: false,
  onControl: false,
  ...over,
});

describe('keyCommand', () => {
  it('reveals with Space or Enter on the front, and grades with digits on the back', () => {
    expect(keyCommand({ key: ' ' }, ctx())).toEqual({ type: 'reveal' });
    expect(keyCommand({ key: 'Enter' }, ctx())).toEqual({ type: 'reveal' });
    expect(keyCommand({ key: '3' }, ctx())).toBeNull();
    expect(keyCommand({ key: '1' }, ctx({ phase: 'back' }))).toEqual({ type: 'grade', grade: 1 });
    expect(keyCommand({ key: '3' }, ctx({ phase: 'back' }))).toEqual({ type: 'grade', grade: 4 });
    expect(keyCommand({ key: '4' }, ctx({ phase: 'back' }))).toEqual({ type: 'grade', grade: 5 });
    expect(keyCommand({ key: 'Enter' }, ctx({ phase: 'back' }))).toEqual({ type: 'confirm' });
  });
  it('uses 0–5 on the six-button scale', () => {
    expect(keyCommand({ key: '0' }, ctx({ phase: 'back', scale: 'six' }))).toEqual({ type: 'grade', grade: 0 });
    expect(keyCommand({ key: '5' }, ctx({ phase: 'back', scale: 'six' }))).toEqual({ type: 'grade', grade: 5 });
    expect(keyCommand({ key: '0' }, ctx({ phase: 'back' }))).toBeNull();
  });
  it('selects options with letters, never with grade digits', () => {
    expect(keyCommand({ key: 'b' }, ctx({ options: 3 }))).toEqual({ type: 'option', index: 1 });
    expect(keyCommand({ key: 'C' }, ctx({ options: 3 }))).toEqual({ type: 'option', index: 2 });
    expect(keyCommand({ key: 'd' }, ctx({ options: 3 }))).toBeNull();
    expect(keyCommand({ key: 'a' }, ctx({ options: 3, phase: 'back' }))).toBeNull();
  });
  it('counts a close typed answer as correct with O, only on the back of such a card', () => {
    expect(keyCommand({ key: 'o' }, ctx({ phase: 'back', canOverride: true }))).toEqual({ type: 'override' });
    expect(keyCommand({ key: 'O' }, ctx({ phase: 'back', canOverride: true }))).toEqual({ type: 'override' });
    expect(keyCommand({ key: 'o' }, ctx({ phase: 'back' }))).toBeNull();
    expect(keyCommand({ key: 'o' }, ctx({ phase: 'front', canOverride: true }))).toBeNull();
    expect(keyCommand({ key: 'o' }, ctx({ phase: 'back', canOverride: true, typing: true }))).toBeNull();
  });
  it('undoes with U anywhere but in a text field', () => {
    expect(keyCommand({ key: 'u' }, ctx())).toEqual({ type: 'undo' });
    expect(keyCommand({ key: 'U' }, ctx({ phase: 'running' }))).toEqual({ type: 'undo' });
    expect(keyCommand({ key: 'u' }, ctx({ typing: true }))).toBeNull();
  });
  it('buries with - and suspends with ! on either face, never while typing or with a modifier', () => {
    for (const phase of ['front', 'back', 'predict', 'running'] as const) {
      expect(keyCommand({ key: '-' }, ctx({ phase }))).toEqual({ type: 'bury' });
      expect(keyCommand({ key: '!' }, ctx({ phase }))).toEqual({ type: 'suspend' });
    }
    expect(keyCommand({ key: '-' }, ctx({ onControl: true }))).toEqual({ type: 'bury' });
    expect(keyCommand({ key: '-' }, ctx({ typing: true }))).toBeNull();
    expect(keyCommand({ key: '!' }, ctx({ typing: true, phase: 'back' }))).toBeNull();
    expect(keyCommand({ key: '-', ctrlKey: true }, ctx())).toBeNull();
    expect(keyCommand({ key: '-', repeat: true }, ctx())).toBeNull();
    // Shift+1 types '!': a suspend, not grade 1.
    expect(keyCommand({ key: '!' }, ctx({ phase: 'back', scale: 'six' }))).toEqual({ type: 'suspend' });
  });
  it('ignores typing, modifiers, auto-repeat and Space/Enter on controls', () => {
    expect(keyCommand({ key: 'Enter' }, ctx({ typing: true }))).toBeNull();
    expect(keyCommand({ key: '3', ctrlKey: true }, ctx({ phase: 'back' }))).toBeNull();
    expect(keyCommand({ key: ' ', repeat: true }, ctx())).toBeNull();
    expect(keyCommand({ key: ' ' }, ctx({ onControl: true }))).toBeNull();
    expect(keyCommand({ key: '2' }, ctx({ onControl: true, phase: 'back' }))).toEqual({ type: 'grade', grade: 3 });
  });
  it('drives a predict card: digits or letters choose, Space/Enter commit, nothing scrolls while it runs', () => {
    const predict = ctx({ phase: 'predict', options: 3 });
    expect(keyCommand({ key: '1' }, predict)).toEqual({ type: 'option', index: 0 });
    expect(keyCommand({ key: '3' }, predict)).toEqual({ type: 'option', index: 2 });
    expect(keyCommand({ key: 'b' }, predict)).toEqual({ type: 'option', index: 1 });
    expect(keyCommand({ key: '4' }, predict)).toBeNull();
    expect(keyCommand({ key: '0' }, predict)).toBeNull();
    expect(keyCommand({ key: ' ' }, predict)).toEqual({ type: 'commit' });
    expect(keyCommand({ key: 'Enter' }, predict)).toEqual({ type: 'commit' });
    // A focused radio or button keeps its own Space/Enter; digits still choose.
    expect(keyCommand({ key: ' ' }, ctx({ phase: 'predict', options: 3, onControl: true }))).toBeNull();
    expect(keyCommand({ key: '2' }, ctx({ phase: 'predict', options: 3, onControl: true }))).toEqual({ type: 'option', index: 1 });
    // While the experiment runs, Space and Enter are swallowed (no scroll) and no digit grades yet.
    expect(keyCommand({ key: ' ' }, ctx({ phase: 'running' }))).toEqual({ type: 'none' });
    expect(keyCommand({ key: 'Enter' }, ctx({ phase: 'running' }))).toEqual({ type: 'none' });
    expect(keyCommand({ key: '1' }, ctx({ phase: 'running' }))).toBeNull();
    // After the run it is the back of a card like any other: digits grade, Enter accepts the suggestion.
    expect(keyCommand({ key: '1' }, ctx({ phase: 'back', options: 3 }))).toEqual({ type: 'grade', grade: 1 });
    expect(keyCommand({ key: 'Enter' }, ctx({ phase: 'back', options: 3 }))).toEqual({ type: 'confirm' });
  });
});

describe('keyHints', () => {
  const hints = (over: Partial<HintContext>) =>
    keyHints({ type: 'basic', phase: 'front', scale: 'four', options: 0, suggested: false, ...over }).map((h) =>
      h.values ? `${h.id}(${Object.values(h.values).join(',')})` : h.id,
    );
  it('names only the keys that work on this card type and face', () => {
    expect(hints({})).toEqual(['show', 'setAside', 'undo']);
    expect(hints({ phase: 'back' })).toEqual(['grade(1–4)', 'good', 'setAside', 'undo']);
    expect(hints({ type: 'mc', options: 4 })).toEqual(['choose(A–D)', 'check', 'setAside', 'undo']);
    expect(hints({ type: 'mc', phase: 'back', options: 4, suggested: true })).toEqual(['grade(1–4)', 'accept', 'setAside', 'undo']);
    expect(hints({ type: 'typed' })).toEqual(['typedCheck']);
    expect(hints({ type: 'typed', phase: 'back', suggested: true, canOverride: true, scale: 'six' })).toEqual([
      'grade(0–5)',
      'accept',
      'override',
      'setAside',
      'undo',
    ]);
    expect(hints({ type: 'predict', phase: 'predict', options: 3 })).toEqual(['predictChoose(1–3)', 'predictRun', 'setAside', 'undo']);
    expect(hints({ type: 'predict', phase: 'running', options: 3 })).toEqual(['running', 'setAside', 'undo']);
    expect(hints({ type: 'predict', phase: 'back', options: 3, suggested: true })).toEqual(['grade(1–4)', 'accept', 'setAside', 'undo']);
  });
});
