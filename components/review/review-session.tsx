'use client';

import { useCallback, useEffect, useEffectEvent, useReducer, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import type { ActionResult } from '@/lib/auth/guard';
import type { Settlement } from '@/lib/review/offline-queue';
import type {
  AnswerAck,
  AnswerInput,
  ConflictInfo,
  PredictRunInput,
  QueueCounts,
  ReviewItem,
  SerializedState,
  SessionForecast,
  SessionSettings,
} from '@/lib/review/types';
import { sessionSummary, type Grade } from '@/lib/srs';
import { usePrewarmExperiments } from '@/components/experiments/prewarm';
import { CardRunner } from './card-runner';
import { SessionHeader } from './session-header';
import {
  currentCard,
  heldCardIds,
  initialSession,
  isFinished,
  lastUndoable,
  progress,
  resolveRef,
  sessionReducer,
  shouldPrefetch,
  summaryAnswers,
  waitingUntil,
  type SessionAction,
  type SessionState,
  type UndoRef,
} from './session-state';
import { setAsideCard } from './set-aside';
import { SessionSummary } from './session-summary';
import { SyncStatus } from './sync-status';
import { UndoButton, undoAnswer, undoSetAsideEntry } from './undo';
import { WaitingPanel } from './waiting-panel';
import { useOutbox } from './use-outbox';

/** The server actions of app/(app)/review/actions.ts, passed in so the session stays testable. */
export interface ReviewActions {
  answerCard: (input: AnswerInput) => Promise<ActionResult<AnswerAck> | { ok: false; error: 'conflict'; conflict: ConflictInfo }>;
  undoReview: (input: {
    reviewId: string;
  }) => Promise<ActionResult<{ cardId: string; state: SerializedState | null; version: number; item: ReviewItem }>>;
  loadMoreCards: (input: { deckId?: string; exclude: string[] }) => Promise<ActionResult<{ items: ReviewItem[]; counts: QueueCounts }>>;
  sessionForecast: (input: { deckId?: string }) => Promise<ActionResult<SessionForecast>>;
  buryCard: (input: { cardId: string; expectedVersion: number }) => Promise<CardActionResult>;
  suspendCard: (input: { cardId: string; expectedVersion: number }) => Promise<CardActionResult>;
  undoSetAside: (input: { cardId: string; kind: 'bury' | 'suspend'; expectedVersion: number }) => Promise<CardActionResult>;
}

type CardActionResult =
  ActionResult<{ cardId: string; state: SerializedState; version: number }> | { ok: false; error: 'conflict'; conflict: ConflictInfo };

export interface ReviewSessionProps {
  initialItems: ReviewItem[];
  counts: QueueCounts;
  settings: SessionSettings;
  deckId?: string;
  userId: string;
  actions: ReviewActions;
}

const init = ({ items, counts }: { items: ReviewItem[]; counts: QueueCounts }) => initialSession(items, counts, Date.now());

/** A random idempotency key; crypto.randomUUID needs a secure context, getRandomValues does not. */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A review session: shows the queue card by card, advances as soon as a card is graded
 * and saves the answer in the background through the persistent outbox.
 */
export function ReviewSession({ initialItems, counts, settings, deckId, userId, actions }: ReviewSessionProps) {
  const t = useTranslations('review');
  const [state, dispatch] = useReducer(sessionReducer, { items: initialItems, counts }, init);
  const [announcement, setAnnouncement] = useState({ id: 0, text: '' });
  const loading = useRef(false);
  // Bury/suspend sends in flight, by card: an undo waits for its own to be saved first.
  const sends = useRef(new Map<string, Promise<number | null>>());
  // The latest state, for callbacks that outlive a render (a toast's Undo button).
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  });
  const announce = useCallback((text: string) => setAnnouncement((a) => ({ id: a.id + 1, text })), []);

  const { outbox, waiting, pendingCards } = useOutbox(userId, actions.answerCard, (s: Settlement) => {
    const key = s.input.idempotencyKey;
    const mine = state.answered.some((a) => a.key === key);
    if (s.type === 'ack') dispatch(mine ? { type: 'ack', key, ack: s.ack, now: Date.now() } : { type: 'settledElsewhere', fresh: s.ack });
    else if (s.type === 'rejected' && mine) dispatch({ type: 'rejected', key, error: s.error, conflict: s.conflict });
    else if (s.type === 'rejected' && s.conflict) dispatch({ type: 'settledElsewhere', fresh: s.conflict });
  });

  const prefetch = (next: SessionState) => {
    if (loading.current || !shouldPrefetch(next)) return;
    loading.current = true;
    actions
      .loadMoreCards({ deckId, exclude: heldCardIds(next) })
      .then((r) => r.ok && dispatch({ type: 'loaded', items: r.data.items, counts: r.data.counts, now: Date.now() }))
      .catch(() => undefined) // offline: tried again after the next answer
      .finally(() => {
        loading.current = false;
      });
  };
  const prefetchOnMount = useEffectEvent(() => prefetch(state));
  useEffect(() => prefetchOnMount(), []);

  // Cards with an answer still in the outbox (from a page before this one) wait until it is saved.
  const visible = state.queue.filter((q) => !pendingCards.has(q.cardId));
  const head = currentCard(state, pendingCards);
  const waitUntil = head ? null : waitingUntil(state);
  // A predict card next in line: warm the experiment worker (and tfjs) while this card is answered.
  usePrewarmExperiments(visible.find((q) => q.cardId !== head?.cardId)?.type === 'predict');

  const answer = (grade: Grade, run?: PredictRunInput) => {
    if (!head) return;
    const now = Date.now();
    const action: SessionAction = { type: 'answer', key: newKey(), cardId: head.cardId, grade, now };
    const next = sessionReducer(state, action);
    dispatch(action);
    outbox.current?.enqueue({
      cardId: head.cardId,
      grade,
      durationMs: next.answered.at(-1)?.durationMs ?? 0,
      idempotencyKey: action.key,
      clientAt: new Date(now).toISOString(),
      expectedVersion: head.version,
      ...(run ? { run } : {}),
    });
    prefetch(next);
  };

  /** Walks back the newest action (U, the Undo button), or `ref` (a toast's Undo button). */
  const undo = (ref?: UndoRef) => {
    const current = latest.current;
    const target = ref ? resolveRef(current, ref) : lastUndoable(current);
    if (current.undoing || !target) return;
    const done =
      target.type === 'answer'
        ? undoAnswer(target.entry, outbox.current, actions.undoReview, dispatch)
        : undoSetAsideEntry(target.entry, sends.current.get(target.entry.item.cardId), actions.undoSetAside, dispatch);
    if (target.type === 'setAside') toast.dismiss(`set-aside-${target.entry.item.cardId}`);
    void done.then((out) => announce(out === 'undone' ? t('announce.undone') : t(`notice.${out}`)));
  };
  // Bury/suspend: the card leaves at once; refused, it comes back (see set-aside.tsx). A toast
  // says so, with an Undo button for that card.
  const setAside = (kind: 'bury' | 'suspend') => {
    if (!head) return;
    const cardId = head.cardId;
    const action: SessionAction = { type: 'setAside', cardId, kind, now: Date.now() };
    const next = sessionReducer(state, action);
    dispatch(action);
    announce(t(kind === 'bury' ? 'announce.buried' : 'announce.suspended'));
    toast(t(kind === 'bury' ? 'toast.buried' : 'toast.suspended'), {
      id: `set-aside-${cardId}`,
      action: { label: t('undo'), onClick: () => undo({ type: 'setAside', cardId }) },
    });
    const sent = setAsideCard(head, kind, kind === 'bury' ? actions.buryCard : actions.suspendCard, dispatch);
    // Refused: the card is back and a notice says so; the toast would say the opposite.
    void sent.then((version) => version === null && toast.dismiss(`set-aside-${cardId}`));
    sends.current.set(cardId, sent);
    void sent.finally(() => sends.current.get(cardId) === sent && sends.current.delete(cardId));
    prefetch(next);
  };

  // A waiting repeat appears by itself when its time comes.
  useEffect(() => {
    if (waitUntil === null) return;
    const timer = setTimeout(() => dispatch({ type: 'tick', now: Date.now() }), Math.max(0, waitUntil - Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [waitUntil]);

  // With no card on screen (summary, loading) U still undoes; the card runner handles it otherwise.
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (head || e.ctrlKey || e.metaKey || e.altKey || e.repeat || e.key.toLowerCase() !== 'u') return;
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
    e.preventDefault();
    undo();
  });
  // In that handler, undo reads `latest`, which an effect updates after each render.
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const loadForecast = useCallback(() => actions.sessionForecast({ deckId }), [actions, deckId]);
  const answers = summaryAnswers(state);
  const { done, left: held } = progress(state);
  const left = held - (state.queue.length - visible.length);
  const last = answers.at(-1);
  const finished = isFinished(state);

  // minmax(0, 1fr): a grid track never grows past the screen to fit a long line inside it.
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-4">
      <SessionHeader done={done} left={left} lastMs={last?.durationMs ?? null} averageMs={sessionSummary(answers).averageMs} />
      {state.notice && (
        <div
          role="status"
          className="flex items-start justify-between gap-3 rounded-lg bg-sky-50 px-3 py-2 text-sm text-sky-900 dark:bg-sky-950/50 dark:text-sky-200"
        >
          <span>{t(`notice.${state.notice}`)}</span>
          <button type="button" onClick={() => dispatch({ type: 'dismissNotice' })} className="min-h-6 underline-offset-2 hover:underline">
            {t('notice.dismiss')}
          </button>
        </div>
      )}
      {head ? (
        <CardRunner
          key={`${head.cardId}@${state.shownAt}`}
          item={head}
          settings={settings}
          userId={userId}
          onGrade={answer}
          onUndo={() => undo()}
          onSetAside={setAside}
          announce={announce}
        />
      ) : finished && (state.finishedEarly || visible.length === state.queue.length) ? (
        <SessionSummary
          answers={answers}
          answered={state.answered}
          scale={settings.gradeScale}
          timeZone={settings.timeZone}
          rolloverHour={settings.rolloverHour}
          loadForecast={loadForecast}
        />
      ) : waitUntil !== null ? (
        <WaitingPanel
          until={waitUntil}
          onReviewNow={() => dispatch({ type: 'reviewEarly', now: Date.now() })}
          onFinish={() => dispatch({ type: 'finishEarly' })}
          announce={announce}
        />
      ) : (
        <div className="grid justify-items-center gap-3 rounded-xl border border-slate-200 p-8 text-center dark:border-slate-800">
          <p className="text-slate-600 dark:text-slate-400">{state.unloaded > 0 ? t('loadingMore') : t('saving')}</p>
          {state.unloaded > 0 && (
            <button
              type="button"
              onClick={() => prefetch(state)}
              className="min-h-11 rounded-md border border-slate-300 px-4 dark:border-slate-700"
            >
              {t('retry')}
            </button>
          )}
        </div>
      )}
      <div className="flex min-h-11 items-center justify-between gap-3">
        <SyncStatus waiting={waiting} />
        <UndoButton disabled={!lastUndoable(state)} undoing={state.undoing} onUndo={() => undo()} />
      </div>
      {/* A stable live region; the alternating no-break space makes a repeated message announce again. */}
      <p aria-live="polite" className="sr-only">
        {announcement.text}
        {announcement.id % 2 ? '\u00a0' : ''}
      </p>
    </div>
  );
}
