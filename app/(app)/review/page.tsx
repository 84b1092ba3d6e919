import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ReviewSessionPage } from './session-page';
import { requirePageUser } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('review') };
}

export default async function ReviewPage() {
  await requirePageUser();
  return <ReviewSessionPage />;
}
