import { describe, expect, it } from 'vitest';
import { keyCommand, type KeyContext } from './keyboard';

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
    expect(keyCommand({ key: 'U' }, ctx({ phase: 'waiting' }))).toEqual({ type: 'undo' });
    expect(keyCommand({ key: 'u' }, ctx({ typing: true }))).toBeNull();
  });
  it('buries with - and suspends with ! on either face, never while typing or with a modifier', () => {
    for (const phase of ['front', 'back', 'waiting'] as const) {
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
    expect(keyCommand({ key: ' ' }, ctx({ phase: 'waiting' }))).toBeNull();
  });
});
