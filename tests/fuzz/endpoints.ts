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
import { createClassSchema } from '@/lib/classes-schema';
import { locales } from '@/lib/i18n/config';
import { answerSchema, cardVersionSchema, forecastSchema, loadMoreSchema, undoSchema, unsuspendSchema } from '@/lib/review/schemas';
import { settingsSchema } from '@/lib/settings-schema';
import { zodArbitrary, zodNodes } from '@/lib/testing/zod-arbitrary';
import { hostileFor } from './hostile';

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

/** Near-valid values from the schema (2 in 5), or one node replaced by a hostile value (3 in 5). */
export function fuzzInput(schema: z.ZodType, overrides: Overrides = {}): fc.Arbitrary<Labelled> {
  const valid = zodArbitrary(schema, { overrides }).map((value) => ({ value, label: 'near-valid' }));
  const targets = zodNodes(schema).flatMap((node) => hostileFor(node.kind).map((h) => ({ ...node, h })));
  const memo = new Map<number, fc.Arbitrary<Labelled>>();
  const hostile = fc.nat(targets.length - 1).chain((i) => {
    let arb = memo.get(i);
    if (!arb) {
      const { path, h } = targets[i]!;
      arb = zodArbitrary(schema, { overrides, replace: { path, make: (v) => h.make(v) } }).map((value) => ({
        value,
        label: `${path || '(whole input)'} ← ${h.name}`,
      }));
      memo.set(i, arb);
    }
    return arb;
  });
  return fc.oneof({ weight: 2, arbitrary: valid }, { weight: 3, arbitrary: hostile });
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
  /** The action's arguments from one generated input. */
  input: fc.Arbitrary<Labelled>;
  args: (value: unknown) => unknown[];
}

const one = (value: unknown) => [value];
const afterPrevState = (value: unknown) => [{}, value];

export function actionSpecs(ctx: FuzzContext): Record<string, ActionSpec> {
  const cardId = fc.oneof(fc.constantFrom(...ctx.cardIds, ctx.predictCardId), fc.string({ minLength: 1, maxLength: 12 }));
  const version = fc.integer({ min: 0, max: 3 });
  const zone = fc.constantFrom('UTC', 'Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'Not/AZone');
  const callbackUrl = fc.constantFrom('/', '/decks', '//evil.example', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)');
  const email = fc.oneof(fc.constant(ctx.signInEmail), fc.emailAddress());
  const password = fc.oneof(fc.constant(ctx.signInPassword), fc.string({ minLength: 8, maxLength: 20 }));
  // A predict answer with the card's own experiment reaches the run checks and the store.
  const { run } = answerSchema.shape;
  const predictAnswer = answerSchema.extend({ run: run.unwrap() });
  const outcome = fc.constantFrom('same', 'max-changes-less', 'avg-changes-less');
  return {
    '/app/actions.ts#setLocale': { input: fuzzInput(z.enum(locales)), args: one },
    '/app/actions.ts#setTheme': { input: fuzzInput(z.enum(['system', 'light', 'dark'])), args: one },
    '/app/actions.ts#signOutAction': { input: fc.constant({ value: undefined, label: 'no arguments' }), args: () => [] },
    '/app/(auth)/actions.ts#signInAction': {
      input: asForm(fuzzInput(signInSchema.extend({ callbackUrl: z.string().optional() }), { email, password, callbackUrl })),
      args: afterPrevState,
    },
    '/app/(auth)/actions.ts#signUpAction': { input: asForm(fuzzInput(signUpSchema, { timeZone: zone })), args: afterPrevState },
    '/app/(auth)/actions.ts#oauthSignInAction': {
      input: asForm(
        fuzzInput(z.object({ provider: z.enum(['github', 'google', 'credentials']), callbackUrl: z.string() }), { callbackUrl }),
      ),
      args: one,
    },
    '/app/(app)/review/actions.ts#answerCard': {
      input: fc.oneof(
        fuzzInput(answerSchema.omit({ run: true }), { cardId, expectedVersion: version }),
        fuzzInput(predictAnswer, {
          cardId: fc.constant(ctx.predictCardId),
          expectedVersion: version,
          'run.experimentId': fc.constant(ctx.experimentId),
          'run.prediction': outcome,
          'run.outcome': outcome,
        }),
      ),
      args: one,
    },
    '/app/(app)/review/actions.ts#undoReview': {
      input: fuzzInput(undoSchema, { reviewId: fc.oneof(fc.constantFrom(...ctx.reviewIds), fc.string({ minLength: 1 })) }),
      args: one,
    },
    '/app/(app)/review/actions.ts#loadMoreCards': {
      input: fuzzInput(loadMoreSchema, { deckId: fc.option(fc.constantFrom(ctx.deckId, 'nope'), { nil: undefined }) }),
      args: one,
    },
    '/app/(app)/review/actions.ts#sessionForecast': {
      input: fuzzInput(forecastSchema, { deckId: fc.option(fc.constantFrom(ctx.deckId, 'nope'), { nil: undefined }) }),
      args: one,
    },
    '/app/(app)/review/actions.ts#buryCard': { input: fuzzInput(cardVersionSchema, { cardId, expectedVersion: version }), args: one },
    '/app/(app)/review/actions.ts#suspendCard': { input: fuzzInput(cardVersionSchema, { cardId, expectedVersion: version }), args: one },
    '/app/(app)/review/actions.ts#unsuspendCard': { input: formOrObject(fuzzInput(unsuspendSchema, { cardId })), args: one },
    '/app/(app)/settings/actions.ts#saveSettingsAction': {
      input: formOrObject(fuzzInput(settingsSchema, { timeZone: zone })),
      args: one,
    },
    '/app/(app)/settings/actions.ts#becomeTeacherAction': { input: formOrObject(fuzzInput(z.object({}))), args: one },
    '/app/(app)/settings/actions.ts#unsuspendFormAction': { input: asForm(fuzzInput(unsuspendSchema, { cardId })), args: one },
    '/app/(app)/classes/actions.ts#createClassAction': { input: formOrObject(fuzzInput(createClassSchema)), args: one },
  };
}

/** The JSON bodies of route handlers that take one, by `METHOD /path`. */
export const routeBodies: Record<string, z.ZodType> = {
  'POST /api/classes': createClassSchema,
};
