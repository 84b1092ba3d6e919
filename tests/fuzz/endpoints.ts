/**
 * What the fuzz sends to each server action and route handler. Inputs come from the
 * endpoint's own zod schema (near-valid), with one node at a time swapped for a hostile
 * value. Ids that must exist for a request to get past the lookup come from the fixtures.
 *
 * Every `'use server'` export and every route method must have an entry here: the test
 * fails on one that has none, so a new endpoint cannot go unfuzzed.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { signInSchema, signUpSchema } from '@/lib/auth/schemas';
import {
  archiveClassSchema,
  assignmentRefSchema,
  assignmentSchema,
  classRefSchema,
  createClassSchema,
  deckLimitSchema,
  joinClassSchema,
  memberRefSchema,
  renameClassSchema,
} from '@/lib/classes-schema';
import { previewDeckSchema, publishDeckSchema, restoreDeckSchema, saveDeckSchema } from '@/lib/decks/schemas';
import { importUploadSchema } from '@/lib/import/schemas';
import { locales } from '@/lib/i18n/config';
import {
  answerSchema,
  cardVersionSchema,
  forecastSchema,
  loadMoreSchema,
  undoSchema,
  undoSetAsideSchema,
  unsuspendSchema,
} from '@/lib/review/schemas';
import { attemptRefSchema, createQuizSchema, definitionRefSchema, itemRefSchema, quizAnswerSchema } from '@/lib/quiz/schemas';
import { settingsSchema, tourDoneSchema } from '@/lib/settings-schema';
import { zodArbitrary, zodNodes } from '@/lib/testing/zod-arbitrary';
import { hostileAnywhere, hostileFor, type Hostile } from './hostile';

export interface Labelled {
  value: unknown;
  /** 'near-valid', or which node got which hostile value. */
  label: string;
}

/** The ids the fixtures made, for one endpoint's learner and teacher. */
export interface FuzzContext {
  cardIds: string[];
  predictCardId: string;
  experimentId: string;
  deckId: string;
  reviewIds: string[];
  signInEmail: string;
  signInPassword: string;
}

type Overrides = Record<string, fc.Arbitrary<unknown>>;

/** One input made hostile at one node. */
function hostileAt(schema: z.ZodType, overrides: Overrides, path: string, h: Hostile): fc.Arbitrary<Labelled> {
  return zodArbitrary(schema, { overrides, replace: { path, make: (v) => h.make(v) } }).map((value) => ({
    value,
    label: `${path || '(whole input)'} ← ${h.name}`,
  }));
}

/**
 * Random inputs: near-valid values from the schema (2 in 5), or (3 in 5) one node, chosen
 * evenly among the schema's nodes, replaced by a hostile value: one made for its kind
 * (2 in 3) or one that fits anywhere.
 */
export function fuzzInput(schema: z.ZodType, overrides: Overrides = {}): fc.Arbitrary<Labelled> {
  const valid = zodArbitrary(schema, { overrides }).map((value) => ({ value, label: 'near-valid' }));
  const memo = new Map<string, fc.Arbitrary<Labelled>>();
  const at = (path: string, h: Hostile) => {
    const key = `${path}\u0000${h.name}`;
    if (!memo.has(key)) memo.set(key, hostileAt(schema, overrides, path, h));
    return memo.get(key)!;
  };
  const hostile = fc.constantFrom(...zodNodes(schema)).chain(({ path, kind }) => {
    const own = hostileFor(kind);
    const pick = (list: Hostile[]) => fc.constantFrom(...list).chain((h) => at(path, h));
    return own.length
      ? fc.oneof({ weight: 2, arbitrary: pick(own) }, { weight: 1, arbitrary: pick(hostileAnywhere) })
      : pick(hostileAnywhere);
  });
  return fc.oneof({ weight: 2, arbitrary: valid }, { weight: 3, arbitrary: hostile });
}

/**
 * The sweep: every node with every hostile value made for its kind, and the whole input
 * with every value that fits anywhere, each once. Random runs alone rarely reach a given
 * pair (40,000 metric keys on a predict answer that is otherwise valid); the sweep always does.
 */
export function sweepInputs(schema: z.ZodType, overrides: Overrides = {}): fc.Arbitrary<Labelled>[] {
  return zodNodes(schema).flatMap(({ path, kind }) =>
    [...hostileFor(kind), ...(path === '' ? hostileAnywhere : [])].map((h) => hostileAt(schema, overrides, path, h)),
  );
}

/** A browser form: every field as text (FormData stringifies what is not). A non-object goes as is. */
export function toForm(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const form = new FormData();
  for (const [k, v] of Object.entries(value)) if (v !== undefined) form.append(k, typeof v === 'string' ? v : String(v));
  return form;
}

/** Sometimes a form post, sometimes a call with an object: both reach these actions. */
const formOrObject = (input: fc.Arbitrary<Labelled>) =>
  fc.tuple(input, fc.boolean()).map(([l, form]) => (form ? { ...l, value: toForm(l.value) } : l));
const asForm = (input: fc.Arbitrary<Labelled>) => input.map((l) => ({ ...l, value: toForm(l.value) }));

export interface ActionSpec {
  /** Random inputs. */
  input: fc.Arbitrary<Labelled>;
  /** The sweep's inputs, one sample each. */
  sweep: fc.Arbitrary<Labelled>[];
  /** The action's arguments from one input. */
  args: (value: unknown) => unknown[];
}

type Variant = [schema: z.ZodType, overrides?: Overrides];
const one = (value: unknown) => [value];
const afterPrevState = (value: unknown) => [{}, value];

/** An action fed from these schemas, sent as a form, as a form or an object, or as a value. */
function spec(variants: Variant[], send: 'form' | 'form-or-object' | 'value', args = one): ActionSpec {
  const wrap = send === 'form' ? asForm : send === 'form-or-object' ? formOrObject : (a: fc.Arbitrary<Labelled>) => a;
  return {
    input: wrap(fc.oneof(...variants.map(([schema, overrides]) => fuzzInput(schema, overrides)))),
    sweep: variants.flatMap(([schema, overrides]) => sweepInputs(schema, overrides)).map(wrap),
    args,
  };
}

export function actionSpecs(ctx: FuzzContext): Record<string, ActionSpec> {
  const cardId = fc.oneof(fc.constantFrom(...ctx.cardIds, ctx.predictCardId), fc.string({ minLength: 1, maxLength: 12 }));
  const cardVersion = { cardId, expectedVersion: fc.integer({ min: 0, max: 3 }) };
  const zone = fc.constantFrom('UTC', 'Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'Not/AZone');
  const callbackUrl = fc.constantFrom('/', '/decks', '//evil.example', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)');
  const email = fc.oneof(fc.constant(ctx.signInEmail), fc.emailAddress());
  const password = fc.oneof(fc.constant(ctx.signInPassword), fc.string({ minLength: 8, maxLength: 20 }));
  const deckId = fc.option(fc.constantFrom(ctx.deckId, 'nope'), { nil: undefined });
  // A predict answer for the predict card with its own experiment reaches the run checks and the store.
  const predictAnswer = answerSchema.extend({ run: answerSchema.shape.run.unwrap() });
  const outcome = fc.constantFrom('pooled-changes-less', 'subsample-changes-less', 'mixed');
  const predictFields = {
    ...{ cardId: fc.constant(ctx.predictCardId), expectedVersion: fc.integer({ min: 0, max: 3 }) },
    ...{ 'run.experimentId': fc.constant(ctx.experimentId), 'run.prediction': outcome, 'run.outcome': outcome },
  };
  const deckSource = fc.oneof(
    fc.constantFrom('Q::A\n', '# T\n\nQ::A ^a\n', '<script>alert(1)</script>\n\nQ::[x](javascript:alert(1))\n', '```predict\nid: p\n```\n'),
    fc.string({ maxLength: 200 }),
  );
  // The built-in fixture deck is nobody's: saving into it or previewing as its owner is refused.
  const ownedDeckId = fc.option(fc.constantFrom(ctx.deckId, 'nope'), { nil: undefined });
  const quizId = fc.oneof(fc.constant('nope'), fc.string({ minLength: 1, maxLength: 12 }));
  const classId = fc.oneof(fc.constant('nope'), fc.string({ minLength: 1, maxLength: 12 }));
  const day = fc.constantFrom('2026-01-05', '2026-02-30', '2026-12-31', '1999-01-01');
  const signIn = signInSchema.extend({ callbackUrl: z.string().optional() });
  const oauth = z.object({ provider: z.enum(['github', 'google', 'credentials']), callbackUrl: z.string() });
  return {
    '/app/actions.ts#setLocale': spec([[z.enum(locales)]], 'value'),
    '/app/actions.ts#setTheme': spec([[z.enum(['system', 'light', 'dark'])]], 'value'),
    '/app/actions.ts#signOutAction': { input: fc.constant({ value: undefined, label: 'no arguments' }), sweep: [], args: () => [] },
    '/app/(auth)/actions.ts#signInAction': spec([[signIn, { email, password, callbackUrl }]], 'form', afterPrevState),
    '/app/(auth)/actions.ts#signUpAction': spec([[signUpSchema, { timeZone: zone }]], 'form', afterPrevState),
    '/app/(auth)/actions.ts#oauthSignInAction': spec([[oauth, { callbackUrl }]], 'form'),
    '/app/(app)/review/actions.ts#answerCard': spec(
      [
        [answerSchema.omit({ run: true }), cardVersion],
        [predictAnswer, predictFields],
      ],
      'value',
    ),
    '/app/(app)/review/actions.ts#undoReview': spec(
      [[undoSchema, { reviewId: fc.oneof(fc.constantFrom(...ctx.reviewIds), fc.string({ minLength: 1 })) }]],
      'value',
    ),
    '/app/(app)/review/actions.ts#loadMoreCards': spec([[loadMoreSchema, { deckId }]], 'value'),
    '/app/(app)/review/actions.ts#sessionForecast': spec([[forecastSchema, { deckId }]], 'value'),
    '/app/(app)/review/actions.ts#buryCard': spec([[cardVersionSchema, cardVersion]], 'value'),
    '/app/(app)/review/actions.ts#suspendCard': spec([[cardVersionSchema, cardVersion]], 'value'),
    '/app/(app)/review/actions.ts#undoSetAside': spec([[undoSetAsideSchema, cardVersion]], 'value'),
    '/app/(app)/review/actions.ts#unsuspendCard': spec([[unsuspendSchema, { cardId }]], 'form-or-object'),
    '/app/(app)/settings/actions.ts#saveSettingsAction': spec(
      // Steps are parsed text: near-valid values need real step lists.
      [[settingsSchema, { timeZone: zone, newSteps: fc.constantFrom('1m 10m', '5m'), relearnSteps: fc.constantFrom('10m', '') }]],
      'form-or-object',
    ),
    '/app/(app)/settings/actions.ts#becomeTeacherAction': spec([[z.object({})]], 'form-or-object'),
    '/app/(app)/settings/actions.ts#unsuspendFormAction': spec([[unsuspendSchema, { cardId }]], 'form'),
    '/app/(app)/classes/actions.ts#createClassAction': spec([[createClassSchema]], 'form-or-object'),
    '/app/(app)/actions.ts#setTourDoneAction': spec([[tourDoneSchema]], 'value'),
    '/app/(app)/actions.ts#setDeckLimitAction': spec([[deckLimitSchema, { deckId: fc.constantFrom(ctx.deckId, 'nope') }]], 'value'),
    // No class exists in the fixtures: these reach validation, the role check and the owner lookup.
    '/app/(app)/classes/actions.ts#renameClassAction': spec([[renameClassSchema, { classId }]], 'form-or-object'),
    '/app/(app)/classes/actions.ts#setClassArchivedAction': spec([[archiveClassSchema, { classId }]], 'value'),
    '/app/(app)/classes/actions.ts#regenerateCodeAction': spec([[classRefSchema, { classId }]], 'value'),
    '/app/(app)/classes/actions.ts#removeMemberAction': spec([[memberRefSchema, { classId }]], 'value'),
    '/app/(app)/classes/actions.ts#joinClassAction': spec([[joinClassSchema]], 'form-or-object'),
    '/app/(app)/classes/actions.ts#leaveClassAction': spec([[classRefSchema, { classId }]], 'value'),
    '/app/(app)/classes/actions.ts#saveAssignmentAction': spec(
      [[assignmentSchema, { classId, deckId: fc.constantFrom(ctx.deckId, 'nope'), startDay: day, dueDay: day }]],
      'form-or-object',
    ),
    '/app/(app)/classes/actions.ts#setAssignmentArchivedAction': spec([[assignmentRefSchema, { assignmentId: classId }]], 'value'),
    // A teacher's deck: some sources parse to cards (a save writes a version), most do not (refused, nothing written).
    '/app/(app)/decks/actions.ts#previewDeckAction': spec([[previewDeckSchema, { markdown: deckSource, deckId: ownedDeckId }]], 'value'),
    '/app/(app)/decks/actions.ts#saveDeckAction': spec([[saveDeckSchema, { markdown: deckSource, deckId: ownedDeckId }]], 'value'),
    '/app/(app)/decks/actions.ts#publishDeckAction': spec(
      [[publishDeckSchema, { deckId: fc.constantFrom(ctx.deckId, 'nope', 'o000000000000') }]],
      'value',
    ),
    '/app/(app)/decks/actions.ts#restoreDeckVersionAction': spec(
      [[restoreDeckSchema, { deckId: fc.constantFrom(ctx.deckId, 'nope', 'o000000000000') }]],
      'value',
    ),
    // No quiz exists in the fixtures: these reach validation, the session check and the owner lookup.
    '/app/(app)/quiz/actions.ts#createQuiz': spec([[createQuizSchema, { decks: fc.constant([ctx.deckId]) }]], 'value'),
    '/app/(app)/quiz/actions.ts#startQuiz': spec([[definitionRefSchema, { definitionId: quizId }]], 'value'),
    '/app/(app)/quiz/actions.ts#answerQuizItem': spec([[quizAnswerSchema, { attemptId: quizId }]], 'value'),
    '/app/(app)/quiz/actions.ts#revealQuizItem': spec([[itemRefSchema, { attemptId: quizId }]], 'value'),
    '/app/(app)/quiz/actions.ts#finishQuiz': spec([[attemptRefSchema, { attemptId: quizId }]], 'value'),
    '/app/(app)/quiz/actions.ts#reviewMissedAction': spec([[attemptRefSchema, { attemptId: quizId }]], 'value'),
  };
}

/** The JSON bodies of route handlers that take one, by `METHOD /path`. */
export const routeBodies: Record<string, z.ZodType> = {
  'POST /api/classes': createClassSchema,
  // Multipart only: every JSON or raw body the fuzz sends must be refused (415/400), never a 500.
  'POST /api/import': importUploadSchema,
};
