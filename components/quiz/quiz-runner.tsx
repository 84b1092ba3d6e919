'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { PredictResult } from '@/components/experiments/predict-item';
import { targetKind } from '@/components/review/keyboard';
import { predictVerdict } from '@/components/review/predict-verdict';
import { buttonClass, secondaryButtonClass } from '@/components/ui/field';
import type { ActionResult } from '@/lib/auth/guard';
import type { Certainty } from '@/lib/quiz/cbm';
import type { SelfRating } from '@/lib/quiz/grade-item';
import type { QuizAnswerInput } from '@/lib/quiz/schemas';
import type { QuizFeedback, QuizItemView } from '@/lib/quiz/views';
import { CertaintyPicker } from './certainty-picker';
import { QuizItem, type ItemInput } from './quiz-item';
import { FeedbackPanel } from './quiz-feedback';
import { quizKey } from './quiz-keys';
import { Countdown } from './countdown';

export interface RunnerActions {
  answerQuizItem: (input: QuizAnswerInput) => Promise<ActionResult<QuizFeedback>>;
  finishQuiz: (input: { attemptId: string }) => Promise<ActionResult<{ definitionId: string }>>;
  revealQuizItem: (input: { attemptId: string; itemIndex: number }) => Promise<ActionResult<{ backHtml: string }>>;
}

const fresh = (): ItemInput => ({ selected: new Set(), text: '', revealed: false });

/** Takes an attempt one item at a time; every answer is saved (and graded) on the server as it is given. */
export function QuizRunner({
  definitionId,
  attemptId,
  items,
  initialFeedback,
  certaintyOn,
  deadline,
  serverNow,
  actions,
}: {
  definitionId: string;
  attemptId: string;
  items: QuizItemView[];
  initialFeedback: QuizFeedback[];
  certaintyOn: boolean;
  deadline: string | null;
  serverNow: string;
  actions: RunnerActions;
}) {
  const t = useTranslations('quiz.take');
  const router = useRouter();
  const [feedback, setFeedback] = useState(() => new Map(initialFeedback.map((f) => [f.index, f])));
  const firstOpen = () => items.findIndex((i) => !feedback.has(i.index));
  const [pos, setPos] = useState(() => Math.max(0, firstOpen()));
  const [input, setInput] = useState<ItemInput>(fresh);
  const [certainty, setCertainty] = useState<Certainty | null>(null);
  const [predictOpen, setPredictOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const keys = useRef(new Map<number, string>());
  const item = items[pos];
  const done = feedback.size >= items.length;
  const current = item ? feedback.get(item.index) : undefined;
  const needsCertainty = certaintyOn && item?.form !== 'self';

  const submit = async (response: QuizAnswerInput['response']) => {
    if (!item || busy || current) return;
    if (needsCertainty && certainty === null) return setError(t('certaintyHint'));
    const key = keys.current.get(item.index) ?? crypto.randomUUID();
    keys.current.set(item.index, key);
    setBusy(true);
    setError(null);
    const out = await actions
      .answerQuizItem({ attemptId, itemIndex: item.index, idempotencyKey: key, certainty: needsCertainty ? certainty : null, response })
      .catch(() => null);
    setBusy(false);
    if (out?.ok) setFeedback((m) => new Map(m).set(item.index, out.data));
    else if (out?.error === 'conflict') router.refresh();
    else setError(t('saveFailed'));
  };

  const submitCurrent = () => {
    if (!item) return;
    if (item.form === 'mc') return submit({ form: 'mc', selected: [...input.selected].sort((a, b) => a - b) });
    if (item.form === 'typed' || item.form === 'cloze') return submit({ form: item.form, text: input.text });
    if (item.form === 'self' && !input.revealed) return reveal();
  };

  // The back is not in the page until asked for: nothing is revealed before the learner chooses to.
  const reveal = async () => {
    if (!item || busy || input.revealed) return;
    setBusy(true);
    const out = await actions.revealQuizItem({ attemptId, itemIndex: item.index }).catch(() => null);
    setBusy(false);
    if (out?.ok) setInput((s) => ({ ...s, revealed: true, backHtml: out.data.backHtml }));
    else setError(t('revealFailed'));
  };

  const next = () => {
    const after = items.findIndex((i, n) => n > pos && !feedback.has(i.index));
    const target = after >= 0 ? after : firstOpen();
    if (target < 0) return;
    setPos(target);
    setInput(fresh());
    setCertainty(null);
    setPredictOpen(false);
    setError(null);
  };

  const finish = async () => {
    setBusy(true);
    const out = await actions.finishQuiz({ attemptId }).catch(() => null);
    if (out?.ok) router.push(`/quiz/${definitionId}/results?attempt=${attemptId}`);
    else {
      setBusy(false);
      setError(t('saveFailed'));
    }
  };

  const chooseCertainty = (c: Certainty) => {
    setCertainty(c);
    if (item?.form === 'predict') setPredictOpen(true);
  };

  const toggle = (i: number) =>
    setInput((s) => {
      const selected = new Set(item?.multi ? s.selected : []);
      if (s.selected.has(i) && item?.multi) selected.delete(i);
      else selected.add(i);
      return { ...s, selected };
    });

  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (!item) return;
    const phase = current ? 'feedback' : item.form === 'self' && input.revealed ? 'revealed' : 'answering';
    const options = item.options?.length ?? 0;
    const cmd = quizKey(e, { phase, form: item.form, options, certaintyOn: needsCertainty, ...targetKind(e.target) });
    if (!cmd || busy) return;
    e.preventDefault();
    if (cmd.type === 'next') return done ? undefined : next();
    if (cmd.type === 'option') return toggle(cmd.index);
    if (cmd.type === 'certainty') return chooseCertainty(cmd.level);
    if (cmd.type === 'rate') return void submit({ form: 'self', rating: cmd.rating });
    // Enter in a field with no certainty yet: leave the field so Q/W/E can be pressed.
    if (needsCertainty && certainty === null) {
      (document.activeElement as HTMLElement | null)?.blur();
      return setError(t('certaintyHint'));
    }
    if (item.form !== 'predict') void submitCurrent();
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const answered = feedback.size;
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-4">
      <div className="grid gap-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
          <p aria-live="polite">{t('progress', { n: pos + 1, total: items.length })}</p>
          {deadline && <Countdown deadline={deadline} serverNow={serverNow} />}
        </div>
        <div
          role="progressbar"
          aria-label={t('progress', { n: pos + 1, total: items.length })}
          aria-valuemin={0}
          aria-valuemax={items.length}
          aria-valuenow={answered}
          className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
        >
          <div className="h-full bg-indigo-600 dark:bg-indigo-400" style={{ width: `${(100 * answered) / Math.max(1, items.length)}%` }} />
        </div>
      </div>
      {item && (
        <div className="min-h-48 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900">
          <QuizItem
            key={item.index}
            item={item}
            input={input}
            locked={Boolean(current) || busy}
            predictReady={item.form === 'predict' && (predictOpen || !certaintyOn)}
            onToggle={toggle}
            onText={(text) => setInput((s) => ({ ...s, text }))}
            onReveal={() => void reveal()}
            onRate={(rating: SelfRating) => void submit({ form: 'self', rating })}
            onPredict={(r: PredictResult) => void submit({ form: 'predict', run: predictVerdict(item.predict!.experiment, r).run })}
          />
          {current && <FeedbackPanel feedback={current} />}
        </div>
      )}
      {item && !current && needsCertainty && <CertaintyPicker value={certainty} onChange={chooseCertainty} disabled={busy} />}
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {item && !current && item.form !== 'predict' && item.form !== 'self' && (
          <button
            type="button"
            className={`${buttonClass} min-h-11 flex-1`}
            disabled={busy}
            onClick={() => void submitCurrent()}
            aria-keyshortcuts="Enter"
          >
            {t('submit')}
          </button>
        )}
        {current && !done && (
          <button type="button" className={`${buttonClass} min-h-11 flex-1`} onClick={next} aria-keyshortcuts="N">
            {t('next')}
          </button>
        )}
        <button
          type="button"
          className={`${done ? buttonClass : secondaryButtonClass} min-h-11`}
          disabled={busy}
          onClick={() => void finish()}
        >
          {t('finish')}
        </button>
      </div>
      {done && <p className="text-sm">{t('done')}</p>}
      <p className="hidden text-xs text-slate-600 sm:block dark:text-slate-400">{t('keysHelp')}</p>
    </div>
  );
}
