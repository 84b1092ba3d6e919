'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { buttonClass, Field } from '@/components/ui/field';
import type { ActionResult } from '@/lib/auth/guard';

type Result = ActionResult<{ name: string }> | null;

export function CreateClassForm({ action }: { action: (raw: unknown) => Promise<ActionResult<{ name: string }>> }) {
  const t = useTranslations('classes');
  const [state, formAction, pending] = useActionState<Result, FormData>((_prev, form) => action(form), null);
  const nameErrors =
    state && !state.ok ? state.fieldErrors?.name?.map((key) => t(key === 'textInvalid' ? 'textInvalid' : 'nameRequired')) : undefined;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <div className="flex-1">
        <Field label={t('name')} name="name" errors={nameErrors} />
      </div>
      <button type="submit" className={buttonClass} disabled={pending}>
        {t('create')}
      </button>
      {state && !state.ok && state.error === 'forbidden' && (
        <p role="alert" className="text-sm text-red-600">
          {t('forbidden')}
        </p>
      )}
    </form>
  );
}
