'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { toast } from 'sonner';
import { buttonClass, secondaryButtonClass } from '@/components/ui/field';
import type { ActionResult } from '@/lib/auth/guard';

type RestoreAction = (input: { deckId: string; version: number }) => Promise<ActionResult<{ version: number; from: number }>>;

/**
 * "Restore" beside an older version: a dialog confirms, then that version's source is saved
 * as a new version (nothing is lost: the newer versions stay in the list) and the editor
 * opens the result.
 */
export function RestoreVersion({
  deckId,
  version,
  latest,
  action,
}: {
  deckId: string;
  version: number;
  latest: number;
  action: RestoreAction;
}) {
  const t = useTranslations('deckEditor');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const confirm = () =>
    start(async () => {
      const out = await action({ deckId, version });
      if (!out.ok) {
        setError(out.error === 'conflict' ? t('restoreInvalid') : t('restoreFailed'));
        return;
      }
      setOpen(false);
      toast.success(t('restored', { from: out.data.from, version: out.data.version }));
      router.push(`/decks/${encodeURIComponent(deckId)}/edit`);
      router.refresh();
    });
  return (
    <Dialog.Root
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        setError(null);
      }}
    >
      <Dialog.Trigger asChild>
        <button type="button" aria-label={t('restoreVersion', { version })} className={`${secondaryButtonClass} px-2 py-1 text-sm`}>
          {t('restore')}
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-950/50" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 flex w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 text-slate-900 shadow-xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100">
          <Dialog.Title className="text-lg font-semibold">{t('restoreTitle', { version })}</Dialog.Title>
          <Dialog.Description className="text-sm text-slate-700 dark:text-slate-300">
            {t('restoreBody', { version, latest, next: latest + 1 })}
          </Dialog.Description>
          {error && (
            <p role="alert" className="text-sm text-red-700 dark:text-red-300">
              {error}
            </p>
          )}
          <div className="flex flex-wrap justify-end gap-2">
            <Dialog.Close asChild>
              <button type="button" className={`${secondaryButtonClass} text-sm`}>
                {t('cancel')}
              </button>
            </Dialog.Close>
            <button type="button" disabled={pending} onClick={confirm} className={`${buttonClass} text-sm`}>
              {pending ? t('restoring') : t('restoreConfirm', { version })}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
