import type { Metadata } from 'next';
import Link from 'next/link';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { JoinClassForm } from '@/components/classes/join-class-form';
import { limitConfig, requestClientAddress } from '@/lib/auth/credentials';
import { peerAddress } from '@/lib/auth/peer';
import { requirePageUser } from '@/lib/auth/session';
import { previewInvite } from '@/lib/db/class-members';
import { joinClassAction } from '../../classes/actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('classes'))('joinTitle') };
}

/**
 * A join link. Signed-out visitors are sent to sign in by the proxy and come back here.
 * Opening the link never joins: it shows the class and its teacher, and the Join button
 * posts. Looking a code up counts against the same per-client limit as joining.
 */
export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const t = await getTranslations('classes');
  const user = await requirePageUser();
  const { code } = await params;
  const address = requestClientAddress({ headers: await headers(), peer: peerAddress() }, limitConfig());
  const found = await previewInvite(user.id, decodeURIComponent(code), address);
  return (
    <section className="mx-auto flex w-full max-w-lg flex-col gap-4 rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
      <h1 className="text-2xl font-bold">{t('joinTitle')}</h1>
      {found.kind === 'found' ? (
        <>
          <dl className="flex flex-col gap-2">
            <div>
              <dt className="text-sm text-slate-600 dark:text-slate-400">{t('className')}</dt>
              <dd className="text-lg font-semibold break-words">{found.invite.name}</dd>
            </div>
            <div>
              <dt className="text-sm text-slate-600 dark:text-slate-400">{t('teacher')}</dt>
              <dd className="break-words">{found.invite.teacherName}</dd>
            </div>
          </dl>
          {found.member ? (
            <p role="status" className="text-green-800 dark:text-green-300">
              {t('alreadyMember')}{' '}
              <Link href={`/classes/${found.invite.classId}`} className="underline">
                {t('openClass')}
              </Link>
            </p>
          ) : (
            <JoinClassForm action={joinClassAction} code={found.code} />
          )}
        </>
      ) : (
        <p role="alert" className="text-red-700 dark:text-red-300">
          {found.kind === 'rate_limited' ? t('tooManyAttempts', { minutes: found.minutes }) : t('linkInvalid')}{' '}
          <Link href="/classes" className="underline">
            {t('enterCode')}
          </Link>
        </p>
      )}
    </section>
  );
}
