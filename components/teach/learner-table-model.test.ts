import { createTable, type TableOptionsResolved } from '@tanstack/react-table';
import { describe, expect, it } from 'vitest';
import type { AssignmentStatus } from '@/lib/classes/progress';
import type { LearnerRow } from '@/lib/db/class-dashboard';
import { classColumns, classValues, learnerRefs } from './learner-rows';
import {
  cellFormatter,
  columnDefs,
  initialView,
  pageCount,
  tableOptions,
  tableRows,
  viewReducer,
  type CellFormat,
  type LearnerTableRow,
  type View,
} from './learner-table-model';

const en: CellFormat = {
  locale: 'en',
  timeZone: 'America/Los_Angeles',
  none: '—',
  never: 'Never',
  statuses: [
    { value: 'overdue', label: 'Overdue' },
    { value: 'behind', label: 'Behind' },
    { value: 'on-track', label: 'On track' },
    { value: 'done', label: 'Done' },
  ],
};
const t = (key: string) => key;
const columns = classColumns(t);
const STATUS_CYCLE: AssignmentStatus[] = ['done', 'on-track', 'behind', 'overdue', 'on-track'];

function learners(n: number): LearnerRow[] {
  return Array.from({ length: n }, (_, i) => ({
    userId: `cmi${String(i).padStart(22, '0')}`,
    name: i % 2 ? `Learner ${i}` : null,
    email: `learner-${i}@school.example`,
    joinedAt: new Date(0),
    seen: 120 + i,
    total: 500,
    reviews7d: 1000 + i,
    lastActive: i % 7 ? new Date(Date.UTC(2026, 10, 4, 20)) : null,
    quizBest: 0.8,
    quizLatest: i % 3 ? 0.5512 : null,
    status: STATUS_CYCLE[i % STATUS_CYCLE.length]!,
    done: 1,
    assignments: 3,
  }));
}

/** The component's table, headless: the same options, state taken from the view. */
function table(rows: LearnerTableRow[], view: View) {
  const defs = columnDefs(columns, 'Learner', cellFormatter(en));
  const options = tableOptions(rows, columns, defs, view);
  const tbl = createTable({
    ...options,
    state: {},
    onStateChange: () => {},
    renderFallbackValue: null,
  } as TableOptionsResolved<LearnerTableRow>);
  tbl.setOptions((o) => ({ ...o, state: { ...tbl.initialState, ...options.state } }));
  return tbl;
}

describe('learner table cells', () => {
  it('formats raw values as the server did: ratios, counts, percents, dates in the viewer’s zone, statuses', () => {
    const f = cellFormatter(en);
    expect(f('ratio', [3, 500])).toEqual({ text: '3 / 500', sort: 3 / 500 });
    expect(f('ratio', [1200, 0])).toEqual({ text: '1,200 / 0', sort: null });
    expect(f('count', 1234)).toEqual({ text: '1,234', sort: 1234 });
    expect(f('count', null)).toEqual({ text: '—', sort: null });
    expect(f('percent', 0.5512)).toEqual({ text: '55%', sort: 0.5512 });
    expect(f('percent', null)).toEqual({ text: '—', sort: null });
    // 02:00 UTC on Nov 5 is still Nov 4 in Los Angeles.
    const late = Date.UTC(2026, 10, 5, 2);
    expect(f('date', late)).toEqual({ text: 'Nov 4, 2026', sort: late });
    expect(cellFormatter({ ...en, timeZone: 'UTC' })('date', late).text).toBe('Nov 5, 2026');
    expect(f('date', null)).toEqual({ text: 'Never', sort: null });
    expect(f('status', 'overdue')).toEqual({ text: 'Overdue', sort: 0, tone: 'bad' });
    expect(f('status', 'done')).toEqual({ text: 'Done', sort: 3, tone: 'good' });
    expect(f('status', null)).toEqual({ text: '—', sort: null });
  });

  it('formats in Chinese with the locale sent once per table', () => {
    const f = cellFormatter({ ...en, locale: 'zh-CN', never: '从未', statuses: [{ value: 'behind', label: '落后' }] });
    expect(f('date', Date.UTC(2026, 10, 4, 20))).toEqual({ text: '2026年11月4日', sort: Date.UTC(2026, 10, 4, 20) });
    expect(f('date', null).text).toBe('从未');
    expect(f('status', 'behind')).toMatchObject({ text: '落后', tone: 'warn' });
  });

  it('sends each learner once and raw values, in the columns’ order, in well under 60 bytes a row', () => {
    const ls = learners(200);
    const refs = learnerRefs(ls);
    const values = classValues(ls);
    expect(refs[1]).toEqual({ id: 'cmi0000000000000000000001', name: 'Learner 1', email: 'learner-1@school.example' });
    expect(refs[0]).not.toHaveProperty('name');
    expect(values[1]).toEqual(['on-track', [1, 3], [121, 500], 1001, 0.8, 0.5512, Date.UTC(2026, 10, 4, 20)]);
    expect(values[0]).toHaveLength(columns.length);
    expect(JSON.stringify(values).length / values.length).toBeLessThan(60);
    // Row i is learner i with values i.
    expect(tableRows(refs, values)[1]).toEqual({ ...refs[1], values: values[1] });
  });
});

describe('learner table pages', () => {
  const rows = tableRows(learnerRefs(learners(200)), classValues(learners(200)));

  it('shows 25 rows a page, most urgent first by default, and counts every filtered row', () => {
    const view = initialView(columns);
    expect(view.sorting).toEqual([{ id: 'status', desc: false }]);
    const tbl = table(rows, view);
    expect(tbl.getPageCount()).toBe(8);
    expect(pageCount(tbl.getPrePaginationRowModel().rows.length)).toBe(8);
    expect(tbl.getPrePaginationRowModel().rows).toHaveLength(200);
    const first = tbl.getRowModel().rows;
    expect(first).toHaveLength(25);
    expect(first.every((r) => r.original.values[0] === 'overdue')).toBe(true);
    expect(tbl.getColumn('status')!.getIsSorted()).toBe('asc');
    const last = table(rows, { ...view, pageIndex: 7 }).getRowModel().rows;
    expect(last.at(-1)!.original.values[0]).toBe('done');
  });

  it('filters over all pages and counts the filtered rows, not the page', () => {
    const tbl = table(rows, viewReducer(initialView(columns), { type: 'status', status: 'on-track' }));
    expect(tbl.getPrePaginationRowModel().rows).toHaveLength(80);
    expect(tbl.getRowModel().rows).toHaveLength(25);
    expect(tbl.getPageCount()).toBe(4);
    const one = table(rows, viewReducer(initialView(columns), { type: 'text', text: 'learner 17' }));
    const names = one.getPrePaginationRowModel().rows.map((r) => r.original.name ?? r.original.email);
    expect(names.sort()).toEqual(['Learner 17', 'Learner 171', 'Learner 173', 'Learner 175', 'Learner 177', 'Learner 179']);
    expect(pageCount(one.getPrePaginationRowModel().rows.length)).toBe(1);
  });

  it('goes back to the first page when the sorting or a filter changes', () => {
    const on3 = viewReducer(initialView(columns), { type: 'page', pageIndex: 2 });
    expect(on3.pageIndex).toBe(2);
    expect(viewReducer(on3, { type: 'text', text: 'x' }).pageIndex).toBe(0);
    expect(viewReducer(on3, { type: 'status', status: 'done' }).pageIndex).toBe(0);
    expect(viewReducer(on3, { type: 'sort', sorting: [{ id: 'seen', desc: true }] }).pageIndex).toBe(0);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(25)).toBe(1);
    expect(pageCount(26)).toBe(2);
  });
});
