'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { buttonClass } from '@/components/ui/field';
import type { ActionResult } from '@/lib/auth/guard';

type StartQuiz = (input: { definitionId: string }) => Promise<ActionResult<{ attemptId: string; resumed: boolean }>>;

/** Starts (or resumes) the caller's attempt, then opens it. */
export function StartButton({ definitionId, resume, startQuiz }: { definitionId: string; resume: boolean; startQuiz: StartQuiz }) {
  const t = useTranslations('quiz.definition');
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    setBusy(true);
    const out = await startQuiz({ definitionId }).catch(() => null);
    if (out?.ok) {
      router.push(`/quiz/${encodeURIComponent(definitionId)}/take`);
      return router.refresh();
    }
    setBusy(false);
    setError(out?.ok === false && out.message === 'empty' ? t('empty') : t('notOpen'));
  };
  return (
    <div className="flex flex-col gap-2">
      <button type="button" disabled={busy} onClick={() => void start()} className={`${buttonClass} min-h-11 self-start print:hidden`}>
        {busy ? t('starting') : resume ? t('resume') : t('start')}
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
