import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { PrewarmExperiments } from '@/components/experiments/prewarm';
import { experimentSpecs } from '@/lib/experiments/registry';
import { requirePageUser } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('lab'))('title') };
}

/** Every experiment, free to run outside any quiz. Metadata only; the worker (with tfjs) warms up once the page is idle. */
export default async function LabPage() {
  await requirePageUser();
  const t = await getTranslations('lab');
  const zh = (await getLocale()) !== 'en';
  return (
    <section className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{t('intro')}</p>
      </div>
      <PrewarmExperiments />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {experimentSpecs.map((spec) => (
          <li
            key={spec.id}
            className="flex flex-col rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
          >
            <h2 className="font-semibold">
              <Link href={`/lab/${spec.id}`} className="text-indigo-700 hover:underline dark:text-indigo-300">
                {zh ? spec.title.zh : spec.title.en}
              </Link>
            </h2>
            {/* Not the claim: the run shows what happens, so the index must not tell it first. */}
            <p className="mt-3 flex-1 text-xs text-slate-600 dark:text-slate-300">
              <Link href={`/notes/${spec.noteTopic}`} className="underline">
                {t('fromNote')}
              </Link>
              {' · '}
              {t('params', { count: spec.params.length })}
              {' · '}
              {t('outcomes', { count: spec.outcomes.length })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
