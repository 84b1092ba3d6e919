import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LearnerClassView } from '@/components/classes/learner-class-view';
import { TeacherClassView } from '@/components/classes/teacher-class-view';
import { requirePageUser } from '@/lib/auth/session';
import { isMember, teacherClass, visibleClassName } from '@/lib/db/class-access';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requirePageUser();
  const name = await visibleClassName(user.id, (await params).id);
  return { title: name ?? (await getTranslations('classes'))('title') };
}

/**
 * A class: its teacher manages it here; a current member sees their work for it and can
 * leave. Anyone else (another teacher, a learner of another class) gets a 404.
 */
export default async function ClassPage({ params }: Props) {
  const user = await requirePageUser();
  const { id } = await params;
  const t = await getTranslations('classes');
  const own = await teacherClass(user.id, id);
  const member = own ? false : await isMember(user.id, id);
  if (!own && !member) notFound();
  return (
    <div className="flex flex-col gap-6">
      <Link href="/classes" className="text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300">
        ← {t('allClasses')}
      </Link>
      {own ? <TeacherClassView cls={own} teacherId={user.id} /> : <LearnerClassView classId={id} userId={user.id} />}
    </div>
  );
}
