/**
 * The review session's state as a pure reducer: the queue (its head is the card on screen),
 * the answers given in this session, and what the server said about them. Side effects
 * (the outbox, server actions) live in the component; they dispatch here.
 */
import type { AnswerAck, ConflictInfo, QueueCounts, ReviewItem } from '@/lib/review/types';
import type { Grade, SessionAnswer } from '@/lib/srs';

/** A same-day repeat (grade < 4) comes back this many cards later, or at the end. */
export const REPEAT_GAP = 5;
/** Prefetch when fewer cards than this are left in the client's queue. */
export const PREFETCH_BELOW = 5;
/** The server refuses longer durations; a card left on screen overnight still saves. */
export const MAX_DURATION_MS = 86_400_000;

export interface Answered {
  /** The answer's idempotency key. */
  key: string;
  /** The card as it was shown (restored by a local undo). */
  item: ReviewItem;
  grade: Grade;
  durationMs: number;
  status: 'pending' | 'acked' | 'conflict' | 'rejected';
  ack?: AnswerAck;
}

export type Notice = 'conflict' | 'rejected' | 'undoFailed' | 'undoChanged' | 'buryFailed' | 'suspendFailed';

/** A card buried or suspended in this session: out of the queue at once, back if the server refuses. */
export interface SetAside {
  item: ReviewItem;
  kind: 'bury' | 'suspend';
  status: 'pending' | 'done';
}

export interface SessionState {
  queue: ReviewItem[];
  /** When the head of the queue was shown (ms since epoch). */
  shownAt: number;
  answered: Answered[];
  setAside: SetAside[];
  /** Cards due on the server that the client has not loaded yet (estimate from the last counts). */
  unloaded: number;
  notice: Notice | null;
  undoing: boolean;
}

export type SessionAction =
  | { type: 'answer'; key: string; cardId: string; grade: Grade; now: number }
  | { type: 'settledElsewhere'; fresh: ConflictInfo }
  | { type: 'ack'; key: string; ack: AnswerAck }
  | { type: 'rejected'; key: string; error: string; conflict?: ConflictInfo }
  | { type: 'undoing'; value: boolean }
  | { type: 'undone'; key: string; item: ReviewItem | null; now: number }
  /** `changed`: the card was buried, suspended or answered since, so the server refused the undo. */
  | { type: 'undoFailed'; changed?: boolean }
  | { type: 'loaded'; items: ReviewItem[]; counts: QueueCounts }
  | { type: 'setAside'; cardId: string; kind: SetAside['kind']; now: number }
  | { type: 'setAsideDone'; cardId: string }
  | { type: 'setAsideFailed'; cardId: string; fresh?: ConflictInfo; now: number }
  | { type: 'dismissNotice' };

export const totalCount = (c: QueueCounts) => c.new + c.review + c.repeat;

export function initialSession(items: readonly ReviewItem[], counts: QueueCounts, now: number): SessionState {
  const queue = uniqueByCard(items);
  return {
    queue,
    shownAt: now,
    answered: [],
    setAside: [],
    unloaded: Math.max(0, totalCount(counts) - queue.length),
    notice: null,
    undoing: false,
  };
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'answer': {
      const item = state.queue.find((q) => q.cardId === action.cardId);
      if (!item) return state;
      const rest = state.queue.filter((q) => q !== item);
      const durationMs = Math.min(MAX_DURATION_MS, Math.max(0, action.now - state.shownAt));
      const entry: Answered = { key: action.key, item, grade: action.grade, durationMs, status: 'pending' };
      return { ...state, queue: rest, answered: [...state.answered, entry], shownAt: action.now };
    }
    case 'ack': {
      const entry = state.answered.find((a) => a.key === action.key);
      if (!entry) return state; // another tab's or an earlier page's answer
      const answered = state.answered.map((a) => (a.key === action.key ? { ...a, status: 'acked' as const, ack: action.ack } : a));
      const fresh = { state: action.ack.state, version: action.ack.version };
      let queue = refresh(state.queue, entry.item.cardId, fresh);
      // SM-2: a grade < 4 is repeated today until it scores >= 4 (unless the answer made it a suspended leech).
      const repeat = (action.ack.state.repeatToday || !!action.ack.dueAt) && !action.ack.state.suspended;
      if (repeat && !queue.some((q) => q.cardId === entry.item.cardId)) {
        queue = insertAt(queue, Math.min(REPEAT_GAP, queue.length), { ...entry.item, ...fresh, kind: 'repeat' });
      }
      return { ...state, answered, queue };
    }
    case 'rejected': {
      if (!state.answered.some((a) => a.key === action.key)) return state;
      const conflict = action.error === 'conflict';
      const answered = state.answered.map((a) =>
        a.key === action.key ? { ...a, status: conflict ? ('conflict' as const) : ('rejected' as const) } : a,
      );
      const queue = action.conflict ? refresh(state.queue, action.conflict.cardId, action.conflict) : state.queue;
      return { ...state, answered, queue, notice: conflict ? 'conflict' : 'rejected' };
    }
    case 'settledElsewhere': {
      // An answer from an earlier page (or another tab) was saved: that card is done, unless SM-2 repeats it today.
      const { cardId, state: fresh } = action.fresh;
      if (fresh?.repeatToday && !fresh.suspended) return { ...state, queue: refresh(state.queue, cardId, action.fresh) };
      return { ...state, queue: state.queue.filter((q) => q.cardId !== cardId) };
    }
    case 'undoing':
      return { ...state, undoing: action.value };
    case 'undone': {
      const entry = state.answered.find((a) => a.key === action.key);
      if (!entry) return { ...state, undoing: false };
      const item = action.item ?? entry.item;
      const others = state.queue.filter((q) => q.cardId !== item.cardId);
      return {
        ...state,
        queue: [item, ...others],
        answered: state.answered.filter((a) => a.key !== action.key),
        shownAt: action.now,
        undoing: false,
      };
    }
    case 'undoFailed':
      return { ...state, undoing: false, notice: action.changed ? 'undoChanged' : 'undoFailed' };
    case 'loaded': {
      const held = new Set(heldCardIds(state));
      const added = uniqueByCard(action.items.filter((i) => !held.has(i.cardId)));
      const queue = [...state.queue, ...added];
      // The server's counts include the cards the client holds and the answers it has not applied yet.
      const pending = [...state.answered, ...state.setAside].filter((a) => a.status === 'pending').length;
      const unloaded = added.length === 0 ? 0 : Math.max(0, totalCount(action.counts) - queue.length - pending);
      return { ...state, queue, unloaded };
    }
    case 'setAside': {
      const item = state.queue.find((q) => q.cardId === action.cardId);
      if (!item) return state;
      // Like an answer: the card set aside is the one on screen, and the next one is shown now.
      const queue = state.queue.filter((q) => q !== item);
      const entry: SetAside = { item, kind: action.kind, status: 'pending' };
      return { ...state, queue, setAside: [...state.setAside, entry], shownAt: action.now };
    }
    case 'setAsideDone':
      return {
        ...state,
        setAside: state.setAside.map((a) => (a.item.cardId === action.cardId ? { ...a, status: 'done' as const } : a)),
      };
    case 'setAsideFailed': {
      const entry = state.setAside.find((a) => a.item.cardId === action.cardId && a.status === 'pending');
      if (!entry) return state;
      // Back right after the card on screen (or on screen if none), with the server's state after a conflict.
      const item = action.fresh ? { ...entry.item, state: action.fresh.state, version: action.fresh.version } : entry.item;
      const others = state.queue.filter((q) => q.cardId !== item.cardId);
      return {
        ...state,
        queue: insertAt(others, Math.min(1, others.length), item),
        setAside: state.setAside.filter((a) => a !== entry),
        shownAt: others.length === 0 ? action.now : state.shownAt,
        notice: entry.kind === 'bury' ? 'buryFailed' : 'suspendFailed',
      };
    }
    case 'dismissNotice':
      return { ...state, notice: null };
  }
}

/** The answer `U` would undo: the latest one the server has not refused. */
export function lastUndoable(state: SessionState): Answered | null {
  for (let i = state.answered.length - 1; i >= 0; i -= 1) {
    const a = state.answered[i]!;
    if (a.status === 'pending' || a.status === 'acked') return a;
  }
  return null;
}

/** Answers that count for the summary (refused ones were never recorded). */
export function summaryAnswers(state: SessionState): SessionAnswer[] {
  return state.answered
    .filter((a) => a.status === 'pending' || a.status === 'acked')
    .map((a) => ({ grade: a.grade, durationMs: a.durationMs, repeat: a.item.kind === 'repeat' }));
}

export function progress(state: SessionState): { done: number; left: number } {
  return { done: summaryAnswers(state).length, left: state.queue.length + state.unloaded };
}

/** Card ids the server must not send again (held in the queue, answered or set aside in this session). */
export function heldCardIds(state: SessionState): string[] {
  const ids = [...state.queue, ...state.answered.map((a) => a.item), ...state.setAside.map((a) => a.item)].map((i) => i.cardId);
  return [...new Set(ids)];
}

export const shouldPrefetch = (state: SessionState) => state.queue.length < PREFETCH_BELOW && state.unloaded > 0;

/** The session is over when no card is left and nothing pending could still bring one back (a repeat, a refused bury). */
export const isFinished = (state: SessionState) =>
  state.queue.length === 0 &&
  state.unloaded === 0 &&
  !state.answered.some((a) => a.status === 'pending') &&
  !state.setAside.some((a) => a.status === 'pending');

function refresh(queue: ReviewItem[], cardId: string, fresh: Pick<ReviewItem, 'state' | 'version'>): ReviewItem[] {
  return queue.map((q) => (q.cardId === cardId ? { ...q, state: fresh.state, version: fresh.version } : q));
}

function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  return [...list.slice(0, index), item, ...list.slice(index)];
}

function uniqueByCard(items: readonly ReviewItem[]): ReviewItem[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.cardId) && (seen.add(i.cardId), true));
}
