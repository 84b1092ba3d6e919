import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { NoteView } from '@/components/decks/note-view';
import { getNote } from '@/lib/db/decks';
import { requirePageUser } from '@/lib/auth/session';

type Props = { params: Promise<{ topic: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requirePageUser(); // the title is content too
  const note = await getNote((await params).topic, user.id);
  return { title: note?.title ?? (await getTranslations('notes'))('notFoundTitle') };
}

export default async function NotePage({ params }: Props) {
  const user = await requirePageUser();
  const { topic } = await params;
  const [note, td] = await Promise.all([getNote(topic, user.id), getTranslations('decks')]);
  if (!note) notFound();
  return (
    <article className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <Link href="/decks" className="text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
          ← {td('allDecks')}
        </Link>
        <h1 className="text-2xl font-bold">{note.title}</h1>
        <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
          <span>{td('cardCount', { count: note.cards.length })}</span>
          {note.tags.length > 0 && <span>{note.tags.map((tag) => `#${tag}`).join(' ')}</span>}
        </p>
      </header>
      <NoteView note={note} />
    </article>
  );
}
