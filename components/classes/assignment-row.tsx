import { getLocale, getTranslations } from 'next-intl/server';
import type { ActionResult } from '@/lib/auth/guard';
import type { AssignmentView } from '@/lib/db/assignments';
import { AssignmentForm } from './assignment-form';
import { ConfirmAction } from './confirm-action';

type Option = { id: string; label: string };

/** One assignment on the class page: what, when, the target; edit and archive. */
export async function AssignmentRow({
  a,
  classId,
  decks,
  quizzes,
  save,
  archive,
}: {
  a: AssignmentView;
  classId: string;
  decks: Option[];
  quizzes: Option[];
  save: (raw: unknown) => Promise<ActionResult<{ id: string }>>;
  archive: (raw: unknown) => Promise<ActionResult<{ archived: boolean }>>;
}) {
  const t = await getTranslations('classes');
  const locale = await getLocale();
  const fmt = new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
  const day = (k: string) => fmt.format(new Date(`${k}T12:00:00Z`));
  const title = locale === 'en' ? a.title.en : a.title.zh;
  const target = Math.round(100 * (a.kind === 'deck' ? a.targetRecall : a.targetScore));
  return (
    <li className={`flex flex-col gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800 ${a.archived ? 'opacity-80' : ''}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="font-medium break-words">
            {title}
            {a.archived && <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">({t('archived')})</span>}
          </p>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {t(a.kind === 'deck' ? 'kindDeck' : 'kindQuiz')} · {t('span', { start: day(a.startDay), due: day(a.dueDay) })} ·{' '}
            {t(a.kind === 'deck' ? 'targetRecallIs' : 'targetScoreIs', { target })}
          </p>
        </div>
        <ConfirmAction
          label={t(a.archived ? 'unarchive' : 'archive')}
          question={t(a.archived ? 'unarchiveAssignmentQuestion' : 'archiveAssignmentQuestion')}
          confirmLabel={t(a.archived ? 'unarchiveConfirm' : 'archiveConfirm')}
          done={t(a.archived ? 'unarchivedDone' : 'archivedDone')}
          action={archive}
          input={{ assignmentId: a.id, archived: a.archived ? 'false' : 'true' }}
        />
      </div>
      {!a.archived && (
        <details>
          <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium text-indigo-700 dark:text-indigo-300">{t('edit')}</summary>
          <AssignmentForm
            classId={classId}
            decks={decks}
            quizzes={quizzes}
            initial={{
              assignmentId: a.id,
              kind: a.kind,
              deckId: a.deckId,
              quizId: a.quizId,
              startDay: a.startDay,
              dueDay: a.dueDay,
              target,
            }}
            action={save}
          />
        </details>
      )}
    </li>
  );
}
