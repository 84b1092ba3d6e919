/**
 * The learner table without React: the compact row shape the server sends, how the client turns
 * a raw value into the text to show and the value to sort by, and the table's view state
 * (sorting, filters, page). Shared by the server (learner-rows.ts) and the client table.
 */
import {
  getCoreRowModel,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  type ColumnDef,
  type FilterFn,
  type SortingState,
} from '@tanstack/react-table';
import type { AssignmentStatus } from '@/lib/classes/progress';

/** How a column's raw values are shown. */
export type ColumnKind = 'percent' | 'count' | 'ratio' | 'date' | 'status';

/**
 * A raw value: a 0..1 share (percent), a count, [part, whole] (ratio), epoch ms (date), a
 * status; null when there is none.
 */
export type CellValue = number | readonly [number, number] | AssignmentStatus | null;

export type Tone = 'good' | 'ok' | 'warn' | 'bad';

/** A cell as the client formatted it: the text to show and the value to sort by. */
export interface Cell {
  text: string;
  sort: number | null;
  /** A status cell is drawn as a badge in this tone. */
  tone?: Tone;
}

/** Who a row is about. */
export interface LearnerRef {
  id: string;
  /** Left out when the learner has no name: the email is shown instead. */
  name?: string;
  email: string;
}

export interface LearnerTableRow extends LearnerRef {
  /** One value per column, in the columns' order. */
  values: CellValue[];
}

/**
 * A table's rows: row i is learner i with values i. The server sends the class's learners once
 * for all its tables (one array; React's payload refers back to it) and each table's values.
 */
export const tableRows = (learners: readonly LearnerRef[], values: readonly CellValue[][]): LearnerTableRow[] =>
  learners.map((l, i) => ({ ...l, values: values[i] ?? [] }));

export interface LearnerTableColumn {
  key: string;
  header: string;
  kind: ColumnKind;
}

/** Most urgent first: the table's default order. */
export const STATUSES: AssignmentStatus[] = ['overdue', 'behind', 'on-track', 'done'];
export const ORDER: Record<AssignmentStatus, number> = { overdue: 0, behind: 1, 'on-track': 2, done: 3 };
export const TONE: Record<AssignmentStatus, Tone> = { done: 'good', 'on-track': 'ok', behind: 'warn', overdue: 'bad' };

export const PAGE_SIZE = 25;

/** What the client needs, once per table, to format every row's values. */
export interface CellFormat {
  locale: string;
  /** The viewer's time zone: dates are the viewer's days. */
  timeZone: string;
  none: string;
  never: string;
  /** The translated status labels, most urgent first (STATUSES' order). */
  statuses: { value: string; label: string }[];
}

export const isNumeric = (kind: ColumnKind) => kind !== 'date' && kind !== 'status';

export const learnerName = (r: LearnerTableRow) => r.name ?? r.email;

/** Formats raw values as the dashboard always showed them: `3 / 500`, `55%`, `—`, `Never`, `Nov 4, 2026`. */
export function cellFormatter(f: CellFormat): (kind: ColumnKind, value: CellValue) => Cell {
  const number = new Intl.NumberFormat(f.locale);
  const date = new Intl.DateTimeFormat(f.locale, { dateStyle: 'medium', timeZone: f.timeZone });
  const label = new Map(f.statuses.map((s) => [s.value, s.label]));
  const none: Cell = { text: f.none, sort: null };
  return (kind, v) => {
    if (kind === 'date') return typeof v === 'number' ? { text: date.format(v), sort: v } : { text: f.never, sort: null };
    if (kind === 'status') {
      const s = v as AssignmentStatus | null;
      return s && s in ORDER ? { text: label.get(s) ?? s, sort: ORDER[s], tone: TONE[s] } : none;
    }
    if (kind === 'ratio') {
      if (!Array.isArray(v)) return none;
      const [a, b] = v as readonly [number, number];
      return { text: `${number.format(a)} / ${number.format(b)}`, sort: b ? a / b : null };
    }
    if (typeof v !== 'number') return none;
    return kind === 'percent' ? { text: `${Math.round(v * 100)}%`, sort: v } : { text: number.format(v), sort: v };
  };
}

/** The table's view: what the learner sorted and filtered by, and the page shown (0-based). */
export interface View {
  sorting: SortingState;
  text: string;
  status: string;
  pageIndex: number;
}

export type ViewAction =
  | { type: 'sort'; sorting: SortingState }
  | { type: 'text'; text: string }
  | { type: 'status'; status: string }
  | { type: 'page'; pageIndex: number };

export const initialView = (columns: readonly LearnerTableColumn[]): View => {
  const status = columns.find((c) => c.kind === 'status');
  return { sorting: status ? [{ id: status.key, desc: false }] : [], text: '', status: '', pageIndex: 0 };
};

/** Sorting or filtering goes back to the first page: the rows on the page shown change. */
export function viewReducer(v: View, a: ViewAction): View {
  switch (a.type) {
    case 'sort':
      return { ...v, sorting: a.sorting, pageIndex: 0 };
    case 'text':
      return { ...v, text: a.text, pageIndex: 0 };
    case 'status':
      return { ...v, status: a.status, pageIndex: 0 };
    case 'page':
      return { ...v, pageIndex: Math.max(0, a.pageIndex) };
  }
}

export const pageCount = (rows: number, size = PAGE_SIZE) => Math.max(1, Math.ceil(rows / size));

type FilterValue = { text: string; status: string; statusIndex: number };

const textFilter: FilterFn<LearnerTableRow> = (row, _col, value: FilterValue) => {
  const q = value.text.trim().toLowerCase();
  const r = row.original;
  if (value.status && r.values[value.statusIndex] !== value.status) return false;
  return !q || learnerName(r).toLowerCase().includes(q) || r.email.toLowerCase().includes(q);
};

export function columnDefs(
  columns: readonly LearnerTableColumn[],
  learnerHeader: string,
  format: (kind: ColumnKind, value: CellValue) => Cell,
): ColumnDef<LearnerTableRow>[] {
  return [
    { id: 'learner', header: learnerHeader, accessorFn: (r) => learnerName(r).toLowerCase(), filterFn: textFilter, sortingFn: 'text' },
    ...columns.map((c, i): ColumnDef<LearnerTableRow> => ({
      id: c.key,
      header: c.header,
      accessorFn: (r) => format(c.kind, r.values[i] ?? null).sort ?? undefined,
      sortUndefined: 'last',
      sortingFn: 'basic',
      meta: { numeric: isNumeric(c.kind) },
    })),
  ];
}

/** The options of the table for a view: used by the component and, headless, by its tests. */
export function tableOptions(
  rows: LearnerTableRow[],
  columns: readonly LearnerTableColumn[],
  defs: ColumnDef<LearnerTableRow>[],
  view: View,
) {
  const statusIndex = columns.findIndex((c) => c.kind === 'status');
  return {
    data: rows,
    columns: defs,
    state: {
      sorting: view.sorting,
      columnFilters: [{ id: 'learner', value: { text: view.text, status: view.status, statusIndex } satisfies FilterValue }],
      pagination: { pageIndex: view.pageIndex, pageSize: PAGE_SIZE },
    },
    autoResetPageIndex: false,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
  };
}
