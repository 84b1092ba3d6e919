// The teacher dashboard under load: a class of 200 learners × 500 cards with 100k reviews,
// predict runs and quiz answers, seeded in bulk on PostgreSQL, then the dashboard loader
// (and, with --http, one full page render over HTTP) timed. Speed is measured here, never
// asserted in tests. Run: TEST_DATABASE_URL=postgresql://… npm run bench -- --only=teach
import { OWNED_TOPIC_PREFIX } from '@/lib/db/deck-access';
import type { PrismaClient } from '@/lib/db/generated/client';

export const TEACH = { learners: 200, cards: 500, reviews: 100_000, predictCards: 10, quizItems: 20 } as const;

const DAY = 86_400_000;
const TOPIC = `${OWNED_TOPIC_PREFIX}bench-teach`;

/** Deterministic pseudo-random numbers, so every bench run seeds the same class. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export async function seedTeachClass(db: PrismaClient, now: Date): Promise<{ teacherId: string; classId: string }> {
  const rand = lcg(42);
  const start = new Date(now.getTime() - 30 * DAY);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  // The teacher's own deck (topic `deck:…`, ownerId set), as a teacher writes one: content sync
  // leaves owned decks alone, so the server that --http starts does not archive these cards.
  const teacher = await db.user.create({
    data: { email: 'bench-teacher@example.com', passwordHash: 'x', role: 'teacher', name: 'Bench Teacher' },
  });
  await db.note.create({
    data: { topic: TOPIC, title: 'Bench note', file: TOPIC, markdown: '', tags: [], position: 0 },
  });
  await db.deck.create({
    data: {
      id: 'bench-teach',
      titleZh: '压测卡组',
      titleEn: 'Bench deck',
      descriptionZh: '',
      descriptionEn: '',
      position: 999,
      ownerId: teacher.id,
    },
  });
  const cardIds = Array.from({ length: TEACH.cards }, (_, i) => `bt-${i}`);
  const predict = new Set(cardIds.slice(0, TEACH.predictCards));
  await db.card.createMany({
    data: cardIds.map((id, i) => ({
      id,
      groupId: id,
      type: predict.has(id) ? 'predict' : 'basic',
      front: predict.has(id) ? `Predict ${i}: does **batch size** matter?` : `Question ${i} about $x_${i}$`,
      back: `Answer ${i}`,
      data: predict.has(id)
        ? {
            options: [
              { outcome: 'equals-out', text: 'One per output channel' },
              { outcome: 'equals-in', text: 'One per input channel' },
            ],
            predict: { experiment: 'conv-bias-params', params: { inChannels: 6, outChannels: 7, kernelSize: 3 } },
          }
        : {},
      topic: TOPIC,
      file: TOPIC,
      line: i + 1,
      column: 1,
      headingPath: [],
      tags: [],
      position: i,
      sourceHash: 'x',
    })),
  });
  await db.deckCard.createMany({ data: cardIds.map((cardId, position) => ({ deckId: 'bench-teach', cardId, position })) });

  const learnerIds = Array.from({ length: TEACH.learners }, (_, i) => `bench-learner-${i}`);
  await db.user.createMany({
    data: learnerIds.map((id, i) => ({
      id,
      email: `${id}@example.com`,
      passwordHash: 'x',
      name: i % 7 === 0 ? `学生 ${i}` : `Learner ${i}`,
    })),
  });
  const cls = await db.class.create({ data: { name: 'Bench class', joinCode: 'BENCHCLS', teacherId: teacher.id } });
  await db.classMember.createMany({ data: learnerIds.map((userId) => ({ classId: cls.id, userId, joinedAt: start })) });
  const quiz = await db.quizDefinition.create({ data: { title: 'Bench quiz', spec: {}, ownerId: teacher.id } });
  await db.assignment.createMany({
    data: [
      {
        classId: cls.id,
        kind: 'deck',
        deckId: 'bench-teach',
        startsAt: new Date(`${day(start)}T00:00:00Z`),
        dueAt: new Date(now.getTime() + 14 * DAY),
      },
      {
        classId: cls.id,
        kind: 'quiz',
        quizId: quiz.id,
        startsAt: new Date(`${day(start)}T00:00:00Z`),
        dueAt: new Date(now.getTime() + 7 * DAY),
      },
    ],
  });

  // 100k reviews: 500 per learner spread over the 29 days after the start (the multiplier scatters
  // the index sums, which alone span only six days), in one INSERT … SELECT (a Prisma
  // createMany of 100k rows takes minutes). Cards, grades and times come from the indices.
  const perLearner = TEACH.reviews / TEACH.learners;
  await db.$executeRawUnsafe(
    `insert into "Review" (id, "userId", "cardId", "idempotencyKey", grade, "durationMs", kind, "efAfter", "intervalAfter", "dueAfter", "versionAfter", "dayKey", "clientAt", "serverAt")
     select 'br-' || u || '-' || k, 'bench-learner-' || u, 'bt-' || ((u * 37 + k * 13) % ${TEACH.cards}), 'b-' || u || '-' || k,
       case when (u * 7919 + k * 104729) % 100 < 78 then 4 else 1 end, 4000, case when k < ${perLearner / 2} then 'new' else 'review' end,
       2.5, 1, t + interval '1 day', 1, to_char(t, 'YYYY-MM-DD'), t, t
     from generate_series(0, ${TEACH.learners - 1}) u, generate_series(0, ${perLearner - 1}) k,
       lateral (select $1::timestamp + (((u * 131 + k * 977)::bigint * 7919) % (29 * 86400)) * interval '1 second' + interval '1 minute' as t) at`,
    start,
  );

  // Each learner predicts every predict card once (no review link), and takes the quiz once.
  await db.experimentRun.createMany({
    data: learnerIds.flatMap((userId, u) =>
      [...predict].map((cardId, p) => {
        const prediction = rand() < 0.6 ? 'equals-in' : 'equals-out';
        return {
          userId,
          experimentId: 'conv-bias-params',
          cardId,
          idempotencyKey: `run-${u}-${p}`,
          prediction,
          confidence: (['low', 'medium', 'high'] as const)[Math.floor(rand() * 3)]!,
          params: { inChannels: 6, outChannels: 7, kernelSize: 3 },
          seed: 42,
          metrics: { withBias: 385, withoutBias: 378, biasParams: 7 },
          outcome: 'equals-out',
          correct: prediction === 'equals-out',
          createdAt: new Date(start.getTime() + DAY + u * 60_000),
        };
      }),
    ),
  });
  const items = cardIds
    .slice(TEACH.predictCards, TEACH.predictCards + TEACH.quizItems)
    .map((cardId) => ({ cardId, form: 'mc', group: cardId }));
  const attemptAt = (u: number) => new Date(start.getTime() + 2 * DAY + u * 60_000);
  await db.quizAttempt.createMany({
    data: learnerIds.map((userId, u) => ({
      id: `bench-attempt-${u}`,
      userId,
      definitionId: quiz.id,
      seed: u,
      certainty: true,
      items,
      startedAt: attemptAt(u),
      finishedAt: attemptAt(u),
    })),
  });
  await db.quizAnswer.createMany({
    data: learnerIds.flatMap((_, u) =>
      items.map((__, itemIndex) => {
        const correct = rand() < 0.7;
        const certainty = 1 + Math.floor(rand() * 3);
        return {
          attemptId: `bench-attempt-${u}`,
          itemIndex,
          idempotencyKey: `qa-${u}-${itemIndex}`,
          response: {},
          certainty,
          correct,
          score: correct ? certainty : -certainty,
          answeredAt: attemptAt(u),
        };
      }),
    ),
  });
  return { teacherId: teacher.id, classId: cls.id };
}
