'use client';

import { useCallback, useEffect, useEffectEvent, useReducer, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
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
  heldCardIds,
  initialSession,
  isFinished,
  lastUndoable,
  progress,
  sessionReducer,
  shouldPrefetch,
  summaryAnswers,
  type SessionAction,
  type SessionState,
} from './session-state';
import { setAsideCard } from './set-aside';
import { SessionSummary } from './session-summary';
import { SyncStatus } from './sync-status';
import { UndoButton, undoAnswer } from './undo';
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
  const announce = useCallback((text: string) => setAnnouncement((a) => ({ id: a.id + 1, text })), []);

  const { outbox, waiting, pendingCards } = useOutbox(userId, actions.answerCard, (s: Settlement) => {
    const key = s.input.idempotencyKey;
    const mine = state.answered.some((a) => a.key === key);
    if (s.type === 'ack') dispatch(mine ? { type: 'ack', key, ack: s.ack } : { type: 'settledElsewhere', fresh: s.ack });
    else if (s.type === 'rejected' && mine) dispatch({ type: 'rejected', key, error: s.error, conflict: s.conflict });
    else if (s.type === 'rejected' && s.conflict) dispatch({ type: 'settledElsewhere', fresh: s.conflict });
  });

  const prefetch = (next: SessionState) => {
    if (loading.current || !shouldPrefetch(next)) return;
    loading.current = true;
    actions
      .loadMoreCards({ deckId, exclude: heldCardIds(next) })
      .then((r) => r.ok && dispatch({ type: 'loaded', items: r.data.items, counts: r.data.counts }))
      .catch(() => undefined) // offline: tried again after the next answer
      .finally(() => {
        loading.current = false;
      });
  };
  const prefetchOnMount = useEffectEvent(() => prefetch(state));
  useEffect(() => prefetchOnMount(), []);

  // Cards with an answer still in the outbox (from a page before this one) wait until it is saved.
  const visible = state.queue.filter((q) => !pendingCards.has(q.cardId));
  const head = visible[0];
  // A predict card next in line: warm the experiment worker (and tfjs) while this card is answered.
  usePrewarmExperiments(visible[1]?.type === 'predict');

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

  // Bury/suspend: the card leaves at once; refused, it comes back (see set-aside.tsx).
  const setAside = (kind: 'bury' | 'suspend') => {
    if (!head) return;
    const action: SessionAction = { type: 'setAside', cardId: head.cardId, kind, now: Date.now() };
    const next = sessionReducer(state, action);
    dispatch(action);
    announce(t(kind === 'bury' ? 'announce.buried' : 'announce.suspended'));
    void setAsideCard(head, kind, kind === 'bury' ? actions.buryCard : actions.suspendCard, dispatch);
    prefetch(next);
  };

  const undo = () => {
    const last = lastUndoable(state);
    if (state.undoing || !last) return;
    void undoAnswer(last, outbox.current, actions.undoReview, dispatch).then((out) =>
      announce(out === 'undone' ? t('announce.undone') : t(`notice.${out}`)),
    );
  };

  // With no card on screen (summary, loading) U still undoes; the card runner handles it otherwise.
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (head || e.ctrlKey || e.metaKey || e.altKey || e.repeat || e.key.toLowerCase() !== 'u') return;
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
    e.preventDefault();
    undo();
  });
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
          onUndo={undo}
          onSetAside={setAside}
          announce={announce}
        />
      ) : finished && visible.length === state.queue.length ? (
        <SessionSummary
          answers={answers}
          answered={state.answered}
          scale={settings.gradeScale}
          timeZone={settings.timeZone}
          rolloverHour={settings.rolloverHour}
          loadForecast={loadForecast}
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
        <UndoButton disabled={!lastUndoable(state)} undoing={state.undoing} onUndo={undo} />
      </div>
      {/* The keys grade a card: with no card on screen (the summary) the hint would mislead. */}
      {head && (
        <p className="hidden text-xs text-slate-500 sm:block dark:text-slate-400">
          {t('shortcuts', { grades: settings.gradeScale === 'six' ? '0–5' : '1–4' })}
        </p>
      )}
      {/* A stable live region; the alternating no-break space makes a repeated message announce again. */}
      <p aria-live="polite" className="sr-only">
        {announcement.text}
        {announcement.id % 2 ? '\u00a0' : ''}
      </p>
    </div>
  );
}
