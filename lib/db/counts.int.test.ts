import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buryCard, listSuspendedCards, suspendCard } from './card-actions';
import { getDecks } from './decks';
import { loadReviewQueue } from './review-queue';
import { recordAnswer } from './reviews';
import { statsOverview } from './stats';
import { answerInput, seedDeck, seedLearner } from './test-fixtures';
import { createTestDb, type TestDb } from './testing';
import { dueForecast, todayOverview } from './today';
import type { AppUser } from './users';

/**
 * A scripted learning day. Every page that shows a number must show the one the review
 * session is actually served: Today, its forecast, its deck table, the session's forecast,
 * Stats and Settings.
 */

let t: TestDb;
let ca: string[];
let cb: string[];
const versions = new Map<string, number>();

beforeAll(async () => {
  t = await createTestDb();
  ca = await seedDeck('ca', 4, 1);
  cb = await seedDeck('cb', 3, 2);
  // A deck holding every card, as content's `all` deck does: its row is the whole queue.
  await t.prisma.deck.create({
    data: { id: 'both', titleZh: '全部', titleEn: 'All', descriptionZh: '', descriptionEn: '', position: 0 },
  });
  for (const [i, cardId] of [...ca, ...cb].entries()) await t.prisma.deckCard.create({ data: { deckId: 'both', cardId, position: i } });
});
afterAll(async () => t.close());

// 10:00 on each day in Shanghai (rollover at 04:00).
const at = (day: string, time = '02:00') => new Date(`2026-04-${day}T${time}:00Z`);

let keyN = 0;
async function answer(user: AppUser, cardId: string, grade: 0 | 1 | 2 | 3 | 4 | 5, now: Date) {
  const out = await recordAnswer(user, answerInput(cardId, grade, `counts-${++keyN}-0000000`, versions.get(cardId) ?? 0), now);
  if (out.kind !== 'ok') throw new Error(`answer ${cardId}: ${out.kind}`);
  versions.set(cardId, (versions.get(cardId) ?? 0) + 1);
}
async function act(kind: 'bury' | 'suspend', user: AppUser, cardId: string, now: Date) {
  const out = await (kind === 'bury' ? buryCard : suspendCard)(user, cardId, versions.get(cardId) ?? 0, now);
  if (out.kind !== 'ok') throw new Error(`${kind} ${cardId}: ${out.kind}`);
  versions.set(cardId, out.version);
}

/** Every number two pages show, checked against each other and the served queue. */
async function expectAgreement(user: AppUser, now: Date) {
  const [today, queue, stats, suspended, sessionForecast, decks] = await Promise.all([
    todayOverview(user, now),
    loadReviewQueue(user, undefined, now),
    statsOverview(user, now),
    listSuspendedCards(user.id),
    dueForecast(user, undefined, 7, now),
    getDecks(null),
  ]);
  const served = queue!.entries;
  const dueServed = served.filter((e) => e.kind !== 'new').length;
  const newServed = served.filter((e) => e.kind === 'new').length;
  // Today and the queue.
  expect(today.due + today.repeats).toBe(dueServed);
  expect(today.newAvailable).toBe(newServed);
  // The forecast's today is Today's "due now", on Today and at the end of a session.
  expect(today.forecast[0]!.count).toBe(dueServed);
  expect(sessionForecast).toEqual(today.forecast);
  // The deck table: each row is that deck's share of the served queue, so the rows add up.
  const row = (id: string) => today.decks.find((d) => d.deckId === id)!;
  for (const [id, ids] of [
    ['ca', ca],
    ['cb', cb],
  ] as const) {
    const mine = served.filter((e) => ids.includes(e.cardId));
    expect(row(id)).toMatchObject({ due: mine.filter((e) => e.kind !== 'new').length, new: mine.filter((e) => e.kind === 'new').length });
  }
  expect(row('ca').due + row('cb').due).toBe(dueServed);
  expect(row('ca').new + row('cb').new).toBe(newServed);
  expect(row('both')).toMatchObject({ due: dueServed, new: newServed });
  // Answers today: Today's count, its heatmap's last cell and Stats' last day.
  const lastDay = stats.days.at(-1)!;
  expect(today.heatmap.at(-1)!.count).toBe(today.reviewedToday);
  expect(lastDay.new + lastDay.review + lastDay.repeat).toBe(today.reviewedToday);
  // Stats and Settings: one count of suspended cards; one count of cards per deck.
  expect(stats.cards.suspended).toBe(suspended.total);
  for (const d of decks) expect(stats.decks.find((s) => s.deckId === d.id)?.cards).toBe(d.cardCount);
  expect(stats.cards.total).toBe(new Set([...ca, ...cb]).size);
  return { today, stats, served };
}

describe(`counts agree on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('after a scripted day of answers, failures, a bury and suspends', async () => {
    const user = await seedLearner({ newPerDay: 5 });

    // Day 1, before anything: 5 new cards in the queue, 4 from ca and 1 from cb (content order).
    let s = await expectAgreement(user, at('01'));
    expect(s.today.newAvailable).toBe(5);
    expect(s.today.decks.map((d) => [d.deckId, d.new])).toEqual([
      ['both', 5],
      ['ca', 4],
      ['cb', 1],
    ]);

    // Day 1: learn the five, suspend a card never answered.
    for (const id of [...ca, cb[0]!]) await answer(user, id, 4, at('01'));
    await act('suspend', user, cb[2]!, at('01'));
    s = await expectAgreement(user, at('01', '03'));
    expect(s.today).toMatchObject({ due: 0, repeats: 0, newAvailable: 0 });
    expect(s.stats.cards).toMatchObject({ suspended: 1, unseen: 1, seen: 5 });
    expect(s.today.forecast[1]!.count).toBe(5);

    // Day 2: five reviews due. Pass one, fail one, bury one, suspend one.
    s = await expectAgreement(user, at('02'));
    expect(s.today.due).toBe(5);
    await answer(user, ca[0]!, 4, at('02'));
    await answer(user, ca[1]!, 1, at('02'));
    await act('bury', user, ca[2]!, at('02'));
    await act('suspend', user, ca[3]!, at('02'));
    // Right after the failure the repeat still waits; twenty minutes later it is ready.
    await expectAgreement(user, at('02', '02:01'));
    s = await expectAgreement(user, at('02', '02:20'));
    // Left today: the failed card again, the review of cb[0], and the one unsuspended new card (the limit is per day).
    expect(s.today).toMatchObject({ repeats: 1, due: 1, newAvailable: 1 });
    expect(s.today.forecast[0]!.count).toBe(2);
    expect(s.stats.cards.suspended).toBe(2);
    // Tomorrow: the failed card (interval 1) and the buried one.
    const tomorrow = s.today.forecast[1]!.count;
    expect(tomorrow).toBe(2);

    // Finish day 2, then day 3: the forecast's tomorrow is what day 3 serves
    // (the failed card, the buried one, and the card learned today).
    await answer(user, ca[1]!, 4, at('02', '02:30'));
    await answer(user, cb[0]!, 4, at('02', '02:30'));
    await answer(user, cb[1]!, 4, at('02', '02:30'));
    s = await expectAgreement(user, at('02', '03:00'));
    expect(s.today).toMatchObject({ due: 0, repeats: 0, newAvailable: 0 });
    const predicted = s.today.forecast[1]!.count;
    expect(predicted).toBe(3);
    s = await expectAgreement(user, at('03'));
    expect(s.today.due + s.today.repeats).toBe(predicted);
  });
});
