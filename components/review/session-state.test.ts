import { describe, expect, it } from 'vitest';
import type { AnswerAck, SerializedState } from '@/lib/review/types';
import { sessionSummary } from '@/lib/srs';
import {
  heldCardIds,
  initialSession,
  isFinished,
  lastUndoable,
  progress,
  REPEAT_GAP,
  sessionReducer,
  shouldPrefetch,
  summaryAnswers,
  type SessionAction,
  type SessionState,
} from './session-state';
import { reviewItem } from './review-item.fixture';

const item = reviewItem;
const st = (repeatToday: boolean): SerializedState => ({
  ef: 2.5,
  interval: 1,
  repetitions: 1,
  due: '2026-01-02T04:00:00.000Z',
  lastReview: '2026-01-01T10:00:00.000Z',
  lapses: 0,
  repeatToday,
  suspended: false,
  buriedUntil: null,
  leech: false,
});
const ack = (cardId: string, repeatToday = false): AnswerAck => ({
  reviewId: `r-${cardId}`,
  cardId,
  state: st(repeatToday),
  version: 1,
  duplicate: false,
});
const run = (s: SessionState, ...actions: SessionAction[]) => actions.reduce(sessionReducer, s);
const ids = (s: SessionState) => s.queue.map((q) => q.cardId);
const undoKey = (s: SessionState) => {
  const target = lastUndoable(s);
  return target?.type === 'answer' ? target.entry.key : null;
};
const cards = (n: number) => Array.from({ length: n }, (_, i) => item(`c${i}`));

describe('sessionReducer', () => {
  it('advances immediately on answer and measures the time from show to grade', () => {
    const s = run(initialSession(cards(3), { new: 3, review: 0, repeat: 0 }, 1000), {
      type: 'answer',
      key: 'k0',
      cardId: 'c0',
      grade: 4,
      now: 4500,
    });
    expect(ids(s)).toEqual(['c1', 'c2']);
    expect(s.answered[0]).toMatchObject({ key: 'k0', durationMs: 3500, status: 'pending' });
    expect(s.shownAt).toBe(4500);
  });

  it('re-queues a card acked with repeatToday a few cards later, with the new state and version', () => {
    let s = run(initialSession(cards(10), { new: 10, review: 0, repeat: 0 }, 0), {
      type: 'answer',
      key: 'k0',
      cardId: 'c0',
      grade: 3,
      now: 1,
    });
    s = run(s, { type: 'ack', key: 'k0', ack: ack('c0', true), now: 0 });
    expect(ids(s).indexOf('c0')).toBe(REPEAT_GAP);
    expect(s.queue[REPEAT_GAP]).toMatchObject({ kind: 'repeat', version: 1, state: { repeatToday: true } });
    // Near the end: at the end.
    let t = run(initialSession(cards(2), { new: 2, review: 0, repeat: 0 }, 0), {
      type: 'answer',
      key: 'k0',
      cardId: 'c0',
      grade: 1,
      now: 1,
    });
    t = run(t, { type: 'ack', key: 'k0', ack: ack('c0', true), now: 0 });
    expect(ids(t)).toEqual(['c1', 'c0']);
  });

  it('does not re-queue a card acked without repeatToday, and ignores unknown acks', () => {
    const s0 = run(initialSession(cards(2), { new: 2, review: 0, repeat: 0 }, 0), {
      type: 'answer',
      key: 'k0',
      cardId: 'c0',
      grade: 4,
      now: 1,
    });
    const s = run(s0, { type: 'ack', key: 'k0', ack: ack('c0'), now: 0 }, { type: 'ack', key: 'other-tab', ack: ack('zz', true), now: 0 });
    expect(ids(s)).toEqual(['c1']);
    expect(s.answered[0]?.status).toBe('acked');
  });

  it('marks a conflict, refreshes a queued copy of the card, and leaves it out of the summary', () => {
    let s = run(initialSession(cards(2), { new: 2, review: 0, repeat: 0 }, 0), {
      type: 'answer',
      key: 'k0',
      cardId: 'c0',
      grade: 4,
      now: 1,
    });
    s = run(s, { type: 'rejected', key: 'k0', error: 'conflict', conflict: { cardId: 'c1', state: st(false), version: 7 } });
    expect(s.notice).toBe('conflict');
    expect(s.queue[0]?.version).toBe(7);
    expect(summaryAnswers(s)).toEqual([]);
    expect(lastUndoable(s)).toBeNull();
  });

  it('undoes several levels: each answer restored at the front, its repeat copy removed', () => {
    let s = initialSession(cards(8), { new: 8, review: 0, repeat: 0 }, 0);
    s = run(s, { type: 'answer', key: 'k0', cardId: 'c0', grade: 1, now: 1 }, { type: 'ack', key: 'k0', ack: ack('c0', true), now: 0 });
    s = run(s, { type: 'answer', key: 'k1', cardId: 'c1', grade: 4, now: 2 });
    expect(undoKey(s)).toBe('k1');
    s = run(s, { type: 'undone', key: 'k1', item: null, now: 3 });
    expect(ids(s)[0]).toBe('c1');
    expect(undoKey(s)).toBe('k0');
    const restored = { ...item('c0'), version: 2 };
    s = run(s, { type: 'undone', key: 'k0', item: restored, now: 4 });
    expect(ids(s).filter((id) => id === 'c0')).toEqual(['c0']);
    expect(s.queue[0]).toEqual(restored);
    expect(s.answered).toEqual([]);
  });

  it('appends loaded cards it does not hold and estimates the rest from the counts', () => {
    let s = initialSession(cards(3), { new: 20, review: 0, repeat: 0 }, 0);
    expect(progress(s)).toEqual({ done: 0, left: 20 });
    s = run(s, { type: 'answer', key: 'k0', cardId: 'c0', grade: 4, now: 1 });
    expect(shouldPrefetch(s)).toBe(true);
    expect(heldCardIds(s).sort()).toEqual(['c0', 'c1', 'c2']);
    const more = [item('c1'), item('c3'), item('c4')];
    s = run(s, { type: 'loaded', items: more, counts: { new: 20, review: 0, repeat: 0 }, now: 0 });
    expect(ids(s)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(progress(s)).toEqual({ done: 1, left: 4 + 15 });
    s = run(s, { type: 'loaded', items: [], counts: { new: 20, review: 0, repeat: 0 }, now: 0 });
    expect(s.unloaded).toBe(0);
  });

  it('answers the card shown even when it is not the first held, and drops cards saved by an earlier page', () => {
    let s = initialSession(cards(3), { new: 3, review: 0, repeat: 0 }, 0);
    s = run(s, { type: 'answer', key: 'k', cardId: 'c1', grade: 4, now: 1 });
    expect(ids(s)).toEqual(['c0', 'c2']);
    s = run(s, { type: 'settledElsewhere', fresh: { cardId: 'c0', state: st(false), version: 1 } });
    expect(ids(s)).toEqual(['c2']);
    s = run(s, { type: 'settledElsewhere', fresh: { cardId: 'c2', state: st(true), version: 4 } });
    expect(s.queue[0]?.version).toBe(4);
  });

  it('finishes only when no card is left and no answer is pending; the summary counts every answer', () => {
    let s = initialSession(cards(2), { new: 2, review: 0, repeat: 0 }, 0);
    s = run(
      s,
      { type: 'answer', key: 'a', cardId: 'c0', grade: 5, now: 2000 },
      { type: 'answer', key: 'b', cardId: 'c1', grade: 1, now: 5000 },
    );
    expect(isFinished(s)).toBe(false);
    s = run(s, { type: 'ack', key: 'a', ack: ack('c0'), now: 0 }, { type: 'ack', key: 'b', ack: ack('c1', true), now: 0 });
    expect(ids(s)).toEqual(['c1']);
    s = run(s, { type: 'answer', key: 'c', cardId: 'c1', grade: 4, now: 6000 }, { type: 'ack', key: 'c', ack: ack('c1'), now: 0 });
    expect(isFinished(s)).toBe(true);
    const summary = sessionSummary(summaryAnswers(s));
    expect(summary).toMatchObject({ reviewed: 3, correct: 2, correctPercent: 67, timeMs: 6000, repeats: 1 });
  });

  it('bury/suspend: the card leaves at once, is not fetched again, and comes back after the card on screen if refused', () => {
    let s = initialSession(cards(3), { new: 3, review: 0, repeat: 0 }, 0);
    s = run(s, { type: 'setAside', cardId: 'c0', kind: 'bury', now: 100 });
    expect(ids(s)).toEqual(['c1', 'c2']);
    expect(s.shownAt).toBe(100);
    expect(progress(s)).toEqual({ done: 0, left: 2 });
    expect(heldCardIds(s)).toContain('c0');
    s = run(s, { type: 'loaded', items: [item('c0'), item('c3')], counts: { new: 4, review: 0, repeat: 0 }, now: 0 });
    expect(ids(s)).toEqual(['c1', 'c2', 'c3']);
    s = run(s, { type: 'setAside', cardId: 'c1', kind: 'suspend', now: 200 }, { type: 'setAsideDone', cardId: 'c1' });
    expect(s.setAside.map((a) => a.status)).toEqual(['pending', 'done']);
    // The bury is refused after a conflict: c0 is back right after c2 (on screen), with the server's version.
    s = run(s, { type: 'setAsideFailed', cardId: 'c0', fresh: { cardId: 'c0', state: st(false), version: 3 }, now: 300 });
    expect(ids(s)).toEqual(['c2', 'c0', 'c3']);
    expect(s.queue[1]).toMatchObject({ version: 3, state: { repetitions: 1 } });
    expect(s.shownAt).toBe(200);
    expect(s.notice).toBe('buryFailed');
    expect(summaryAnswers(s)).toEqual([]);
  });

  it('does not repeat a card that its answer made a suspended leech', () => {
    let s = run(initialSession(cards(3), { new: 3, review: 0, repeat: 0 }, 0), {
      type: 'answer',
      key: 'k0',
      cardId: 'c0',
      grade: 1,
      now: 1,
    });
    const leech = { ...ack('c0', true), state: { ...st(true), lapses: 8, leech: true, suspended: true } };
    s = run(s, { type: 'ack', key: 'k0', ack: leech, now: 0 });
    expect(ids(s)).toEqual(['c1', 'c2']);
  });

  it('is not finished while the last card’s bury is pending; a refused one comes back on screen', () => {
    let s = initialSession(cards(1), { new: 1, review: 0, repeat: 0 }, 0);
    s = run(s, { type: 'setAside', cardId: 'c0', kind: 'suspend', now: 10 });
    expect(s.queue).toEqual([]);
    expect(isFinished(s)).toBe(false);
    const failed = run(s, { type: 'setAsideFailed', cardId: 'c0', now: 20 });
    expect(ids(failed)).toEqual(['c0']);
    expect(failed.shownAt).toBe(20);
    expect(failed.notice).toBe('suspendFailed');
    expect(isFinished(run(s, { type: 'setAsideDone', cardId: 'c0' }))).toBe(true);
  });

  it('an undo the server refused because the card changed says so, unlike a failed one', () => {
    const s = initialSession([item('c0')], { new: 1, review: 0, repeat: 0 }, 0);
    expect(run(s, { type: 'undoing', value: true }, { type: 'undoFailed', changed: true })).toMatchObject({
      undoing: false,
      notice: 'undoChanged',
    });
    expect(run(s, { type: 'undoing', value: true }, { type: 'undoFailed' }).notice).toBe('undoFailed');
  });
});
