import { getLocale, getTranslations } from 'next-intl/server';
import {
  regenerateCodeAction,
  removeMemberAction,
  renameClassAction,
  saveAssignmentAction,
  setAssignmentArchivedAction,
  setClassArchivedAction,
} from '@/app/(app)/classes/actions';
import { assignableDecks, assignableQuizzes } from '@/lib/db/assignment-edits';
import { listClassAssignments } from '@/lib/db/assignments';
import type { TeacherClass } from '@/lib/db/class-access';
import { classMembers } from '@/lib/db/classes';
import { addDays, dayKey } from '@/lib/srs/day';
import { AssignmentForm } from './assignment-form';
import { AssignmentRow } from './assignment-row';
import { ConfirmAction } from './confirm-action';
import { JoinCodePanel } from './join-code-panel';
import { RenameClassForm } from './rename-class-form';

const panel = 'flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900';

/** The teacher's management page of one class: share, members, assignments, settings. */
export async function TeacherClassView({ cls, teacherId }: { cls: TeacherClass; teacherId: string }) {
  const t = await getTranslations('classes');
  const locale = await getLocale();
  const [members, assignments, decks, quizzes] = await Promise.all([
    classMembers(cls.id),
    listClassAssignments(cls.id, true),
    assignableDecks(teacherId),
    assignableQuizzes(teacherId),
  ]);
  const archived = cls.archivedAt !== null;
  const deckOptions = decks.map((d) => ({ id: d.id, label: locale === 'en' ? d.title.en : d.title.zh }));
  const quizOptions = quizzes.map((q) => ({ id: q.id, label: q.mine ? t('myQuiz', { title: q.title }) : q.title }));
  const today = dayKey(new Date(), 'UTC', 0);
  const joined = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const live = assignments.filter((a) => !a.archived);
  const old = assignments.filter((a) => a.archived);
  return (
    <>
      <header className="flex flex-wrap items-center gap-2">
        <h1 className="text-2xl font-bold break-words">{cls.name}</h1>
        {archived && (
          <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs text-slate-800 dark:bg-slate-700 dark:text-slate-100">
            {t('archived')}
          </span>
        )}
      </header>
      <section aria-labelledby="class-share" className={panel}>
        <h2 id="class-share" className="text-lg font-semibold">
          {t('share')}
        </h2>
        <JoinCodePanel classId={cls.id} joinCode={cls.joinCode} archived={archived} regenerate={regenerateCodeAction} />
      </section>
      <section aria-labelledby="class-members" className={panel}>
        <h2 id="class-members" className="text-lg font-semibold">
          {t('members', { count: members.length })}
        </h2>
        {members.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">{t('noMembers')}</p>
        ) : (
          <ul aria-label={t('memberList')} className="divide-y divide-slate-200 dark:divide-slate-800">
            {members.map((m) => (
              <li key={m.userId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="min-w-0">
                  <span className="block font-medium break-words">{m.name || m.email}</span>
                  <span className="block text-xs text-slate-600 dark:text-slate-400">
                    {m.name ? `${m.email} · ` : ''}
                    {t('joinedOn', { date: joined.format(m.joinedAt) })}
                  </span>
                </span>
                <ConfirmAction
                  label={t('remove')}
                  question={t('removeQuestion', { name: m.name || m.email })}
                  confirmLabel={t('removeConfirm')}
                  done={t('removed')}
                  action={removeMemberAction}
                  input={{ classId: cls.id, userId: m.userId }}
                  danger
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="class-assignments" className={panel}>
        <h2 id="class-assignments" className="text-lg font-semibold">
          {t('assignments')}
        </h2>
        {live.length === 0 && <p className="text-slate-600 dark:text-slate-400">{t('noAssignments')}</p>}
        <ul className="flex flex-col gap-3">
          {[...live, ...old].map((a) => (
            <AssignmentRow
              key={a.id}
              a={a}
              classId={cls.id}
              decks={deckOptions}
              quizzes={quizOptions}
              save={saveAssignmentAction}
              archive={setAssignmentArchivedAction}
            />
          ))}
        </ul>
        {!archived && (
          <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-800" open={live.length === 0}>
            <summary className="min-h-11 cursor-pointer py-2 font-medium">{t('newAssignment')}</summary>
            <AssignmentForm
              classId={cls.id}
              decks={deckOptions}
              quizzes={quizOptions}
              initial={{ kind: 'deck', startDay: today, dueDay: addDays(today, 7), target: 80 }}
              action={saveAssignmentAction}
            />
          </details>
        )}
      </section>
      <section aria-labelledby="class-settings" className={panel}>
        <h2 id="class-settings" className="text-lg font-semibold">
          {t('settings')}
        </h2>
        <RenameClassForm classId={cls.id} name={cls.name} action={renameClassAction} />
        <div>
          <ConfirmAction
            label={t(archived ? 'unarchive' : 'archive')}
            question={t(archived ? 'unarchiveQuestion' : 'archiveQuestion')}
            confirmLabel={t(archived ? 'unarchiveConfirm' : 'archiveConfirm')}
            done={t(archived ? 'unarchivedDone' : 'archivedDone')}
            action={setClassArchivedAction}
            input={{ classId: cls.id, archived: archived ? 'false' : 'true' }}
            danger={!archived}
          />
        </div>
      </section>
    </>
  );
}
