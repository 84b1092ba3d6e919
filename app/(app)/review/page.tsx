import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ReviewSessionPage } from './session-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('review') };
}

export default function ReviewPage() {
  return <ReviewSessionPage />;
}
