import { describe, expect, it } from 'vitest';
import { quizSpecSchema } from './definition';
import { clozeAnswer, formOf, groupOf, inScope, type QuizCard } from './forms';

const card = (over: Partial<QuizCard>): QuizCard => ({
  id: 'x',
  type: 'basic',
  topic: 'pooling',
  headingPath: ['Max pooling'],
  tags: [],
  deckIds: ['pooling'],
  position: 1,
  back: '',
  ...over,
});

describe('formOf', () => {
  it('keeps each card’s own gradeable form, and makes the rest self-rated', () => {
    expect(formOf(card({ type: 'mc', options: [{ text: 'a', correct: true }, { text: 'b' }] }))).toBe('mc');
    expect(formOf(card({ type: 'mc', options: [{ text: 'a' }] }))).toBe('self');
    expect(formOf(card({ type: 'typed', answers: ['385'] }))).toBe('typed');
    expect(formOf(card({ type: 'cloze', back: 'Pooling with ==max== is common' }))).toBe('cloze');
    expect(formOf(card({ type: 'predict', hasPredict: true }))).toBe('predict');
    expect(formOf(card({ type: 'basic' }))).toBe('self');
    expect(formOf(card({ type: 'reversed' }))).toBe('self');
  });
  it('reads the cloze answer from the back', () => {
    expect(clozeAnswer('A ==stride of 2== halves it')).toBe('stride of 2');
    expect(clozeAnswer('no deletion')).toBeNull();
  });
});

describe('scope and topics', () => {
  const spec = { decks: [], topics: [['pooling', 'Max pooling']], tags: ['core'], forms: ['self' as const] };
  it('takes cards by deck, topic prefix or tag, in a chosen form', () => {
    expect(inScope(card({}), spec)).toBe(true);
    expect(inScope(card({ headingPath: ['Average pooling'] }), spec)).toBe(false);
    expect(inScope(card({ headingPath: [], tags: ['core'] }), spec)).toBe(true);
    expect(inScope(card({ type: 'typed', answers: ['1'] }), spec)).toBe(false);
    expect(inScope(card({ headingPath: [] }), { ...spec, topics: [], decks: ['pooling'] })).toBe(true);
  });
  it('balances under the longest chosen topic, else the note', () => {
    expect(groupOf(card({ headingPath: ['Max pooling', 'Stride'] }), [['pooling'], ['pooling', 'Max pooling']])).toBe(
      'pooling › Max pooling',
    );
    expect(groupOf(card({ topic: 'vae' }), [['pooling']])).toBe('vae');
  });
});

describe('quizSpecSchema', () => {
  const ok = { title: 'Pooling', decks: ['pooling'], count: 10, forms: ['mc'], seed: 1 };
  it('fills the defaults: certainty on, no time limit', () => {
    expect(quizSpecSchema.parse(ok)).toMatchObject({ certainty: true, timeLimit: null, topics: [], tags: [] });
  });
  it('needs a source, a form and a count in range', () => {
    expect(quizSpecSchema.safeParse({ ...ok, decks: [] }).success).toBe(false);
    expect(quizSpecSchema.safeParse({ ...ok, forms: [] }).success).toBe(false);
    expect(quizSpecSchema.safeParse({ ...ok, count: 0 }).success).toBe(false);
    expect(quizSpecSchema.safeParse({ ...ok, count: 51 }).success).toBe(false);
    expect(quizSpecSchema.safeParse({ ...ok, title: '  ' }).success).toBe(false);
  });
});
