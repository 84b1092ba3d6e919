'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, useSyncExternalStore } from 'react';

const noop = () => () => {};
import { secondaryButtonClass } from '@/components/ui/field';

/** The definition's stable link, with a copy button. */
export function ShareLink({ path }: { path: string }) {
  const t = useTranslations('quiz.definition');
  const id = useId();
  // The origin exists only in the browser; the server renders the path alone.
  const origin = useSyncExternalStore(
    noop,
    () => window.location.origin,
    () => '',
  );
  const url = `${origin}${path}`;
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex flex-col gap-1 print:hidden">
      <label htmlFor={id} className="text-sm font-medium">
        {t('share')}
      </label>
      <div className="flex min-w-0 flex-wrap gap-2">
        <input
          id={id}
          readOnly
          value={url}
          onFocus={(e) => e.target.select()}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
        />
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={() =>
            void navigator.clipboard?.writeText(url).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t('copy')}
        </button>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {copied ? t('copied') : t('shareHint')}
      </p>
    </div>
  );
}
