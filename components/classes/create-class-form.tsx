'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useActionState } from 'react';
import { buttonClass, Field } from '@/components/ui/field';
import type { ActionResult } from '@/lib/auth/guard';
import { fieldKeys } from './action-error';

type Result = ActionResult<{ id: string; name: string }> | null;

export function CreateClassForm({ action }: { action: (raw: unknown) => Promise<ActionResult<{ id: string; name: string }>> }) {
  const t = useTranslations('classes');
  const router = useRouter();
  const [state, formAction, pending] = useActionState<Result, FormData>(async (_prev, form) => {
    const r = await action(form);
    if (r.ok) router.push(`/classes/${encodeURIComponent(r.data.id)}`);
    return r;
  }, null);
  const nameErrors = state && !state.ok ? fieldKeys(state.fieldErrors?.name)?.map((k) => t(k)) : undefined;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <div className="flex-1">
        <Field label={t('name')} name="name" errors={nameErrors} />
      </div>
      <button type="submit" className={`${buttonClass} min-h-11`} disabled={pending}>
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
