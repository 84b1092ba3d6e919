import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/field';
import type { AssignmentStatus } from '@/lib/classes/progress';
import type { LearnerAssignment } from '@/lib/db/assignments';
import type { ActionResult } from '@/lib/auth/guard';
import { DeckPaceForm } from './deck-pace-form';

const statusClass: Record<AssignmentStatus, string> = {
  done: 'bg-green-100 text-green-900 dark:bg-green-500/15 dark:text-green-200',
  'on-track': 'bg-sky-100 text-sky-900 dark:bg-sky-500/15 dark:text-sky-200',
  behind: 'bg-amber-100 text-amber-900 dark:bg-amber-500/15 dark:text-amber-200',
  overdue: 'bg-red-100 text-red-900 dark:bg-red-500/15 dark:text-red-200',
};

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

export async function StatusBadge({ status }: { status: AssignmentStatus }) {
  const t = await getTranslations('today.assignments');
  return <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${statusClass[status]}`}>{t(`status.${status}`)}</span>;
}

/**
 * One assignment as its learner sees it: what, for which class, progress, days left, the
 * pace that finishes it, and a link to do it.
 */
export async function AssignmentCard({
  item,
  setDeckLimit,
  showPace = true,
}: {
  item: LearnerAssignment;
  setDeckLimit: (raw: unknown) => Promise<ActionResult<{ newPerDay: number }>>;
  showPace?: boolean;
}) {
  const t = await getTranslations('today.assignments');
  const locale = await getLocale();
  const { assignment: a, progress: p } = item;
  const title = locale === 'en' ? a.title.en : a.title.zh;
  const day = (key: string) => new Date(`${key}T12:00:00Z`);
  const dueDate = new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    day(a.dueDay),
  );
  const within = p.daysLeft >= 0 && p.daysLeft < 7;
  // "by Friday" within the week, "by Fri, Mar 20" further out.
  const by = within
    ? new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(day(a.dueDay))
    : new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(day(a.dueDay));
  const when =
    p.status === 'done'
      ? t('doneLine')
      : p.daysLeft < 0
        ? t('overdueBy', { count: -p.daysLeft })
        : p.daysLeft === 0
          ? t('dueToday')
          : t('daysLeft', { count: p.daysLeft });
  const share = p.kind === 'deck' ? (p.total ? p.seen / p.total : 0) : (p.best ?? 0);
  const headingId = `assignment-${a.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={headingId} className="font-semibold break-words">
            {title}
          </h3>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {t(a.kind === 'deck' ? 'kindDeck' : 'kindQuiz')} · {item.className}
          </p>
        </div>
        <StatusBadge status={p.status} />
      </div>
      <div
        role="progressbar"
        aria-label={t('progressLabel', { title })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(share * 100)}
        className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div className="h-full rounded-full bg-indigo-600 dark:bg-indigo-400" style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
      <p className="text-sm">
        {p.kind === 'deck'
          ? t('deckProgress', { seen: p.seen, total: p.total, recall: pct(p.recall), target: pct(a.targetRecall) })
          : t('quizProgress', { best: pct(p.best), latest: pct(p.latest), target: pct(a.targetScore) })}
      </p>
      <p
        className={`text-sm ${p.status === 'overdue' ? 'font-semibold text-red-700 dark:text-red-300' : 'text-slate-700 dark:text-slate-300'}`}
      >
        {t('due', { date: dueDate })} · {when}
        {item.notStarted &&
          ` · ${t('startsOn', { date: new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(day(a.startDay)) })}`}
      </p>
      {showPace && p.kind === 'deck' && p.suggestedPerDay !== null && p.suggestedPerDay > 0 && (
        <div className="flex flex-col gap-2 rounded-lg bg-indigo-50 p-3 dark:bg-indigo-500/10">
          <p className="text-sm font-medium text-indigo-950 dark:text-indigo-100">{t('pace', { count: p.suggestedPerDay, by })}</p>
          <DeckPaceForm deckId={a.deckId!} suggested={p.suggestedPerDay} current={item.deckLimit} action={setDeckLimit} />
        </div>
      )}
      {p.status !== 'done' || p.kind === 'quiz' ? (
        <div>
          <Link href={item.href} className={`${buttonClass} min-h-11 text-sm`}>
            {t(a.kind === 'deck' ? 'reviewDeck' : 'takeQuiz')}
            <span className="sr-only"> {title}</span>
          </Link>
        </div>
      ) : null}
    </article>
  );
}
