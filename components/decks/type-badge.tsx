import type { CardType } from '@/lib/content/types';

const colors: Record<CardType, string> = {
  basic: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200',
  reversed: 'bg-sky-100 text-sky-800 dark:bg-sky-500/15 dark:text-sky-300',
  cloze: 'bg-amber-100 text-amber-800 dark:bg-amber-500/15 dark:text-amber-300',
  mc: 'bg-violet-100 text-violet-800 dark:bg-violet-500/15 dark:text-violet-300',
  typed: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-500/15 dark:text-emerald-300',
  predict: 'bg-rose-100 text-rose-800 dark:bg-rose-500/15 dark:text-rose-300',
};

export function TypeBadge({ type, label }: { type: CardType; label: string }) {
  return <span className={`inline-flex shrink-0 items-center rounded-full px-2 py-0.5 text-xs font-medium ${colors[type]}`}>{label}</span>;
}
