import { getTranslations } from 'next-intl/server';
import { AssignmentCard } from '@/components/today/assignment-card';
import { getLearnerAssignments } from '@/lib/db/assignments';
import { getClassesForLearner } from '@/lib/db/class-members';
import { setDeckLimitAction } from '@/app/(app)/actions';
import { leaveClassAction } from '@/app/(app)/classes/actions';
import { ConfirmAction } from './confirm-action';

/** A member's view of a class: its teacher, the member's own work for it, and Leave. */
export async function LearnerClassView({ classId, userId }: { classId: string; userId: string }) {
  const t = await getTranslations('classes');
  const [classes, assignments] = await Promise.all([getClassesForLearner(userId), getLearnerAssignments(userId)]);
  const cls = classes.find((c) => c.id === classId);
  if (!cls) return null;
  const mine = assignments.filter((a) => a.assignment.classId === classId);
  return (
    <>
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold break-words">{cls.name}</h1>
        <p className="text-slate-600 dark:text-slate-400">{t('teacherIs', { name: cls.teacherName })}</p>
        {cls.archived && <p className="text-sm text-slate-600 dark:text-slate-400">{t('archivedForLearner')}</p>}
      </header>
      <section aria-labelledby="class-work" className="flex flex-col gap-3">
        <h2 id="class-work" className="text-lg font-semibold">
          {t('assignments')}
        </h2>
        {mine.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">{t('noAssignments')}</p>
        ) : (
          <div className="grid gap-4 lg:grid-cols-2">
            {mine.map((item) => (
              <AssignmentCard key={item.assignment.id} item={item} setDeckLimit={setDeckLimitAction} />
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby="class-leave" className="flex flex-col gap-2">
        <h2 id="class-leave" className="text-lg font-semibold">
          {t('leaveTitle')}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('leaveHint')}</p>
        <div>
          <ConfirmAction
            label={t('leave')}
            question={t('leaveQuestion', { name: cls.name })}
            confirmLabel={t('leaveConfirm')}
            done={t('left')}
            action={leaveClassAction}
            input={{ classId }}
            danger
            then="/classes"
          />
        </div>
      </section>
    </>
  );
}
