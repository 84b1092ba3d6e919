'use client';

import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type FilterFn,
  type SortingState,
} from '@tanstack/react-table';
import { useId, useMemo, useState } from 'react';

/** A cell as the server formatted it: the text to show and the value to sort by. */
export interface Cell {
  text: string;
  sort: number | string | null;
  /** A status cell is drawn as a badge in this tone. */
  tone?: 'good' | 'ok' | 'warn' | 'bad';
}

const TONES = {
  good: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-200',
  ok: 'bg-sky-100 text-sky-900 dark:bg-sky-900/50 dark:text-sky-200',
  warn: 'bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-200',
  bad: 'bg-rose-100 text-rose-900 dark:bg-rose-900/50 dark:text-rose-200',
} as const;

export interface LearnerTableRow {
  id: string;
  /** Name or email, shown in the first column and searched by the filter. */
  learner: string;
  email: string;
  status: string | null;
  cells: Record<string, Cell>;
}

export interface LearnerTableColumn {
  key: string;
  header: string;
  numeric?: boolean;
}

export interface LearnerTableLabels {
  caption: string;
  learner: string;
  filter: string;
  statusFilter: string;
  statusAll: string;
  statuses: { value: string; label: string }[];
  shown: string;
  noMatch: string;
}

const textFilter: FilterFn<LearnerTableRow> = (row, _col, value: { text: string; status: string }) => {
  const q = value.text.trim().toLowerCase();
  const r = row.original;
  if (value.status && r.status !== value.status) return false;
  return !q || r.learner.toLowerCase().includes(q) || r.email.toLowerCase().includes(q);
};

/**
 * One row per learner, sortable by every column (the header buttons set aria-sort), with a
 * text filter and a status filter. Wide tables scroll inside their own box, never the page.
 */
export function LearnerTable({
  rows,
  columns,
  labels,
}: {
  rows: LearnerTableRow[];
  columns: LearnerTableColumn[];
  labels: LearnerTableLabels;
}) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const ids = { filter: useId(), status: useId() };

  const defs = useMemo<ColumnDef<LearnerTableRow>[]>(
    () => [
      { id: 'learner', header: labels.learner, accessorFn: (r) => r.learner.toLowerCase(), filterFn: textFilter, sortingFn: 'text' },
      ...columns.map((c): ColumnDef<LearnerTableRow> => ({
        id: c.key,
        header: c.header,
        accessorFn: (r) => r.cells[c.key]?.sort ?? undefined,
        sortUndefined: 'last',
        sortingFn: c.numeric ? 'basic' : 'text',
        meta: { numeric: c.numeric },
      })),
    ],
    [columns, labels.learner],
  );

  // One filter state per text/status change: a new array on every render makes the filtered row
  // model change every render, and TanStack's page-index auto-reset then renders again, forever.
  const columnFilters = useMemo(() => [{ id: 'learner', value: { text, status } }], [text, status]);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table's API is not memoizable; the compiler skips this component
  const table = useReactTable({
    data: rows,
    columns: defs,
    state: { sorting, columnFilters },
    autoResetPageIndex: false,
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });
  const shown = table.getRowModel().rows;

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
            value={text}
            onChange={(e) => setText(e.target.value)}
            className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
          />
        </div>
        <div className="grid gap-1">
          <label htmlFor={ids.status} className="text-sm font-medium">
            {labels.statusFilter}
          </label>
          <select
            id={ids.status}
            value={status}
            onChange={(e) => setStatus(e.target.value)}
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
          {labels.shown.replace('{shown}', String(shown.length)).replace('{total}', String(rows.length))}
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
                      className={`px-3 py-2 font-medium text-slate-700 dark:text-slate-300 ${numeric ? 'text-right' : 'text-left'}`}
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
                  {row.original.learner}
                </th>
                {columns.map((c) => {
                  const cell = row.original.cells[c.key];
                  return (
                    <td key={c.key} className={`px-3 py-2 whitespace-nowrap ${c.numeric ? 'text-right tabular-nums' : ''}`}>
                      {cell?.tone ? (
                        <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${TONES[cell.tone]}`}>{cell.text}</span>
                      ) : (
                        (cell?.text ?? '')
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
    </div>
  );
}
