'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useActionState, useId, useState } from 'react';
import { toast } from 'sonner';
import { buttonClass, Field } from '@/components/ui/field';
import type { ActionResult } from '@/lib/auth/guard';
import { failureKey, fieldKeys } from './action-error';

export interface AssignmentFormValues {
  assignmentId?: string;
  kind: 'deck' | 'quiz';
  deckId?: string | null;
  quizId?: string | null;
  startDay: string;
  dueDay: string;
  /** Whole percent. */
  target: number;
}

type Option = { id: string; label: string };
type Saved = ActionResult<{ id: string }>;

const selectClass =
  'w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/30 aria-[invalid=true]:border-red-500 dark:border-slate-700 dark:bg-slate-900';

/** Assigns a deck or a quiz to a class, or edits an assignment; every field error shows by its field. */
export function AssignmentForm({
  classId,
  decks,
  quizzes,
  initial,
  action,
}: {
  classId: string;
  decks: Option[];
  quizzes: Option[];
  initial: AssignmentFormValues;
  action: (raw: unknown) => Promise<Saved>;
}) {
  const t = useTranslations('classes');
  const router = useRouter();
  const id = useId();
  const [kind, setKind] = useState(initial.kind);
  const [target, setTarget] = useState<string>(String(initial.target));
  const [touched, setTouched] = useState(Boolean(initial.assignmentId));
  const [state, formAction, pending] = useActionState<Saved | null, FormData>(async (_prev, form) => {
    const r = await action(form);
    if (r.ok) {
      toast.success(t(initial.assignmentId ? 'assignmentSaved' : 'assigned'));
      router.refresh();
    } else if (!r.fieldErrors) toast.error(t(failureKey(r), { minutes: 1 }));
    return r;
  }, null);
  const errors = (field: string) => (state && !state.ok ? fieldKeys(state.fieldErrors?.[field])?.map((k) => t(k)) : undefined);
  const pickKind = (k: 'deck' | 'quiz') => {
    setKind(k);
    if (!touched) setTarget(k === 'deck' ? '80' : '70');
  };
  const pick = (name: 'deckId' | 'quizId', options: Option[], value: string | null | undefined) => {
    const e = errors(name);
    return (
      <Field label={t(name === 'deckId' ? 'deck' : 'quiz')} name={name} errors={e}>
        <select
          id={`${id}-${name}`}
          name={name}
          defaultValue={value ?? options[0]?.id}
          aria-invalid={e?.length ? true : undefined}
          className={selectClass}
          aria-label={t(name === 'deckId' ? 'deck' : 'quiz')}
        >
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </Field>
    );
  };
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="classId" value={classId} />
      {initial.assignmentId && <input type="hidden" name="assignmentId" value={initial.assignmentId} />}
      <fieldset className="flex flex-wrap gap-4">
        <legend className="mb-1 text-sm font-medium">{t('assignWhat')}</legend>
        {(['deck', 'quiz'] as const).map((k) => (
          <label key={k} className="flex min-h-11 items-center gap-2">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => pickKind(k)} />
            {t(k === 'deck' ? 'kindDeck' : 'kindQuiz')}
          </label>
        ))}
      </fieldset>
      {kind === 'deck' ? pick('deckId', decks, initial.deckId) : pick('quizId', quizzes, initial.quizId)}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t('startDay')} name="startDay" type="date" defaultValue={initial.startDay} errors={errors('startDay')} />
        <Field label={t('dueDay')} name="dueDay" type="date" defaultValue={initial.dueDay} errors={errors('dueDay')} />
        <Field label={t(kind === 'deck' ? 'targetRecall' : 'targetScore')} name="target" errors={errors('target')}>
          <input
            id={`${id}-target`}
            name="target"
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            value={target}
            onChange={(e) => {
              setTouched(true);
              setTarget(e.target.value);
            }}
            aria-label={t(kind === 'deck' ? 'targetRecall' : 'targetScore')}
            aria-invalid={errors('target')?.length ? true : undefined}
            className={selectClass}
          />
        </Field>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t(kind === 'deck' ? 'targetDeckHint' : 'targetQuizHint')}</p>
      <div>
        <button type="submit" className={`${buttonClass} min-h-11`} disabled={pending}>
          {t(initial.assignmentId ? 'saveAssignment' : 'assign')}
        </button>
      </div>
    </form>
  );
}
