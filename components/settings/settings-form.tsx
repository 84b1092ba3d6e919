'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { buttonClass, Field } from '@/components/ui/field';
import type { ActionResult } from '@/lib/auth/guard';
import type { AppUser } from '@/lib/db/users';
import { SchedulingFields } from './scheduling-fields';

type Result = ActionResult | null;
const NAMED_ERRORS = ['textInvalid', 'stepsInvalid', 'easyBelowGraduating'] as const;
const selectClass = 'w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900';

export function SettingsForm({
  user,
  action,
  timeZones,
}: {
  user: AppUser;
  action: (raw: unknown) => Promise<ActionResult>;
  timeZones: string[];
}) {
  const t = useTranslations('settings');
  const tc = useTranslations('common');
  const [state, formAction, pending] = useActionState<Result, FormData>((_p, form) => action(form), null);
  // Messages the schema names get their own text; anything else is "not valid".
  const errs = (k: string) => {
    const found = state && !state.ok ? state.fieldErrors?.[k] : undefined;
    if (!found) return undefined;
    return [t(NAMED_ERRORS.find((m) => found.includes(m)) ?? 'fieldInvalid')];
  };
  return (
    <form action={formAction} noValidate className="grid max-w-xl grid-cols-[minmax(0,1fr)] gap-4">
      <Field label={t('timeZone')} name="timeZone" errors={errs('timeZone')}>
        <select id="tz" name="timeZone" aria-label={t('timeZone')} defaultValue={user.timeZone} className={selectClass}>
          {timeZones.map((tz) => (
            <option key={tz}>{tz}</option>
          ))}
        </select>
      </Field>
      <Field
        label={t('rolloverHour')}
        name="rolloverHour"
        type="number"
        min={0}
        max={23}
        defaultValue={user.rolloverHour}
        errors={errs('rolloverHour')}
      />
      <Field label={t('newPerDay')} name="newPerDay" type="number" min={0} defaultValue={user.newPerDay} errors={errs('newPerDay')} />
      <Field
        label={t('reviewsPerDay')}
        name="reviewsPerDay"
        type="number"
        min={0}
        defaultValue={user.reviewsPerDay}
        errors={errs('reviewsPerDay')}
      />
      <Field label={t('gradeScale')} name="gradeScale">
        <select name="gradeScale" aria-label={t('gradeScale')} defaultValue={user.gradeScale} className={selectClass}>
          <option value="four">{t('gradeScaleFour')}</option>
          <option value="six">{t('gradeScaleSix')}</option>
        </select>
      </Field>
      <div className="flex items-center gap-2">
        <input
          id="fuzz"
          name="fuzz"
          type="checkbox"
          defaultChecked={user.fuzz}
          className="size-5 rounded border-slate-300 accent-indigo-600 dark:border-slate-700"
        />
        <label htmlFor="fuzz" className="text-sm font-medium">
          {t('fuzz')}
        </label>
      </div>
      <Field label={t('leechAction')} name="leechAction">
        <select name="leechAction" aria-label={t('leechAction')} defaultValue={user.leechAction} className={selectClass}>
          <option value="tag">{t('leechTag')}</option>
          <option value="suspend">{t('leechSuspend')}</option>
        </select>
      </Field>
      <SchedulingFields user={user} errs={errs} />
      <Field label={t('language')} name="locale">
        <select name="locale" aria-label={t('language')} defaultValue={user.locale ?? 'auto'} className={selectClass}>
          <option value="auto">{t('languageAuto')}</option>
          <option value="zh-CN">中文</option>
          <option value="en">English</option>
        </select>
      </Field>
      <div className="flex items-center gap-3">
        <button type="submit" className={buttonClass} disabled={pending}>
          {tc('save')}
        </button>
        {state?.ok && (
          <p role="status" className="text-sm text-green-700 dark:text-green-400">
            {tc('saved')}
          </p>
        )}
      </div>
    </form>
  );
}
