'use client';

import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { gradeChoice, isMultiSelect, type ChoiceResult } from '@/lib/quiz/choice';
import { gradeTyped, overrideTyped, type TypedResult } from '@/lib/quiz/typed';
import { fuzzSeed } from '@/lib/review/fuzz-seed';
import { deserializeState, type PredictRunInput, type ReviewItem, type SessionSettings } from '@/lib/review/types';
import { dayKey, gradeOnScale, previewIntervals, type Grade } from '@/lib/srs';
import { CardFaces } from './card-faces';
import { GradeBar, gradeLabelKey } from './grade-bar';
import { KeyHints } from './key-hints';
import { keyCommand, targetKind, type Phase } from './keyboard';
import type { PredictControl, PredictVerdict } from './predict-panel';
import { CardToolbar, LeechBadge } from './set-aside';

/**
 * One card on screen, from its front to its grade. Keyed by the session so that every
 * card (and every card restored by undo) starts fresh. Owns the keyboard while mounted.
 */
export function CardRunner({
  item,
  settings,
  userId,
  onGrade,
  onUndo,
  onSetAside,
  announce,
}: {
  item: ReviewItem;
  settings: SessionSettings;
  /** Part of the fuzz seed, so a preview shows the interval the server will give. */
  userId: string;
  onGrade: (grade: Grade, run?: PredictRunInput) => void;
  onUndo: () => void;
  /** Bury or suspend the card on screen. */
  onSetAside: (kind: 'bury' | 'suspend') => void;
  announce: (message: string) => void;
}) {
  const t = useTranslations('review');
  const region = useRef<HTMLDivElement>(null);
  const [revealedAt, setRevealedAt] = useState<number | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [typed, setTyped] = useState('');
  const [typedResult, setTypedResult] = useState<TypedResult | null>(null);
  const [choiceResult, setChoiceResult] = useState<ChoiceResult | null>(null);
  const [verdict, setVerdict] = useState<PredictVerdict | null>(null);
  const [committed, setCommitted] = useState(false);
  const predictControl = useRef<PredictControl>(null);
  const options = item.options ?? [];
  const predictOptions = options.filter((o) => o.outcome).length;
  const multi = item.type === 'mc' && isMultiSelect(options);

  const computed: Grade | null = choiceResult?.grade ?? typedResult?.grade ?? verdict?.grade ?? null;
  // Suggest only a grade the learner's layout has a button for (a predict card may compute 0 or 2).
  const suggested: Grade | null = computed === null ? null : gradeOnScale(settings.gradeScale, computed);
  const phase: Phase = item.type === 'predict' && !verdict ? (committed ? 'running' : 'predict') : revealedAt === null ? 'front' : 'back';
  const previews = useMemo(() => {
    if (revealedAt === null) return [];
    const at = new Date(revealedAt);
    const { timeZone, rolloverHour } = settings;
    const fuzz = settings.fuzz ? { seed: fuzzSeed(userId, item.cardId, dayKey(at, timeZone, rolloverHour)) } : false;
    return previewIntervals(item.state ? deserializeState(item.state) : null, at, {
      timeZone,
      rolloverHour,
      fuzz,
      learning: settings.learning ?? false,
      scale: settings.gradeScale,
    });
  }, [item.state, item.cardId, revealedAt, settings, userId]);
  // The server refuses a passing grade for a wrong prediction.
  const allowed = (g: Grade) => !verdict || verdict.correct || g < 3;

  const reveal = () => {
    if (revealedAt !== null || phase !== 'front') return;
    if (item.type === 'mc') setChoiceResult(gradeChoice(options, selected));
    if (item.type === 'typed') setTypedResult(gradeTyped(typed, item.answers ?? []));
    setRevealedAt(Date.now());
    region.current?.focus();
    announce(t('announce.revealed'));
  };

  const grade = (g: Grade) => {
    if (revealedAt === null || !allowed(g)) return;
    announce(t('announce.graded', { grade: t(gradeLabelKey(settings.gradeScale, g)) }));
    onGrade(g, verdict?.run);
  };

  const toggle = (index: number) => {
    if (revealedAt !== null) return;
    setSelected((prev) => {
      const next = new Set(multi ? prev : []);
      if (prev.has(index) && multi) next.delete(index);
      else next.add(index);
      return next;
    });
  };

  const override = () => {
    if (typedResult?.verdict !== 'close') return;
    setTypedResult(overrideTyped(typedResult));
    announce(t('typed.overridden'));
  };

  const onPredictResult = (v: PredictVerdict) => {
    setVerdict(v);
    setRevealedAt(Date.now());
    announce(t(v.correct ? 'announce.predictRight' : 'announce.predictWrong'));
  };

  const optionCount = item.type === 'mc' ? options.length : item.type === 'predict' ? predictOptions : 0;
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    const cmd = keyCommand(e, {
      scale: settings.gradeScale,
      phase,
      options: optionCount,
      canOverride: typedResult?.verdict === 'close',
      ...targetKind(e.target),
    });
    if (!cmd) return;
    e.preventDefault();
    if (cmd.type === 'undo') onUndo();
    else if (cmd.type === 'bury' || cmd.type === 'suspend') onSetAside(cmd.type);
    else if (cmd.type === 'reveal') reveal();
    else if (cmd.type === 'option' && phase === 'predict') predictControl.current?.choose(cmd.index);
    else if (cmd.type === 'option') toggle(cmd.index);
    else if (cmd.type === 'commit') predictControl.current?.commit();
    else if (cmd.type === 'none') return;
    else if (cmd.type === 'override') override();
    else if (cmd.type === 'grade') grade(cmd.grade);
    else grade(suggested ?? 4);
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-4">
      <div
        ref={region}
        tabIndex={-1}
        role="region"
        aria-label={t('cardRegion')}
        className="min-h-48 rounded-xl border border-slate-200 bg-white p-4 shadow-sm outline-none sm:p-6 dark:border-slate-800 dark:bg-slate-900"
      >
        {item.state?.leech && <LeechBadge />}
        <CardFaces
          item={item}
          revealed={revealedAt !== null}
          choice={{ multi, selected, result: choiceResult, onToggle: toggle }}
          typed={{ value: typed, onChange: setTyped, onSubmit: reveal, onOverride: override, result: typedResult }}
          predict={{ onResult: onPredictResult, onCommit: () => setCommitted(true), controlRef: predictControl }}
        />
      </div>
      {phase === 'front' && item.type !== 'typed' && (
        <button
          type="button"
          onClick={reveal}
          aria-keyshortcuts="Space Enter"
          className="min-h-12 w-full rounded-lg bg-indigo-600 px-4 py-3 text-base font-medium text-white hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          {item.type === 'mc' ? t('check') : t('showAnswer')}
          <kbd aria-hidden className="ml-2 hidden font-mono text-xs text-indigo-100 sm:inline">
            {t('keys.space')}
          </kbd>
        </button>
      )}
      {phase === 'back' && (
        <>
          {suggested !== null && (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {t('suggested', { grade: t(gradeLabelKey(settings.gradeScale, suggested)) })}
            </p>
          )}
          <GradeBar previews={previews} suggested={suggested} allowed={allowed} onGrade={grade} />
        </>
      )}
      <CardToolbar onBury={() => onSetAside('bury')} onSuspend={() => onSetAside('suspend')} />
      <KeyHints
        type={item.type}
        phase={phase}
        scale={settings.gradeScale}
        options={optionCount}
        suggested={suggested !== null}
        canOverride={typedResult?.verdict === 'close'}
      />
    </div>
  );
}
