'use client';

import { flexRender, useReactTable, type SortingState, type Updater } from '@tanstack/react-table';
import { useId, useMemo, useReducer } from 'react';
import {
  cellFormatter,
  columnDefs,
  initialView,
  isNumeric,
  learnerName,
  pageCount,
  tableOptions,
  tableRows,
  viewReducer,
  type CellFormat,
  type CellValue,
  type LearnerRef,
  type LearnerTableColumn,
  type Tone,
} from './learner-table-model';

export type { LearnerRef, LearnerTableColumn } from './learner-table-model';

const TONES: Record<Tone, string> = {
  good: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-200',
  ok: 'bg-sky-100 text-sky-900 dark:bg-sky-900/50 dark:text-sky-200',
  warn: 'bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-200',
  bad: 'bg-rose-100 text-rose-900 dark:bg-rose-900/50 dark:text-rose-200',
};

export interface LearnerTableLabels extends CellFormat {
  caption: string;
  learner: string;
  filter: string;
  statusFilter: string;
  statusAll: string;
  /** With {shown} and {total}. */
  shown: string;
  noMatch: string;
  previous: string;
  next: string;
  /** With {page} and {count}. */
  page: string;
  /** The pager's accessible name. */
  pages: string;
}

const pagerButton =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-500 aria-disabled:cursor-not-allowed aria-disabled:opacity-50 aria-disabled:hover:bg-white dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800 dark:aria-disabled:hover:bg-slate-900';

/**
 * One row per learner, most urgent first, 25 to a page, sortable by every column (the header
 * buttons set aria-sort), with a text filter and a status filter. The server sends raw values;
 * they are formatted here with `labels` (locale, time zone and strings, once per table). Wide
 * tables scroll inside their own box, never the page.
 */
export function LearnerTable({
  learners,
  values,
  columns,
  labels,
}: {
  /** The class's learners; row i is learners[i] with values[i]. */
  learners: LearnerRef[];
  values: CellValue[][];
  columns: LearnerTableColumn[];
  labels: LearnerTableLabels;
}) {
  const rows = useMemo(() => tableRows(learners, values), [learners, values]);
  const [view, dispatch] = useReducer(viewReducer, columns, initialView);
  const ids = { filter: useId(), status: useId() };
  const format = useMemo(() => cellFormatter(labels), [labels]);
  const defs = useMemo(() => columnDefs(columns, labels.learner, format), [columns, labels.learner, format]);
  // One options object per view: new filter state on every render would recompute the row models every render.
  const options = useMemo(() => tableOptions(rows, columns, defs, view), [rows, columns, defs, view]);

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table's API is not memoizable; the compiler skips this component
  const table = useReactTable({
    ...options,
    onSortingChange: (u: Updater<SortingState>) => dispatch({ type: 'sort', sorting: typeof u === 'function' ? u(view.sorting) : u }),
  });
  const filtered = table.getPrePaginationRowModel().rows.length;
  const pages = pageCount(filtered);
  const page = Math.min(view.pageIndex, pages - 1);
  const shown = table.getRowModel().rows;
  const goTo = (i: number) => {
    if (i >= 0 && i < pages) dispatch({ type: 'page', pageIndex: i });
  };

  return (
    <div className="grid min-w-0 gap-3">
      <div className="flex flex-wrap items-end gap-3">
        <div className="grid min-w-0 flex-[1_1_11rem] gap-1 sm:max-w-xs">
          <label htmlFor={ids.filter} className="text-sm font-medium">
            {labels.filter}
          </label>
          <input
            id={ids.filter}
            type="search"
            value={view.text}
            onChange={(e) => dispatch({ type: 'text', text: e.target.value })}
            className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
          />
        </div>
        <div className="grid gap-1">
          <label htmlFor={ids.status} className="text-sm font-medium">
            {labels.statusFilter}
          </label>
          <select
            id={ids.status}
            value={view.status}
            onChange={(e) => dispatch({ type: 'status', status: e.target.value })}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
          >
            <option value="">{labels.statusAll}</option>
            {labels.statuses.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <p aria-live="polite" className="pb-2 text-sm text-slate-600 dark:text-slate-400">
          {labels.shown.replace('{shown}', String(filtered)).replace('{total}', String(rows.length))}
        </p>
      </div>
      <div
        className="max-w-full overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800"
        tabIndex={0}
        role="region"
        aria-label={labels.caption}
      >
        <table className="w-full min-w-[36rem] text-sm">
          <caption className="sr-only">{labels.caption}</caption>
          <thead className="bg-slate-50 dark:bg-slate-900">
            {table.getHeaderGroups().map((g) => (
              <tr key={g.id}>
                {g.headers.map((h) => {
                  const dir = h.column.getIsSorted();
                  const numeric = (h.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                  return (
                    <th
                      key={h.id}
                      scope="col"
                      aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
                      className={`px-3 py-2 font-medium whitespace-nowrap text-slate-700 dark:text-slate-300 ${numeric ? 'text-right' : 'text-left'}`}
                    >
                      <button
                        type="button"
                        onClick={h.column.getToggleSortingHandler()}
                        className="inline-flex items-center gap-1 rounded hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:hover:text-indigo-300"
                      >
                        {flexRender(h.column.columnDef.header, h.getContext())}
                        <span aria-hidden className="text-xs">
                          {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id} className="border-t border-slate-200 dark:border-slate-800">
                <th scope="row" className="max-w-[14rem] truncate px-3 py-2 text-left font-medium" title={row.original.email}>
                  {learnerName(row.original)}
                </th>
                {columns.map((c, i) => {
                  const cell = format(c.kind, row.original.values[i] ?? null);
                  return (
                    <td key={c.key} className={`px-3 py-2 whitespace-nowrap ${isNumeric(c.kind) ? 'text-right tabular-nums' : ''}`}>
                      {cell.tone ? (
                        <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${TONES[cell.tone]}`}>{cell.text}</span>
                      ) : (
                        cell.text
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
            {shown.length === 0 && (
              <tr>
                <td colSpan={columns.length + 1} className="px-3 py-4 text-center text-slate-600 dark:text-slate-400">
                  {labels.noMatch}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <div role="group" aria-label={labels.pages} className="flex flex-wrap items-center gap-3">
          <button type="button" aria-disabled={page === 0} onClick={() => goTo(page - 1)} className={pagerButton}>
            {labels.previous}
          </button>
          <p aria-live="polite" className="text-sm text-slate-600 tabular-nums dark:text-slate-400">
            {labels.page.replace('{page}', String(page + 1)).replace('{count}', String(pages))}
          </p>
          <button type="button" aria-disabled={page === pages - 1} onClick={() => goTo(page + 1)} className={pagerButton}>
            {labels.next}
          </button>
        </div>
      )}
    </div>
  );
}
