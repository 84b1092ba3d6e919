'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { buttonClass } from '@/components/ui/field';
import type { ActionResult } from '@/lib/auth/guard';
import { ITEM_FORMS, type ItemForm } from '@/lib/quiz/definition';

export interface BuilderSources {
  decks: { id: string; title: string }[];
  topics: { path: string[]; title: string }[];
  tags: string[];
}

type CreateQuiz = (input: unknown) => Promise<ActionResult<{ id: string }>>;

const ERROR_CODES = ['titleRequired', 'titleTooLong', 'countRange', 'formsRequired', 'timeRange', 'sourceRequired'] as const;
const box = 'size-4 shrink-0 accent-indigo-600';
const input =
  'rounded-md border border-slate-300 bg-white px-3 py-2 text-base outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/30 aria-[invalid=true]:border-red-500 dark:border-slate-700 dark:bg-slate-900';

function Check({
  label,
  checked,
  onChange,
  indent,
}: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  indent?: boolean;
}) {
  return (
    <label className={`flex min-h-9 items-center gap-2 text-sm [overflow-wrap:anywhere] ${indent ? 'ps-6' : ''}`}>
      <input type="checkbox" className={box} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span className="min-w-0">{label}</span>
    </label>
  );
}

function toggled<T>(list: readonly T[], value: T, on: boolean, same: (a: T, b: T) => boolean = Object.is): T[] {
  const rest = list.filter((v) => !same(v, value));
  return on ? [...rest, value] : rest;
}

/** The quiz builder: sources, count, item types, time limit, certainty. Field errors come from the server's zod check. */
export function QuizBuilder({ sources, createQuiz }: { sources: BuilderSources; createQuiz: CreateQuiz }) {
  const t = useTranslations('quiz');
  const router = useRouter();
  const id = useId();
  const [title, setTitle] = useState('');
  const [decks, setDecks] = useState<string[]>([]);
  const [topics, setTopics] = useState<string[][]>([]);
  const [tags, setTags] = useState<string[]>([]);
  const [count, setCount] = useState('10');
  const [forms, setForms] = useState<ItemForm[]>([...ITEM_FORMS]);
  const [timeLimit, setTimeLimit] = useState('');
  const [certainty, setCertainty] = useState(true);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);

  const message = (codes?: string[]) =>
    codes
      ?.map((c) =>
        (ERROR_CODES as readonly string[]).includes(c)
          ? t(`builder.errors.${c as (typeof ERROR_CODES)[number]}`)
          : t('builder.errors.failed'),
      )
      .join(' ');
  const samePath = (a: string[], b: string[]) => a.join('\u0000') === b.join('\u0000');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const out = await createQuiz({
      title,
      decks,
      topics,
      tags,
      count: Number(count),
      forms,
      timeLimit: timeLimit.trim() === '' ? null : Number(timeLimit),
      certainty,
    }).catch(() => null);
    if (out?.ok) return router.push(`/quiz/${encodeURIComponent(out.data.id)}`);
    setBusy(false);
    setErrors(out?.ok === false && out.fieldErrors ? out.fieldErrors : { _: ['failed'] });
  };

  const err = (field: string) =>
    errors[field]?.length ? (
      <p id={`${id}-${field}`} role="alert" className="text-sm text-red-700 dark:text-red-300">
        {message(errors[field])}
      </p>
    ) : null;
  const described = (field: string) => (errors[field]?.length ? { 'aria-invalid': true, 'aria-describedby': `${id}-${field}` } : {});

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="flex flex-col gap-5">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-title`} className="text-sm font-medium">
          {t('builder.name')}
        </label>
        <input
          id={`${id}-title`}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={120}
          className={input}
          {...described('title')}
        />
        {err('title')}
      </div>
      <fieldset className="flex flex-col gap-2" {...described('source')}>
        <legend className="text-sm font-medium">{t('builder.sources')}</legend>
        <details open className="rounded-md border border-slate-200 p-2 dark:border-slate-800">
          <summary className="cursor-pointer text-sm font-medium">{t('builder.decks')}</summary>
          <div className="grid gap-x-4 sm:grid-cols-2">
            {sources.decks.map((d) => (
              <Check key={d.id} label={d.title} checked={decks.includes(d.id)} onChange={(on) => setDecks((l) => toggled(l, d.id, on))} />
            ))}
          </div>
        </details>
        <details className="rounded-md border border-slate-200 p-2 dark:border-slate-800">
          <summary className="cursor-pointer text-sm font-medium">{t('builder.topics')}</summary>
          <div className="grid gap-x-4">
            {sources.topics.map((tp) => (
              <Check
                key={tp.path.join('/')}
                label={tp.title}
                indent={tp.path.length > 1}
                checked={topics.some((p) => samePath(p, tp.path))}
                onChange={(on) => setTopics((l) => toggled(l, tp.path, on, samePath))}
              />
            ))}
          </div>
        </details>
        {sources.tags.length > 0 && (
          <details className="rounded-md border border-slate-200 p-2 dark:border-slate-800">
            <summary className="cursor-pointer text-sm font-medium">{t('builder.tags')}</summary>
            <div className="flex flex-wrap gap-x-4">
              {sources.tags.map((tag) => (
                <Check key={tag} label={`#${tag}`} checked={tags.includes(tag)} onChange={(on) => setTags((l) => toggled(l, tag, on))} />
              ))}
            </div>
          </details>
        )}
        {err('source')}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-count`} className="text-sm font-medium">
            {t('builder.count')}
          </label>
          <input
            id={`${id}-count`}
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            value={count}
            onChange={(e) => setCount(e.target.value)}
            className={input}
            {...described('count')}
          />
          {err('count')}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-time`} className="text-sm font-medium">
            {t('builder.timeLimit')}
          </label>
          <input
            id={`${id}-time`}
            type="number"
            inputMode="numeric"
            min={1}
            max={180}
            value={timeLimit}
            onChange={(e) => setTimeLimit(e.target.value)}
            className={input}
            {...described('timeLimit')}
          />
          {err('timeLimit')}
        </div>
      </div>
      <fieldset className="flex flex-col" {...described('forms')}>
        <legend className="mb-1 text-sm font-medium">{t('builder.forms')}</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          {ITEM_FORMS.map((f) => (
            <Check key={f} label={t(`form.${f}`)} checked={forms.includes(f)} onChange={(on) => setForms((l) => toggled(l, f, on))} />
          ))}
        </div>
        {err('forms')}
      </fieldset>
      <Check label={t('builder.certainty')} checked={certainty} onChange={setCertainty} />
      {err('_')}
      <button type="submit" disabled={busy} className={`${buttonClass} min-h-11 self-start`}>
        {busy ? t('builder.saving') : t('builder.save')}
      </button>
    </form>
  );
}
