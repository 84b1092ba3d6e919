'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { buttonClass, secondaryButtonClass } from '@/components/ui/field';
import type { ActionResult } from '@/lib/auth/guard';

type ReviewMissed = (input: { attemptId: string }) => Promise<ActionResult<{ added: number; already: number }>>;

/** "Review what I missed": the missed cards become due today; a second click adds nothing. */
export function ReviewMissedButton({ attemptId, reviewMissed }: { attemptId: string; reviewMissed: ReviewMissed }) {
  const t = useTranslations('quiz.results');
  const [state, setState] = useState<'idle' | 'busy' | 'failed' | { added: number }>('idle');
  const click = async () => {
    setState('busy');
    const out = await reviewMissed({ attemptId }).catch(() => null);
    setState(out?.ok ? { added: out.data.added } : 'failed');
  };
  return (
    <div className="flex flex-col gap-2 print:hidden">
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={state === 'busy'} onClick={() => void click()} className={`${buttonClass} min-h-11`}>
          {state === 'busy' ? t('reviewing') : t('reviewMissed')}
        </button>
        {typeof state === 'object' && (
          <Link href="/" className={`${secondaryButtonClass} min-h-11`}>
            {t('reviewOpen')}
          </Link>
        )}
      </div>
      <p role="status" className="text-sm">
        {typeof state === 'object' ? t('reviewDone', { count: state.added }) : state === 'failed' ? t('reviewFailed') : ''}
      </p>
    </div>
  );
}
