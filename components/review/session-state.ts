/**
 * The review session's state as a pure reducer: the queue (its head is the card on screen
 * when due), the answers given in this session, the cards set aside, the undo stack, and what
 * the server said about them. Side effects (the outbox, server actions) live in the
 * component; they dispatch here.
 */
import type { AnswerAck, ConflictInfo, QueueCounts, ReviewItem, SerializedState } from '@/lib/review/types';
import type { Grade } from '@/lib/srs';
import { currentCard, heldCardIds } from './session-select';
import { insertAt, nextDueAt, queued, refresh, settleQueue, uniqueByCard, unwaited, type QueuedItem } from './session-queue';

export type { QueuedItem };
export * from './session-select';

/** A same-day repeat (grade < 4) comes back at least this many cards later (or at the end), once due. */
export const REPEAT_GAP = 5;
/** The server refuses longer durations; a card left on screen overnight still saves. */
export const MAX_DURATION_MS = 86_400_000;

export interface Answered {
  /** The answer's idempotency key. */
  key: string;
  /** The card as it was shown (restored by a local undo). */
  item: QueuedItem;
  grade: Grade;
  durationMs: number;
  status: 'pending' | 'acked' | 'conflict' | 'rejected';
  ack?: AnswerAck;
}

export type Notice = 'conflict' | 'rejected' | 'undoFailed' | 'undoChanged' | 'buryFailed' | 'suspendFailed';

/** A card buried or suspended in this session: out of the queue at once, back if the server refuses. */
export interface SetAside {
  item: QueuedItem;
  kind: 'bury' | 'suspend';
  status: 'pending' | 'done';
  /** The server's state after the bury/suspend (what an undo must find unchanged). */
  fresh?: { state: SerializedState; version: number };
}

/** One learner action that `U` can walk back, newest last. */
export type UndoRef = { type: 'answer'; key: string } | { type: 'setAside'; cardId: string };
export type UndoTarget = { type: 'answer'; entry: Answered } | { type: 'setAside'; entry: SetAside };

export interface SessionState {
  queue: QueuedItem[];
  /** When the head of the queue was shown (ms since epoch); the head waits if not due by then. */
  shownAt: number;
  answered: Answered[];
  setAside: SetAside[];
  undoStack: UndoRef[];
  /** Cards due on the server that the client has not loaded yet (estimate from the last counts). */
  unloaded: number;
  notice: Notice | null;
  undoing: boolean;
  /** The learner chose "Finish for now" while only waiting repeats were left. */
  finishedEarly: boolean;
}

export type SessionAction =
  | { type: 'answer'; key: string; cardId: string; grade: Grade; now: number }
  | { type: 'settledElsewhere'; fresh: ConflictInfo }
  | { type: 'ack'; key: string; ack: AnswerAck; now: number }
  | { type: 'rejected'; key: string; error: string; conflict?: ConflictInfo }
  | { type: 'undoing'; value: boolean }
  | { type: 'undone'; key: string; item: ReviewItem | null; now: number }
  | { type: 'setAsideUndone'; cardId: string; fresh: { state: SerializedState; version: number }; now: number }
  /** `changed`: the card changed since that action, so the server refused; `ref` leaves the stack. */
  | { type: 'undoFailed'; changed?: boolean; ref?: UndoRef }
  | { type: 'loaded'; items: ReviewItem[]; counts: QueueCounts; now: number }
  | { type: 'setAside'; cardId: string; kind: SetAside['kind']; now: number }
  | { type: 'setAsideDone'; cardId: string; fresh?: SetAside['fresh'] }
  | { type: 'setAsideFailed'; cardId: string; fresh?: ConflictInfo; now: number }
  /** Time passed: a waiting repeat may be due. */
  | { type: 'tick'; now: number }
  /** Show the next waiting repeat now, before its time. */
  | { type: 'reviewEarly'; now: number }
  | { type: 'finishEarly' }
  | { type: 'dismissNotice' };

export const totalCount = (c: QueueCounts) => c.new + c.review + c.repeat;

export function initialSession(items: readonly ReviewItem[], counts: QueueCounts, now: number): SessionState {
  const queue = uniqueByCard(items).map((i) => queued(i));
  return settle(
    { queue, shownAt: now, answered: [], setAside: [], undoStack: [], notice: null, undoing: false, finishedEarly: false, unloaded: 0 },
    now,
    { unloaded: Math.max(0, totalCount(counts) - queue.length) },
  );
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'answer': {
      const item = state.queue.find((q) => q.cardId === action.cardId);
      if (!item) return state;
      const durationMs = Math.min(MAX_DURATION_MS, Math.max(0, action.now - state.shownAt));
      const entry: Answered = { key: action.key, item, grade: action.grade, durationMs, status: 'pending' };
      return settle(state, action.now, {
        queue: state.queue.filter((q) => q !== item),
        answered: [...state.answered, entry],
        undoStack: [...state.undoStack, { type: 'answer', key: action.key }],
        shownAt: action.now,
      });
    }
    case 'ack': {
      const entry = state.answered.find((a) => a.key === action.key);
      if (!entry) return state; // another tab's or an earlier page's answer
      const answered = state.answered.map((a) => (a.key === action.key ? { ...a, status: 'acked' as const, ack: action.ack } : a));
      const fresh = { state: action.ack.state, version: action.ack.version };
      let queue = refresh(state.queue, entry.item.cardId, fresh);
      // A grade < 4 is repeated today until it scores >= 4 (SM-2), or a learning step brings the card
      // back (ack.dueAt); unless the answer made it a suspended leech. REPEAT_GAP cards later at the
      // least, and not before its due time.
      const repeat = (action.ack.state.repeatToday || !!action.ack.dueAt) && !action.ack.state.suspended;
      if (repeat && !queue.some((q) => q.cardId === entry.item.cardId)) {
        const again = queued({ ...unwaited(entry.item), ...fresh, kind: 'repeat' }, action.ack.dueAt);
        queue = insertAt(queue, Math.min(REPEAT_GAP, queue.length), again);
      }
      return settle(state, action.now, { answered, queue });
    }
    case 'rejected': {
      if (!state.answered.some((a) => a.key === action.key)) return state;
      const conflict = action.error === 'conflict';
      const answered = state.answered.map((a) =>
        a.key === action.key ? { ...a, status: conflict ? ('conflict' as const) : ('rejected' as const) } : a,
      );
      const queue = action.conflict ? refresh(state.queue, action.conflict.cardId, action.conflict) : state.queue;
      const undoStack = state.undoStack.filter((r) => !(r.type === 'answer' && r.key === action.key));
      return { ...state, answered, queue, undoStack, notice: conflict ? 'conflict' : 'rejected' };
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
      return restore(state, unwaited(action.item ?? entry.item), action.now, {
        answered: state.answered.filter((a) => a.key !== action.key),
        undoStack: state.undoStack.filter((r) => !(r.type === 'answer' && r.key === action.key)),
      });
    }
    case 'setAsideUndone': {
      const entry = state.setAside.find((a) => a.item.cardId === action.cardId);
      if (!entry) return { ...state, undoing: false };
      return restore(state, { ...unwaited(entry.item), ...action.fresh }, action.now, {
        setAside: state.setAside.filter((a) => a !== entry),
        undoStack: state.undoStack.filter((r) => !(r.type === 'setAside' && r.cardId === action.cardId)),
      });
    }
    case 'undoFailed': {
      const ref = action.changed ? action.ref : undefined;
      const undoStack = ref ? state.undoStack.filter((r) => !sameRef(r, ref)) : state.undoStack;
      return { ...state, undoStack, undoing: false, notice: action.changed ? 'undoChanged' : 'undoFailed' };
    }
    case 'loaded': {
      const held = new Set(heldCardIds(state));
      const added = uniqueByCard(action.items.filter((i) => !held.has(i.cardId))).map((i) => queued(i));
      const queue = [...state.queue, ...added];
      // The server's counts include the cards the client holds and the answers it has not applied yet.
      const pending = [...state.answered, ...state.setAside].filter((a) => a.status === 'pending').length;
      const unloaded = added.length === 0 ? 0 : Math.max(0, totalCount(action.counts) - queue.length - pending);
      return settle(state, action.now, { queue, unloaded });
    }
    case 'setAside': {
      const item = state.queue.find((q) => q.cardId === action.cardId);
      if (!item) return state;
      // Like an answer: the card set aside is the one on screen, and the next one is shown now.
      const entry: SetAside = { item, kind: action.kind, status: 'pending' };
      return settle(state, action.now, {
        queue: state.queue.filter((q) => q !== item),
        setAside: [...state.setAside.filter((a) => a.item.cardId !== action.cardId), entry],
        undoStack: [...state.undoStack, { type: 'setAside', cardId: action.cardId }],
        shownAt: action.now,
      });
    }
    case 'setAsideDone':
      return {
        ...state,
        setAside: state.setAside.map((a) => (a.item.cardId === action.cardId ? { ...a, status: 'done' as const, fresh: action.fresh } : a)),
      };
    case 'setAsideFailed': {
      const entry = state.setAside.find((a) => a.item.cardId === action.cardId && a.status === 'pending');
      if (!entry) return state;
      // Back right after the card on screen (or on screen if none), with the server's state after a conflict.
      const item = action.fresh ? { ...entry.item, state: action.fresh.state, version: action.fresh.version } : entry.item;
      const others = state.queue.filter((q) => q.cardId !== item.cardId);
      return settle(state, action.now, {
        queue: insertAt(others, Math.min(1, others.length), item),
        setAside: state.setAside.filter((a) => a !== entry),
        undoStack: state.undoStack.filter((r) => !(r.type === 'setAside' && r.cardId === action.cardId)),
        shownAt: others.length === 0 ? action.now : state.shownAt,
        notice: entry.kind === 'bury' ? 'buryFailed' : 'suspendFailed',
      });
    }
    case 'tick':
      return state.finishedEarly ? state : settle(state, action.now);
    case 'reviewEarly': {
      if (currentCard(state)) return state;
      const due = nextDueAt(state.queue);
      const item = state.queue.find((q) => q.waitUntil === due);
      if (!item) return state;
      return { ...state, queue: [unwaited(item), ...state.queue.filter((q) => q !== item)], shownAt: action.now };
    }
    case 'finishEarly':
      return { ...state, finishedEarly: true };
    case 'dismissNotice':
      return { ...state, notice: null };
  }
}

const sameRef = (a: UndoRef, b: UndoRef) =>
  a.type === 'answer' ? b.type === 'answer' && a.key === b.key : b.type === 'setAside' && a.cardId === b.cardId;

/** A card back at the front, on screen now (an undo), with any queued copy of it removed. */
function restore(state: SessionState, item: QueuedItem, now: number, patch: Partial<SessionState>): SessionState {
  const others = state.queue.filter((q) => q.cardId !== item.cardId);
  return { ...state, ...patch, queue: [item, ...others], shownAt: now, undoing: false, finishedEarly: false };
}

/** Applies `patch`, then lets a due card step in front of a waiting repeat (session-queue.ts). */
function settle(state: SessionState, now: number, patch: Partial<SessionState> = {}): SessionState {
  const next = Object.keys(patch).length ? { ...state, ...patch } : state;
  const settled = settleQueue(next.queue, next.shownAt, now);
  return settled.queue === next.queue && settled.shownAt === next.shownAt ? next : { ...next, ...settled };
}
