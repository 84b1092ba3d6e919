import type { ReviewItem } from '@/lib/review/types';

/** A new basic card as the queue sends it, for the session reducer's unit tests. */
export const reviewItem = (id: string, over: Partial<ReviewItem> = {}): ReviewItem => ({
  cardId: id,
  deckId: 'd',
  kind: 'new',
  type: 'basic',
  frontHtml: `<p>${id}?</p>`,
  backHtml: `<p>${id}!</p>`,
  noteHref: `/notes/x#${id}`,
  headingPath: [],
  state: null,
  version: 0,
  ...over,
});
