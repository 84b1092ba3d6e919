'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { Field } from '@/components/ui/field';
import { MAX_GRADUATING_INTERVAL } from '@/lib/srs/learning';
import type { AppUser } from '@/lib/db/users';

const selectClass = 'w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900';
const boxClass = 'size-5 shrink-0 rounded border-slate-300 accent-indigo-600 dark:border-slate-700';
const help = 'text-sm text-slate-600 dark:text-slate-400';

function Check({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  const id = useId();
  return (
    <div className="flex items-start gap-2">
      <input id={id} name={name} type="checkbox" defaultChecked={checked} className={`mt-0.5 ${boxClass}`} />
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
    </div>
  );
}

/**
 * The settings form's scheduling part: keeping siblings apart (Anki's "bury siblings") and
 * the choice between SM-2 as published and Anki-style learning steps with their values.
 */
export function SchedulingFields({ user, errs }: { user: AppUser; errs: (name: string) => string[] | undefined }) {
  const t = useTranslations('settings');
  return (
    <>
      <fieldset className="grid min-w-0 gap-3">
        <legend className="mb-1 font-semibold">{t('siblingsTitle')}</legend>
        <p className={help}>{t('siblingsHelp')}</p>
        <Check name="buryNewSiblings" label={t('buryNewSiblings')} checked={user.buryNewSiblings} />
        <Check name="buryReviewSiblings" label={t('buryReviewSiblings')} checked={user.buryReviewSiblings} />
      </fieldset>
      <fieldset className="grid min-w-0 gap-4">
        <legend className="mb-1 font-semibold">{t('schedulerTitle')}</legend>
        <Field label={t('scheduler')} name="scheduler" errors={errs('scheduler')}>
          <select name="scheduler" aria-label={t('scheduler')} defaultValue={user.scheduler} className={selectClass}>
            <option value="sm2">{t('schedulerSm2')}</option>
            <option value="steps">{t('schedulerSteps')}</option>
          </select>
        </Field>
        <p className={help}>{t('stepsHelp')}</p>
        <div className="grid grid-cols-[minmax(0,1fr)] gap-4 sm:grid-cols-2">
          <Field label={t('newSteps')} name="newSteps" defaultValue={user.newSteps} errors={errs('newSteps')} />
          <Field label={t('relearnSteps')} name="relearnSteps" defaultValue={user.relearnSteps} errors={errs('relearnSteps')} />
          <Field
            label={t('graduatingInterval')}
            name="graduatingInterval"
            type="number"
            min={1}
            max={MAX_GRADUATING_INTERVAL}
            defaultValue={user.graduatingInterval}
            errors={errs('graduatingInterval')}
          />
          <Field
            label={t('easyInterval')}
            name="easyInterval"
            type="number"
            min={1}
            max={365}
            defaultValue={user.easyInterval}
            errors={errs('easyInterval')}
          />
        </div>
      </fieldset>
    </>
  );
}
