/**
 * The fuzz seed of one answer: the learner, the card and the learning day. The server
 * (lib/db/reviews.ts) schedules with it and the review session previews with it, so the
 * interval on a grade button is the one the answer gets; a retry computes the same value.
 */
export const fuzzSeed = (userId: string, cardId: string, day: string) => `${userId}:${cardId}:${day}`;
