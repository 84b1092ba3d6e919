import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ExperimentPlayground } from '@/components/experiments/experiment-playground';
import { getExperimentSpec } from '@/lib/experiments/registry';
import { requirePageUser } from '@/lib/auth/session';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const spec = getExperimentSpec((await params).id);
  const zh = (await getLocale()) !== 'en';
  return { title: spec ? (zh ? spec.title.zh : spec.title.en) : (await getTranslations('lab'))('title') };
}

export default async function ExperimentPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser();
  const spec = getExperimentSpec((await params).id);
  if (!spec) notFound();
  const t = await getTranslations('lab');
  const zh = (await getLocale()) !== 'en';
  return (
    <section className="flex flex-col gap-6">
      <nav aria-label={t('breadcrumb')} className="text-sm">
        <Link href="/lab" className="text-indigo-700 hover:underline dark:text-indigo-300">
          ← {t('title')}
        </Link>
      </nav>
      <h1 className="sr-only">{zh ? spec.title.zh : spec.title.en}</h1>
      <ExperimentPlayground experimentId={spec.id} />
      <p className="text-sm">
        <Link href={`/notes/${spec.noteTopic}`} className="text-indigo-700 underline dark:text-indigo-300">
          {t('fromNote')}
        </Link>
      </p>
    </section>
  );
}
