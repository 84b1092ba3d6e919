import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ImportForm } from '@/components/import/import-form';
import { requirePageUser } from '@/lib/auth/session';
import { MAX_DECK_CHARS } from '@/lib/content/deck-source';
import { getUnfinishedImportJob } from '@/lib/db/imports';
import { DEFAULT_LIMITS } from '@/lib/import/limits';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('import'))('title') };
}

export default async function ImportPage() {
  const user = await requirePageUser();
  // An import still running (a reload) or stopped half-way is picked up where it is.
  const resume = await getUnfinishedImportJob(user.id);
  const t = await getTranslations('import');
  return (
    <section className="flex max-w-2xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{t('intro')}</p>
      </div>
      <ImportForm maxMiB={Math.round(DEFAULT_LIMITS.maxUploadBytes / 1024 / 1024)} maxDeckChars={MAX_DECK_CHARS} resume={resume} />
    </section>
  );
}
