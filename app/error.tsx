'use client';

import { useTranslations } from 'next-intl';

/** Never a stack trace: a plain message and a way to try again. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('common');
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <p role="alert" className="text-lg">
        {t('error')}
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-500">
        {t('retry')}
      </button>
    </main>
  );
}
