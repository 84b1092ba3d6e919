'use client';

import { useTranslations } from 'next-intl';
import { secondaryButtonClass } from '@/components/ui/field';

export function PrintButton() {
  const t = useTranslations('quiz.results');
  return (
    <button type="button" onClick={() => window.print()} className={`${secondaryButtonClass} min-h-11 print:hidden`}>
      {t('print')}
    </button>
  );
}
