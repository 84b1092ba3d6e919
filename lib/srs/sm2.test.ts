import { describe, expect, it } from 'vitest';
import { dueDate } from './day';
import {
  bury,
  isBuried,
  isSameDayRepeat,
  newCardState,
  nextEf,
  schedule,
  suspend,
  unbury,
  unsuspend,
  type CardState,
  type Grade,
} from './sm2';

const tz = 'UTC';
const opts = { timeZone: tz };
const HOUR = 3_600_000;

/** Grade each answer one hour after the card falls due, so none is a same-day repeat. */
function run(grades: Grade[], options: Parameters<typeof schedule>[3] = opts) {
  let state: CardState | null = null;
  let now = new Date('2026-01-15T12:00:00Z');
  const rows: { ef: number; interval: number; repetitions: number; lapses: number }[] = [];
  for (const g of grades) {
    state = schedule(state, g, now, options);
    rows.push({ ef: state.ef, interval: state.interval, repetitions: state.repetitions, lapses: state.lapses });
    now = new Date(state.due.getTime() + HOUR);
  }
  return { rows, state: state as CardState };
}
const efs = (grades: Grade[]) => run(grades).rows.map((r) => r.ef);
const intervals = (grades: Grade[]) => run(grades).rows.map((r) => r.interval);

describe('SM-2 golden tables (worked by hand from the published formula)', () => {
  // EF' = EF + (0.1 − (5−q)(0.08 + (5−q)·0.02)): q=5 → +0.1, q=4 → +0, q=3 → −0.14,
  // q=2 → −0.32, q=1 → −0.54, q=0 → −0.8 (but q < 3 leaves EF unchanged in SM-2).
  it('EF deltas per grade', () => {
    expect([5, 4, 3, 2, 1, 0].map((q) => nextEf(2.5, q as Grade))).toEqual([2.6, 2.5, 2.36, 2.18, 1.96, 1.7]);
  });

  it('5,5,5,5', () => {
    // EF 2.6, 2.7, 2.8, 2.9; I = 1, 6, ceil(6·2.8 = 16.8) = 17, ceil(17·2.9 = 49.3) = 50
    expect(efs([5, 5, 5, 5])).toEqual([2.6, 2.7, 2.8, 2.9]);
    expect(intervals([5, 5, 5, 5])).toEqual([1, 6, 17, 50]);
  });

  it('4,4,4,4,4: EF unchanged', () => {
    // EF 2.5 throughout; I = 1, 6, ceil(6·2.5) = 15, ceil(15·2.5 = 37.5) = 38, ceil(38·2.5) = 95
    expect(efs([4, 4, 4, 4, 4])).toEqual([2.5, 2.5, 2.5, 2.5, 2.5]);
    expect(intervals([4, 4, 4, 4, 4])).toEqual([1, 6, 15, 38, 95]);
  });

  it('3,3,3: EF drops by 0.14 each time', () => {
    // EF 2.36, 2.22, 2.08; I = 1, 6, ceil(6·2.08 = 12.48) = 13
    expect(efs([3, 3, 3])).toEqual([2.36, 2.22, 2.08]);
    expect(intervals([3, 3, 3])).toEqual([1, 6, 13]);
  });

  it('ten 3s: EF floors at 1.3', () => {
    // EF 2.36 2.22 2.08 1.94 1.80 1.66 1.52 1.38, then 1.24 → 1.3, 1.3
    // I: 1, 6, ceil(6·2.08=12.48)=13, ceil(13·1.94=25.22)=26, ceil(26·1.8=46.8)=47, ceil(47·1.66=78.02)=79,
    //    ceil(79·1.52=120.08)=121, ceil(121·1.38=166.98)=167, ceil(167·1.3=217.1)=218, ceil(218·1.3=283.4)=284
    const g: Grade[] = [3, 3, 3, 3, 3, 3, 3, 3, 3, 3];
    expect(efs(g)).toEqual([2.36, 2.22, 2.08, 1.94, 1.8, 1.66, 1.52, 1.38, 1.3, 1.3]);
    expect(intervals(g)).toEqual([1, 6, 13, 26, 47, 79, 121, 167, 218, 284]);
  });

  it('5,3,4,5: mixed', () => {
    // EF 2.6, 2.46, 2.46, 2.56; I = 1, 6, ceil(6·2.46 = 14.76) = 15, ceil(15·2.56 = 38.4) = 39
    expect(efs([5, 3, 4, 5])).toEqual([2.6, 2.46, 2.46, 2.56]);
    expect(intervals([5, 3, 4, 5])).toEqual([1, 6, 15, 39]);
  });

  it('5,5,5,1,4,4: a lapse restarts the run at I(1) and keeps EF', () => {
    // 5,5,5: EF 2.6 2.7 2.8, I 1 6 17. q=1: EF stays 2.8, n=1, I=1, lapses 1.
    // then 4,4: EF 2.8, n=2 → I=6, n=3 → ceil(6·2.8 = 16.8) = 17
    const { rows } = run([5, 5, 5, 1, 4, 4]);
    expect(rows).toEqual([
      { ef: 2.6, interval: 1, repetitions: 1, lapses: 0 },
      { ef: 2.7, interval: 6, repetitions: 2, lapses: 0 },
      { ef: 2.8, interval: 17, repetitions: 3, lapses: 0 },
      { ef: 2.8, interval: 1, repetitions: 1, lapses: 1 },
      { ef: 2.8, interval: 6, repetitions: 2, lapses: 1 },
      { ef: 2.8, interval: 17, repetitions: 3, lapses: 1 },
    ]);
  });

  it('0 on a new card, then 2, 5, 5: q = 0..2 reset without touching EF', () => {
    // q=0 (new card, not a lapse): EF 2.5, n=1, I=1. q=2: EF 2.5, n=1, I=1, lapses 1.
    // q=5: EF 2.6, n=2, I=6. q=5: EF 2.7, n=3, I=ceil(6·2.7 = 16.2) = 17
    const { rows } = run([0, 2, 5, 5]);
    expect(rows).toEqual([
      { ef: 2.5, interval: 1, repetitions: 1, lapses: 0 },
      { ef: 2.5, interval: 1, repetitions: 1, lapses: 1 },
      { ef: 2.6, interval: 6, repetitions: 2, lapses: 1 },
      { ef: 2.7, interval: 17, repetitions: 3, lapses: 1 },
    ]);
  });

  it('due is the start of learning day today + interval', () => {
    const now = new Date('2026-01-15T23:00:00Z');
    const s = schedule(null, 4, now, opts);
    expect(s.due).toEqual(new Date('2026-01-16T04:00:00Z'));
    const shanghai = schedule(null, 5, new Date('2026-01-15T12:00:00Z'), { timeZone: 'Asia/Shanghai' });
    // 20:00 local on the 15th → due 04:00 local on the 16th = 20:00Z on the 15th
    expect(shanghai.due).toEqual(new Date('2026-01-15T20:00:00Z'));
  });
});

describe('same-day repeats (SM-2 step 7)', () => {
  const morning = new Date('2026-01-15T09:00:00Z');
  const later = new Date('2026-01-15T09:20:00Z');

  it('a grade below 4 sets repeatToday; repeats do not change the schedule; >= 4 ends them', () => {
    const first = schedule(null, 3, morning, opts);
    expect(first.repeatToday).toBe(true);
    expect(isSameDayRepeat(first, later, opts)).toBe(true);
    const again = schedule(first, 1, later, opts);
    expect(again).toEqual({ ...first, lastReview: later });
    const done = schedule(again, 4, new Date('2026-01-15T09:40:00Z'), opts);
    expect(done).toMatchObject({
      ef: first.ef,
      interval: first.interval,
      repetitions: first.repetitions,
      due: first.due,
      lapses: 0,
      repeatToday: false,
    });
  });

  it('grade 4 or 5 does not ask for a repeat', () => {
    expect(schedule(null, 4, morning, opts).repeatToday).toBe(false);
    expect(schedule(null, 5, morning, opts).repeatToday).toBe(false);
  });

  it('an unfinished repeat expires at the rollover: the next answer is a scheduled review', () => {
    const first = schedule(null, 2, morning, opts);
    const nextDay = new Date('2026-01-16T05:00:00Z');
    expect(isSameDayRepeat(first, nextDay, opts)).toBe(false);
    expect(schedule(first, 5, nextDay, opts)).toMatchObject({ repetitions: 2, interval: 6, ef: 2.6, repeatToday: false });
  });

  it('the rollover hour decides what "today" is', () => {
    const first = schedule(null, 1, new Date('2026-01-15T03:00:00Z'), opts);
    expect(isSameDayRepeat(first, new Date('2026-01-15T03:50:00Z'), opts)).toBe(true);
    expect(isSameDayRepeat(first, new Date('2026-01-15T04:10:00Z'), opts)).toBe(false);
  });
});

describe('leeches, bury, suspend', () => {
  const lapsesOf = (n: number): Grade[] => [4, ...Array.from({ length: n }, () => 1 as Grade)];

  it('tags a leech at 8 lapses by default', () => {
    expect(run(lapsesOf(7)).state).toMatchObject({ lapses: 7, leech: false });
    expect(run(lapsesOf(8)).state).toMatchObject({ lapses: 8, leech: true, suspended: false });
  });

  it("'suspend' suspends at the threshold and again every half threshold", () => {
    const o = { timeZone: tz, leechThreshold: 4, leechAction: 'suspend' as const };
    expect(run(lapsesOf(3), o).state.suspended).toBe(false);
    const leech = run(lapsesOf(4), o).state;
    expect(leech).toMatchObject({ leech: true, suspended: true });
    let s = unsuspend(leech);
    let now = new Date(s.due.getTime() + HOUR);
    for (const expected of [false, true]) {
      s = schedule(s, 0, now, o); // lapses 5, then 6 = 4 + 4/2
      expect(s.suspended).toBe(expected);
      now = new Date(s.due.getTime() + HOUR);
    }
  });

  it('bury hides a card until the next rollover in the learner zone', () => {
    const now = new Date('2026-01-15T12:00:00Z');
    const b = bury(newCardState(now), now, 'Asia/Kolkata');
    // 17:30 IST on the 15th → next day starts 04:00 IST on the 16th = 22:30Z on the 15th
    expect(b.buriedUntil).toEqual(new Date('2026-01-15T22:30:00Z'));
    expect(isBuried(b, new Date('2026-01-15T22:29:00Z'))).toBe(true);
    expect(isBuried(b, new Date('2026-01-15T22:30:00Z'))).toBe(false);
    expect(isBuried(unbury(b), now)).toBe(false);
  });

  it('suspend keeps the schedule', () => {
    const s = run([5, 5]).state;
    expect(unsuspend(suspend(s))).toEqual(s);
    expect(suspend(s).suspended).toBe(true);
  });

  it('rejects a grade outside 0-5', () => {
    expect(() => schedule(null, 6 as Grade, new Date(), opts)).toThrow(RangeError);
  });

  it('due uses the shared day helper', () => {
    const now = new Date('2026-03-07T15:00:00Z');
    expect(schedule(null, 4, now, { timeZone: 'America/New_York' }).due).toEqual(dueDate(now, 1, 'America/New_York'));
  });
});
