import { getTranslations } from 'next-intl/server';
import type { ActionResult } from '@/lib/auth/guard';
import { ConfirmAction } from './confirm-action';
import { CopyButton } from './copy-button';

/** The class's join code and link, to share, and the button that replaces them. */
export async function JoinCodePanel({
  classId,
  joinCode,
  archived,
  regenerate,
}: {
  classId: string;
  joinCode: string;
  archived: boolean;
  regenerate: (raw: unknown) => Promise<ActionResult<{ joinCode: string }>>;
}) {
  const t = await getTranslations('classes');
  const link = `/join/${joinCode}`;
  return (
    <div className="flex flex-col gap-3">
      <dl className="grid gap-3 sm:grid-cols-2">
        <div className="min-w-0">
          <dt className="text-sm text-slate-600 dark:text-slate-400">{t('joinCode')}</dt>
          <dd className="mt-1 flex flex-wrap items-center gap-2">
            <code data-testid="join-code" className="rounded bg-slate-100 px-2 py-1 font-mono text-2xl tracking-widest dark:bg-slate-800">
              {joinCode}
            </code>
            <CopyButton text={joinCode} label={t('copyCode')} />
          </dd>
        </div>
        <div className="min-w-0">
          <dt className="text-sm text-slate-600 dark:text-slate-400">{t('joinLink')}</dt>
          <dd className="mt-1 flex flex-wrap items-center gap-2">
            <code className="min-w-0 rounded bg-slate-100 px-2 py-1 font-mono text-sm break-all dark:bg-slate-800">{link}</code>
            <CopyButton text={link} label={t('copyLink')} />
          </dd>
        </div>
      </dl>
      {archived ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('archivedNoJoin')}</p>
      ) : (
        <div>
          <ConfirmAction
            label={t('regenerate')}
            question={t('regenerateQuestion')}
            confirmLabel={t('regenerateConfirm')}
            done={t('regenerated')}
            action={regenerate}
            input={{ classId }}
          />
        </div>
      )}
    </div>
  );
}
