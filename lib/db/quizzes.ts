import 'server-only';
import type { CardOption, CardType } from '@/lib/content/types';
import { type Certainty } from '@/lib/quiz/cbm';
import { attemptItemsSchema, quizSpecSchema, type AttemptItem, type QuizSpec } from '@/lib/quiz/definition';
import { drawItems } from '@/lib/quiz/draw';
import { clozeAnswer, formOf, groupOf, inScope, type QuizCard } from '@/lib/quiz/forms';
import { gradeItem, scoreAnswer, type AnswerKey, type QuizResponse } from '@/lib/quiz/grade-item';
import { db } from './client';
import { cardWhere } from './deck-access';
import { Prisma } from './generated/client';

export interface QuizDefinitionView {
  id: string;
  ownerId: string | null;
  title: string;
  spec: QuizSpec;
  createdAt: Date;
}

export interface AttemptView {
  id: string;
  definitionId: string;
  items: AttemptItem[];
  certainty: boolean;
  startedAt: Date;
  deadline: Date | null;
  finishedAt: Date | null;
  reviewedAt: Date | null;
}

export interface StoredAnswer {
  itemIndex: number;
  idempotencyKey: string;
  response: QuizResponse;
  certainty: Certainty | null;
  correct: boolean | null;
  score: number | null;
  late: boolean;
}

type DefinitionRow = { id: string; ownerId: string | null; title: string; spec: unknown; createdAt: Date };
const toDefinition = (r: DefinitionRow): QuizDefinitionView => ({ ...r, spec: quizSpecSchema.parse(r.spec) });

type AttemptRow = Omit<AttemptView, 'items'> & { items: unknown };
const toAttempt = (r: AttemptRow): AttemptView => ({
  id: r.id,
  definitionId: r.definitionId,
  items: attemptItemsSchema.parse(r.items),
  certainty: r.certainty,
  startedAt: r.startedAt,
  deadline: r.deadline,
  finishedAt: r.finishedAt,
  reviewedAt: r.reviewedAt,
});

type AnswerRow = {
  itemIndex: number;
  idempotencyKey: string;
  response: unknown;
  certainty: number | null;
  correct: boolean | null;
  score: number | null;
  late: boolean;
};
const toAnswer = (r: AnswerRow): StoredAnswer => ({
  ...r,
  response: r.response as QuizResponse,
  certainty: r.certainty as Certainty | null,
});

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002';

export async function createDefinition(ownerId: string | null, spec: QuizSpec, id?: string): Promise<QuizDefinitionView> {
  const row = await db().quizDefinition.create({ data: { ...(id ? { id } : {}), ownerId, title: spec.title, spec } });
  return toDefinition(row);
}

/** Any signed-in learner may read a definition: its id is the share link. */
export async function getDefinition(id: string): Promise<QuizDefinitionView | null> {
  const row = await db().quizDefinition.findUnique({ where: { id } });
  return row ? toDefinition(row) : null;
}

/** The caller's own definitions, the course's starter quizzes, and those the caller has taken. */
export async function listDefinitions(userId: string): Promise<(QuizDefinitionView & { mine: boolean })[]> {
  const rows = await db().quizDefinition.findMany({
    where: { OR: [{ ownerId: userId }, { ownerId: null }, { attempts: { some: { userId } } }] },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
  });
  return rows.map((r) => ({ ...toDefinition(r), mine: r.ownerId === userId }));
}

interface CardData {
  options?: CardOption[];
  answers?: string[];
  predict?: unknown;
}

/** Every live card in a deck the user may read (lib/db/deck-access.ts), as the quiz sees it. */
export async function quizCards(userId: string): Promise<QuizCard[]> {
  const rows = await db().card.findMany({
    where: cardWhere(userId),
    select: {
      id: true,
      type: true,
      topic: true,
      headingPath: true,
      tags: true,
      position: true,
      back: true,
      data: true,
      decks: { select: { deckId: true } },
    },
  });
  return rows.map((c) => {
    const data = (c.data ?? {}) as CardData;
    return {
      id: c.id,
      type: c.type as CardType,
      topic: c.topic,
      headingPath: c.headingPath,
      tags: c.tags,
      deckIds: c.decks.map((d) => d.deckId),
      position: c.position,
      back: c.back,
      options: data.options,
      answers: data.answers,
      hasPredict: Boolean(data.predict),
    };
  });
}

/** The items a definition draws now: same content and spec, same items. */
export function drawFor(cards: readonly QuizCard[], spec: QuizSpec): AttemptItem[] {
  const pool = cards.filter((c) => inScope(c, spec));
  const byId = new Map(pool.map((c) => [c.id, c]));
  const drawn = drawItems(
    pool.map((c) => ({ cardId: c.id, group: groupOf(c, spec.topics), position: c.position })),
    spec.count,
    spec.seed,
  );
  return drawn.map((d) => ({ cardId: d.cardId, form: formOf(byId.get(d.cardId)!), group: d.group }));
}

export type StartOutcome = { kind: 'ok'; attempt: AttemptView; resumed: boolean } | { kind: 'not_found' } | { kind: 'empty' };

/** The caller's open attempt at this definition, or a new one: at most one is open per learner and definition. */
export async function startOrResume(userId: string, definitionId: string, now = new Date()): Promise<StartOutcome> {
  const def = await getDefinition(definitionId);
  if (!def) return { kind: 'not_found' };
  const openKey = `${userId}:${definitionId}`;
  const open = await db().quizAttempt.findUnique({ where: { openKey } });
  if (open) return { kind: 'ok', attempt: toAttempt(open), resumed: true };
  const items = drawFor(await quizCards(userId), def.spec);
  if (!items.length) return { kind: 'empty' };
  try {
    const row = await db().quizAttempt.create({
      data: {
        userId,
        definitionId,
        seed: def.spec.seed,
        items,
        certainty: def.spec.certainty,
        startedAt: now,
        deadline: def.spec.timeLimit ? new Date(now.getTime() + def.spec.timeLimit * 60_000) : null,
        openKey,
      },
    });
    return { kind: 'ok', attempt: toAttempt(row), resumed: false };
  } catch (e) {
    // Two tabs started at once: the other one's attempt is this learner's open attempt.
    if (!isUniqueViolation(e)) throw e;
    const again = await db().quizAttempt.findUnique({ where: { openKey } });
    if (!again) throw e;
    return { kind: 'ok', attempt: toAttempt(again), resumed: true };
  }
}

/** The caller's open attempt at a definition, if any. */
export async function openAttempt(userId: string, definitionId: string): Promise<AttemptView | null> {
  const row = await db().quizAttempt.findUnique({ where: { openKey: `${userId}:${definitionId}` } });
  return row ? toAttempt(row) : null;
}

/** An attempt and its answers, only for the learner who owns it. */
export async function getAttempt(userId: string, attemptId: string): Promise<{ attempt: AttemptView; answers: StoredAnswer[] } | null> {
  const row = await db().quizAttempt.findFirst({
    where: { id: attemptId, userId },
    include: { answers: { orderBy: { itemIndex: 'asc' } } },
  });
  return row ? { attempt: toAttempt(row), answers: row.answers.map(toAnswer) } : null;
}

/** The card's answer key, for grading and for showing the right answer afterwards. */
export async function answerKey(cardId: string): Promise<AnswerKey & { back: string; type: string }> {
  const card = await db().card.findUnique({ where: { id: cardId }, select: { type: true, back: true, data: true } });
  if (!card) return { back: '', type: 'basic' };
  const data = (card.data ?? {}) as CardData;
  const cloze = card.type === 'cloze' ? clozeAnswer(card.back) : null;
  return { type: card.type, back: card.back, options: data.options, answers: cloze ? [cloze] : data.answers };
}

export interface AnswerItemInput {
  attemptId: string;
  itemIndex: number;
  idempotencyKey: string;
  response: QuizResponse;
  certainty: Certainty | null;
}

export type AnswerItemOutcome =
  | { kind: 'ok' | 'duplicate'; answer: StoredAnswer }
  | { kind: 'not_found' }
  /** The item was answered already under another key, or the form does not match the item. */
  | { kind: 'conflict' | 'invalid' | 'finished' | 'key_reused' };

/**
 * Saves one answer. The idempotency key makes a double submit count once (the first answer
 * stands, and a retry gets it back); an answer after the server's deadline is stored, marked
 * late and not scored. Only the attempt's owner can answer it.
 */
export async function answerItem(userId: string, input: AnswerItemInput, now = new Date()): Promise<AnswerItemOutcome> {
  const found = await getAttempt(userId, input.attemptId);
  if (!found) return { kind: 'not_found' };
  const { attempt, answers } = found;
  const same = answers.find((a) => a.idempotencyKey === input.idempotencyKey);
  if (same) return same.itemIndex === input.itemIndex ? { kind: 'duplicate', answer: same } : { kind: 'key_reused' };
  if (attempt.finishedAt) return { kind: 'finished' };
  const item = attempt.items[input.itemIndex];
  if (!item || item.form !== input.response.form) return { kind: 'invalid' };
  if (answers.some((a) => a.itemIndex === input.itemIndex)) return { kind: 'conflict' };
  const late = attempt.deadline !== null && now.getTime() > attempt.deadline.getTime();
  const certainty = attempt.certainty && item.form !== 'self' ? (input.certainty ?? 1) : null;
  const graded = gradeItem(await answerKey(item.cardId), input.response);
  const correct = late ? null : graded.correct;
  const data = {
    attemptId: attempt.id,
    itemIndex: input.itemIndex,
    idempotencyKey: input.idempotencyKey,
    response: { ...input.response, ...(graded.verdict ? { verdict: graded.verdict } : {}) },
    certainty,
    correct,
    score: scoreAnswer(correct, certainty, late, attempt.certainty),
    late,
    answeredAt: now,
  };
  try {
    return { kind: 'ok', answer: toAnswer(await db().quizAnswer.create({ data })) };
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    // A concurrent submit won: the same key is a duplicate, another key a conflict.
    const again = await db().quizAnswer.findFirst({ where: { attemptId: attempt.id, idempotencyKey: input.idempotencyKey } });
    if (again) return again.itemIndex === input.itemIndex ? { kind: 'duplicate', answer: toAnswer(again) } : { kind: 'key_reused' };
    return { kind: 'conflict' };
  }
}

/** Ends the caller's attempt (idempotent); afterwards a new attempt may be started. */
export async function finishAttempt(userId: string, attemptId: string, now = new Date()): Promise<AttemptView | null> {
  const updated = await db().quizAttempt.updateMany({
    where: { id: attemptId, userId, finishedAt: null },
    data: { finishedAt: now, openKey: null },
  });
  const row = await db().quizAttempt.findFirst({ where: { id: attemptId, userId } });
  return row && (updated.count === 1 || row.finishedAt) ? toAttempt(row) : null;
}

/** The caller's attempts at a definition, oldest first, with their answers. */
export async function attemptHistory(userId: string, definitionId: string) {
  const rows = await db().quizAttempt.findMany({
    where: { userId, definitionId },
    orderBy: [{ startedAt: 'asc' }, { id: 'asc' }],
    include: { answers: true },
  });
  return rows.map((r) => ({ attempt: toAttempt(r), answers: r.answers.map(toAnswer) }));
}

/** The caller's recent attempts across definitions, newest first. */
export async function recentAttempts(userId: string, take = 20) {
  const rows = await db().quizAttempt.findMany({
    where: { userId },
    orderBy: [{ startedAt: 'desc' }, { id: 'asc' }],
    take,
    include: { answers: true, definition: true },
  });
  return rows.map((r) => ({ attempt: toAttempt(r), definition: toDefinition(r.definition), answers: r.answers.map(toAnswer) }));
}
