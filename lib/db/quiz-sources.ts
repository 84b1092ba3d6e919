import 'server-only';
import type { Localized } from '@/lib/experiments/registry';
import { ITEM_FORMS, quizSpecSchema } from '@/lib/quiz/definition';
import { db } from './client';
import { cardWhere, deckWhere } from './deck-access';

export interface QuizSources {
  decks: { id: string; title: Localized }[];
  /** Notes and the headings in them, as topic paths: `[topic]` and `[topic, heading]`. */
  topics: { path: string[]; title: string }[];
  tags: string[];
}

/**
 * What the quiz builder offers the user: the decks they may read (lib/db/deck-access.ts), each
 * note of those decks with its top-level headings, and every tag of their cards.
 */
export async function quizSources(userId: string | null): Promise<QuizSources> {
  const [decks, notes, cards] = await Promise.all([
    db().deck.findMany({
      where: deckWhere(userId),
      orderBy: [{ ownerId: { sort: 'asc', nulls: 'first' } }, { position: 'asc' }],
      select: { id: true, titleZh: true, titleEn: true },
    }),
    db().note.findMany({ orderBy: { position: 'asc' }, select: { topic: true, title: true } }),
    db().card.findMany({
      where: cardWhere(userId),
      orderBy: { position: 'asc' },
      select: { topic: true, headingPath: true, tags: true },
    }),
  ]);
  const topics: QuizSources['topics'] = [];
  for (const n of notes) {
    const headings = [...new Set(cards.filter((c) => c.topic === n.topic && c.headingPath[0]).map((c) => c.headingPath[0]!))];
    if (!cards.some((c) => c.topic === n.topic)) continue;
    topics.push({ path: [n.topic], title: n.title });
    for (const h of headings) topics.push({ path: [n.topic, h], title: h });
  }
  return {
    decks: decks.map((d) => ({ id: d.id, title: { zh: d.titleZh, en: d.titleEn } })),
    topics,
    tags: [...new Set(cards.flatMap((c) => c.tags))].sort(),
  };
}

/** A fixed seed from the deck id (FNV-1a), so a starter quiz is the same quiz everywhere. */
function seedOf(id: string): number {
  let h = 0x811c9dc5;
  for (const ch of id) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h & 0x7fffffff;
}

/** The id of a deck's starter quiz: a stable link, the same on every install. */
export const starterQuizId = (deckId: string) => `starter-${deckId}`;

/**
 * One starter quiz per deck (ten questions, every form, certainty on), created once; a
 * learner's own quizzes are made on /quiz/new. Cheap when they exist: one read, one insert that skips.
 */
export async function ensureStarterQuizzes(): Promise<void> {
  // Built-in decks only: a teacher's deck is private to their classes.
  const decks = await db().deck.findMany({
    where: { archivedAt: null, ownerId: null },
    orderBy: { position: 'asc' },
    select: { id: true, titleEn: true },
  });
  if (!decks.length) return;
  await db().quizDefinition.createMany({
    data: decks.map((d) => {
      const spec = quizSpecSchema.parse({
        title: d.titleEn,
        decks: [d.id],
        count: 10,
        forms: [...ITEM_FORMS],
        seed: seedOf(d.id),
        certainty: true,
      });
      return { id: starterQuizId(d.id), ownerId: null, title: spec.title, spec };
    }),
    skipDuplicates: true,
  });
}
