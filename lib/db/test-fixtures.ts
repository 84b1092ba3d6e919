/**
 * Rows for integration tests, written through the real schema: a deck of plain cards
 * and learners with settings. Ids come from one counter, so files never collide.
 */
import type { Grade } from '@/lib/srs';
import { db } from './client';
import { createUser, getUserById, updateSettings, type AppUser } from './users';

let n = 0;

/** A deck of `count` basic cards in a fixture note; returns the card ids in order. */
export async function seedDeck(deckId: string, count: number, position = 0): Promise<string[]> {
  await db().note.upsert({
    where: { topic: 'fixture' },
    update: {},
    create: { topic: 'fixture', title: 'Fixture', file: 'content/notes/fixture.md', markdown: '', tags: [], position: 0 },
  });
  await db().deck.upsert({
    where: { id: deckId },
    update: {},
    create: { id: deckId, titleZh: `卡组 ${deckId}`, titleEn: `Deck ${deckId}`, descriptionZh: '', descriptionEn: '', position },
  });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = `fx${++n}`;
    await db().card.create({
      data: {
        id,
        groupId: id,
        type: 'basic',
        front: `Question ${n}`,
        back: `Answer ${n}`,
        data: {},
        topic: 'fixture',
        file: 'content/notes/fixture.md',
        line: n,
        column: 1,
        headingPath: [],
        tags: [],
        position: n,
        sourceHash: 'x',
      },
    });
    await db().deckCard.create({ data: { deckId, cardId: id, position: n } });
    ids.push(id);
  }
  return ids;
}

type Settings = Partial<Pick<AppUser, 'timeZone' | 'rolloverHour' | 'newPerDay' | 'reviewsPerDay' | 'fuzz' | 'leechAction'>>;

/** A learner in Asia/Shanghai (no DST: every day is 24 h) unless the settings say otherwise. */
export async function seedLearner(settings: Settings = {}): Promise<AppUser> {
  const u = await createUser({ email: `learner${++n}@example.com`, passwordHash: 'x' });
  await updateSettings(u!.id, { timeZone: 'Asia/Shanghai', ...settings });
  return (await getUserById(u!.id))!;
}

/** An answer as the client sends it: 1.5 s on the card, answered now. */
export const answerInput = (cardId: string, grade: Grade, key: string, expectedVersion = 0) => ({
  cardId,
  grade,
  durationMs: 1500,
  idempotencyKey: key,
  clientAt: new Date().toISOString(),
  expectedVersion,
});

/** A predict run of the conv-bias experiment as the browser sends it: valid against the registry. */
export const samplePredictRun = {
  experimentId: 'conv-bias-params',
  prediction: 'equals-out',
  confidence: 'high' as const,
  params: { inChannels: 6, outChannels: 7, kernelSize: 3 },
  seed: 42,
  metrics: { withBias: 385, withoutBias: 378, biasParams: 7 },
  outcome: 'equals-out',
  backend: 'wasm',
  durationMs: 12,
};
