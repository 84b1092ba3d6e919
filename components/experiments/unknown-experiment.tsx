'use client';

import { useTranslations } from 'next-intl';

/** Shown in place of an experiment whose id is not in the registry. */
export function UnknownExperiment({ id }: { id: string }) {
  const t = useTranslations('experiments');
  return (
    <p role="alert" className="text-red-600 dark:text-red-400">
      {t('unknown', { id })}
    </p>
  );
}
