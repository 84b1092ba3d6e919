'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useActionState } from 'react';
import { buttonClass, Field } from '@/components/ui/field';
import type { ActionResult } from '@/lib/auth/guard';
import { failureKey, fieldKeys } from './action-error';

type Joined = ActionResult<{ classId: string; name: string; already: boolean }>;

/**
 * Joins a class by its code. With `code` (the join link's page) the code is fixed and only
 * the Join button shows; the join itself is always this POST, never the page's GET.
 */
export function JoinClassForm({ action, code }: { action: (raw: unknown) => Promise<Joined>; code?: string }) {
  const t = useTranslations('classes');
  const router = useRouter();
  const [state, formAction, pending] = useActionState<Joined | null, FormData>(async (_prev, form) => {
    const r = await action(form);
    if (r.ok) router.push(`/classes/${encodeURIComponent(r.data.classId)}`);
    return r;
  }, null);
  const codeErrors = state && !state.ok ? fieldKeys(state.fieldErrors?.code)?.map((k) => t(k)) : undefined;
  const general = state && !state.ok && !state.fieldErrors ? t(failureKey(state), { minutes: state.retryInMinutes ?? 1 }) : null;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-end">
      {code ? (
        <input type="hidden" name="code" value={code} />
      ) : (
        <div className="flex-1">
          <Field label={t('codeLabel')} name="code" autoComplete="off" errors={codeErrors} />
        </div>
      )}
      <button type="submit" className={`${buttonClass} min-h-11`} disabled={pending}>
        {t('join')}
      </button>
      {code && codeErrors?.length ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {codeErrors.join(' ')}
        </p>
      ) : null}
      {general && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {general}
        </p>
      )}
    </form>
  );
}
