// After a run: the log against what the clients saw, and the state against a replay of
// the log through lib/srs (the same options recordAnswer builds).
import { stateColumns, toCardState } from '@/lib/db/card-state';
import { db } from '@/lib/db/client';
import { fuzzSeed } from '@/lib/review/fuzz-seed';
import { serializeState } from '@/lib/review/types';
import { dayKey, learningOptions, schedule, type CardState, type Grade, type LearningPrefs, type ScheduleOptions } from '@/lib/srs';
import type { SeededLearner } from './seed';

/** What the clients know: every key they sent, and the review id of each acknowledged one. */
export type ClientRecord = { sent: Map<string, Set<string>>; acked: Map<string, string> };

// Key order is not kept by jsonb: compare with sorted keys.
const canon = (o: unknown) => JSON.stringify(Object.entries(o as object).sort(([a], [b]) => a.localeCompare(b)));
const same = (a: CardState, b: CardState) => canon(serializeState(a)) === canon(serializeState(b));

export async function verify(learners: SeededLearner[], record: ClientRecord): Promise<string[]> {
  const problems: string[] = [];
  const ids = learners.map((l) => l.id);
  const users = new Map((await db().user.findMany({ where: { id: { in: ids } } })).map((u) => [u.id, u]));
  const rows = await db().review.findMany({ where: { userId: { in: ids } }, orderBy: [{ versionAfter: 'asc' }] });
  const states = await db().cardState.findMany({ where: { userId: { in: ids } } });
  const byKey = new Map(rows.map((r) => [`${r.userId}/${r.idempotencyKey}`, r]));
  for (const l of learners) {
    const sent = record.sent.get(l.id) ?? new Set();
    const logged = rows.filter((r) => r.userId === l.id);
    if (logged.length !== sent.size) problems.push(`${l.email}: ${logged.length} log rows for ${sent.size} unique answers`);
    for (const r of logged) if (!sent.has(r.idempotencyKey)) problems.push(`${l.email}: log row ${r.id} has a key no client sent`);
    for (const key of sent) {
      const row = byKey.get(`${l.id}/${key}`);
      const acked = record.acked.get(`${l.id}/${key}`);
      if (!row) problems.push(`${l.email}: answer ${key} ${acked ? 'was acknowledged but ' : ''}is missing from the log`);
      else if (acked && row.id !== acked) problems.push(`${l.email}: answer ${key} acknowledged as ${acked}, logged as ${row.id}`);
    }
    const user = users.get(l.id)!;
    for (const card of l.cards) {
      let state = card.state;
      let version = 1;
      for (const r of logged.filter((x) => x.cardId === card.cardId)) {
        const opts: ScheduleOptions = {
          timeZone: user.timeZone,
          rolloverHour: user.rolloverHour,
          fuzz: user.fuzz ? { seed: fuzzSeed(l.id, card.cardId, dayKey(r.serverAt, user.timeZone, user.rolloverHour)) } : false,
          leechAction: user.leechAction === 'suspend' ? 'suspend' : 'tag',
          learning: user.scheduler === 'steps' ? learningOptions(user as unknown as LearningPrefs) : false,
        };
        if (r.versionAfter !== version + 1)
          problems.push(`${l.email}/${card.cardId}: log row at version ${r.versionAfter}, expected ${version + 1}`);
        if (!r.stateBefore || canon(r.stateBefore) !== canon(serializeState(state)))
          problems.push(`${l.email}/${card.cardId}: log row ${r.id}'s state before differs from the replay`);
        state = schedule(state, r.grade as Grade, r.serverAt, opts);
        version = r.versionAfter;
        const cols = stateColumns(state);
        if (r.efAfter !== cols.ef || r.intervalAfter !== cols.interval || r.dueAfter.getTime() !== cols.due.getTime())
          problems.push(`${l.email}/${card.cardId}: log row ${r.id} disagrees with the replay`);
      }
      const row = states.find((s) => s.userId === l.id && s.cardId === card.cardId);
      if (!row) problems.push(`${l.email}/${card.cardId}: no card state`);
      else if (row.version !== version || !same(toCardState(row), state))
        problems.push(`${l.email}/${card.cardId}: state (version ${row.version}) differs from the replay of its log (version ${version})`);
    }
  }
  return problems;
}
