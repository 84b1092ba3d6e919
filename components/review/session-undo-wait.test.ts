import { describe, expect, it } from 'vitest';
import type { AnswerAck, SerializedState } from '@/lib/review/types';
import {
  currentCard,
  initialSession,
  isFinished,
  lastUndoable,
  REPEAT_GAP,
  sessionReducer,
  waitingUntil,
  type SessionAction,
  type SessionState,
} from './session-state';
import { reviewItem } from './review-item.fixture';

const T0 = Date.parse('2026-01-01T10:00:00.000Z');
const MIN = 60_000;
const item = reviewItem;
const st = (repeatToday: boolean, lastReview = T0, extra: Partial<SerializedState> = {}): SerializedState => ({
  ef: 2.5,
  interval: 1,
  repetitions: repeatToday ? 0 : 1,
  due: '2026-01-02T04:00:00.000Z',
  lastReview: new Date(lastReview).toISOString(),
  lapses: 0,
  repeatToday,
  suspended: false,
  buriedUntil: null,
  leech: false,
  ...extra,
});
const ack = (cardId: string, repeatToday = false, over: Partial<AnswerAck> = {}): AnswerAck => ({
  reviewId: `r-${cardId}`,
  cardId,
  state: st(repeatToday),
  version: 1,
  duplicate: false,
  ...over,
});
const run = (s: SessionState, ...actions: SessionAction[]) => actions.reduce(sessionReducer, s);
const ids = (s: SessionState) => s.queue.map((q) => q.cardId);
const cards = (n: number) => Array.from({ length: n }, (_, i) => item(`c${i}`));
const top = (s: SessionState) => {
  const t = lastUndoable(s);
  return t === null ? null : t.type === 'answer' ? `answer:${t.entry.item.cardId}` : `${t.entry.kind}:${t.entry.item.cardId}`;
};
const counts = (n: number) => ({ new: n, review: 0, repeat: 0 });

describe('the undo stack: answers, buries and suspends, newest first', () => {
  it('undoes a suspend before the answer given earlier, then the answer', () => {
    let s = initialSession(cards(4), counts(4), T0);
    s = run(
      s,
      { type: 'answer', key: 'k0', cardId: 'c0', grade: 4, now: T0 + 1 },
      { type: 'ack', key: 'k0', ack: ack('c0'), now: T0 + 2 },
      { type: 'setAside', cardId: 'c1', kind: 'suspend', now: T0 + 3 },
    );
    expect(ids(s)).toEqual(['c2', 'c3']);
    expect(top(s)).toBe('suspend:c1');
    const fresh = { state: st(false), version: 5 };
    s = run(s, { type: 'setAsideDone', cardId: 'c1', fresh: { ...fresh, state: { ...fresh.state, suspended: true } } });
    expect(lastUndoable(s)).toMatchObject({ type: 'setAside', entry: { fresh: { version: 5 } } });
    // Undone on the server: the suspended card is back in front, on screen now; the answer is untouched.
    s = run(s, { type: 'setAsideUndone', cardId: 'c1', fresh: { state: st(false), version: 6 }, now: T0 + 4 });
    expect(ids(s)).toEqual(['c1', 'c2', 'c3']);
    expect(s.queue[0]).toMatchObject({ version: 6, state: { suspended: false } });
    expect(s.shownAt).toBe(T0 + 4);
    expect(s.setAside).toEqual([]);
    expect(s.answered.map((a) => a.status)).toEqual(['acked']);
    expect(top(s)).toBe('answer:c0');
  });

  it('walks back bury, answer and suspend in the order they were done', () => {
    let s = initialSession(cards(5), counts(5), T0);
    s = run(
      s,
      { type: 'setAside', cardId: 'c0', kind: 'bury', now: T0 + 1 },
      { type: 'answer', key: 'k1', cardId: 'c1', grade: 4, now: T0 + 2 },
      { type: 'setAside', cardId: 'c2', kind: 'suspend', now: T0 + 3 },
    );
    expect(top(s)).toBe('suspend:c2');
    s = run(s, { type: 'setAsideUndone', cardId: 'c2', fresh: { state: st(false), version: 2 }, now: T0 + 4 });
    expect(top(s)).toBe('answer:c1');
    s = run(s, { type: 'undone', key: 'k1', item: null, now: T0 + 5 });
    expect(top(s)).toBe('bury:c0');
    s = run(s, { type: 'setAsideUndone', cardId: 'c0', fresh: { state: st(false), version: 2 }, now: T0 + 6 });
    expect(top(s)).toBeNull();
    expect(ids(s)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
  });

  it('skips refused actions; an undo refused because the card changed leaves the stack, a failed one stays', () => {
    let s = initialSession(cards(4), counts(4), T0);
    s = run(
      s,
      { type: 'answer', key: 'k0', cardId: 'c0', grade: 4, now: T0 + 1 },
      { type: 'setAside', cardId: 'c1', kind: 'bury', now: T0 + 2 },
      { type: 'setAsideFailed', cardId: 'c1', now: T0 + 3 },
    );
    expect(top(s)).toBe('answer:c0');
    s = run(s, { type: 'setAside', cardId: 'c2', kind: 'suspend', now: T0 + 4 });
    const failed = run(s, { type: 'undoing', value: true }, { type: 'undoFailed' });
    expect(top(failed)).toBe('suspend:c2');
    const changed = run(s, { type: 'undoFailed', changed: true, ref: { type: 'setAside', cardId: 'c2' } });
    expect(changed.notice).toBe('undoChanged');
    expect(top(changed)).toBe('answer:c0');
  });
});

describe('same-day repeats wait for their time', () => {
  it('a lone failed card is not shown again at once: the session waits, then shows it when due', () => {
    let s = initialSession([item('c0')], counts(1), T0);
    s = run(s, { type: 'answer', key: 'k0', cardId: 'c0', grade: 1, now: T0 + 1000 });
    s = run(s, { type: 'ack', key: 'k0', ack: ack('c0', true), now: T0 + 2000 });
    expect(ids(s)).toEqual(['c0']);
    expect(currentCard(s)).toBeNull();
    expect(waitingUntil(s)).toBe(T0 + 10 * MIN);
    expect(isFinished(s)).toBe(false);
    // A tick before its time changes nothing; at its time the card is shown.
    expect(run(s, { type: 'tick', now: T0 + 9 * MIN })).toBe(s);
    const due = run(s, { type: 'tick', now: T0 + 10 * MIN });
    expect(currentCard(due)?.cardId).toBe('c0');
    expect(due.shownAt).toBe(T0 + 10 * MIN);
    expect(waitingUntil(due)).toBeNull();
  });

  it('lets the learner review the waiting card early, or finish for now', () => {
    let s = initialSession([item('c0')], counts(1), T0);
    s = run(
      s,
      { type: 'answer', key: 'k0', cardId: 'c0', grade: 1, now: T0 + 1 },
      { type: 'ack', key: 'k0', ack: ack('c0', true), now: T0 + 2 },
    );
    const early = run(s, { type: 'reviewEarly', now: T0 + 3 * MIN });
    expect(currentCard(early)).toMatchObject({ cardId: 'c0', kind: 'repeat', version: 1 });
    expect(early.shownAt).toBe(T0 + 3 * MIN);
    const done = run(s, { type: 'finishEarly' });
    expect(isFinished(done)).toBe(true);
    expect(waitingUntil(done)).toBeNull();
    // Finished: its time passing does not bring it back.
    expect(currentCard(run(done, { type: 'tick', now: T0 + 20 * MIN }))).toBeNull();
  });

  it('a repeat not yet due steps aside for the cards behind it and comes back once due', () => {
    let s = initialSession(cards(REPEAT_GAP + 3), counts(REPEAT_GAP + 3), T0);
    s = run(
      s,
      { type: 'answer', key: 'k0', cardId: 'c0', grade: 1, now: T0 + 1 },
      { type: 'ack', key: 'k0', ack: ack('c0', true), now: T0 + 2 },
    );
    expect(ids(s).indexOf('c0')).toBe(REPEAT_GAP);
    // Answer the REPEAT_GAP cards in front of it quickly: c0 is at the head but waits, c6 is shown instead.
    for (let i = 1; i <= REPEAT_GAP; i += 1) s = run(s, { type: 'answer', key: `k${i}`, cardId: `c${i}`, grade: 4, now: T0 + i * MIN });
    expect(currentCard(s)?.cardId).toBe('c6');
    expect(ids(s)).toEqual(['c6', 'c0', 'c7']);
    // Its time comes while c6 is on screen: c6 stays; after c6 it is c0's turn.
    expect(currentCard(run(s, { type: 'tick', now: T0 + 11 * MIN }))?.cardId).toBe('c6');
    s = run(s, { type: 'answer', key: 'k6', cardId: 'c6', grade: 4, now: T0 + 11 * MIN });
    expect(currentCard(s)?.cardId).toBe('c0');
  });

  it('takes an explicit due time from the ack (learning steps) and waits for repeats loaded from the server', () => {
    let s = initialSession([item('c0')], counts(1), T0);
    const dueAt = new Date(T0 + 1 * MIN).toISOString();
    s = run(
      s,
      { type: 'answer', key: 'k0', cardId: 'c0', grade: 1, now: T0 + 1 },
      { type: 'ack', key: 'k0', ack: ack('c0', true, { dueAt }), now: T0 + 2 },
    );
    expect(waitingUntil(s)).toBe(T0 + MIN);
    // After a reload the server sends the waiting repeat at the end of its queue ("learn ahead").
    const reloaded = initialSession([item('c9', { kind: 'repeat', state: st(true, T0 + 5 * MIN), version: 3 })], counts(1), T0 + 6 * MIN);
    expect(currentCard(reloaded)).toBeNull();
    expect(waitingUntil(reloaded)).toBe(T0 + 15 * MIN);
    // A due card loaded later is shown at once, in front of the waiting repeat.
    const loaded = run(reloaded, { type: 'loaded', items: [item('c10')], counts: counts(2), now: T0 + 7 * MIN });
    expect(currentCard(loaded)?.cardId).toBe('c10');
  });
});
