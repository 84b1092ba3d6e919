'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useActionState } from 'react';
import { toast } from 'sonner';
import { Field, secondaryButtonClass } from '@/components/ui/field';
import type { ActionResult } from '@/lib/auth/guard';
import { failureKey, fieldKeys } from './action-error';

type Result = ActionResult<{ name: string }>;

export function RenameClassForm({ classId, name, action }: { classId: string; name: string; action: (raw: unknown) => Promise<Result> }) {
  const t = useTranslations('classes');
  const router = useRouter();
  const [state, formAction, pending] = useActionState<Result | null, FormData>(async (_prev, form) => {
    const r = await action(form);
    if (r.ok) {
      toast.success(t('renamed'));
      router.refresh();
    } else if (!r.fieldErrors) toast.error(t(failureKey(r), { minutes: 1 }));
    return r;
  }, null);
  const errors = state && !state.ok ? fieldKeys(state.fieldErrors?.name)?.map((k) => t(k)) : undefined;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <input type="hidden" name="classId" value={classId} />
      <div className="flex-1">
        <Field label={t('name')} name="name" defaultValue={name} errors={errors} />
      </div>
      <button type="submit" className={`${secondaryButtonClass} min-h-11`} disabled={pending}>
        {t('rename')}
      </button>
    </form>
  );
}
