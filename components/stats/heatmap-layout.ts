/**
 * Where each day of the activity heatmap goes: one column per week, one row per weekday,
 * a month label over the week a month begins, and five shades with the counts each
 * stands for (for the legend). Pure and tested; heatmap.tsx only draws it.
 */

export interface DayCount {
  /** A learning day, YYYY-MM-DD. */
  day: string;
  count: number;
}

export interface HeatmapCell extends DayCount {
  col: number;
  row: number;
  level: number;
}

export interface HeatmapLayout {
  cells: HeatmapCell[];
  columns: number;
  /** Month labels: the column they sit over, and the month (1-12) and year they name. */
  months: { col: number; month: number; year: number }[];
  /** The weekday (0 = Sunday) of each row, top to bottom. */
  weekdays: number[];
  max: number;
  total: number;
  activeDays: number;
}

export const LEVELS = 4;

/** 0 for no reviews, else 1..4 in equal steps of the busiest day. */
export function level(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(LEVELS, Math.max(1, Math.ceil((count * LEVELS) / max)));
}

/** The whole-number counts each shade stands for; a shade no count can reach is left out. */
export function levelRanges(max: number): { level: number; from: number; to: number }[] {
  const ranges = [{ level: 0, from: 0, to: 0 }];
  for (let k = 1; k <= LEVELS; k++) {
    const from = Math.floor(((k - 1) * max) / LEVELS) + 1;
    const to = Math.floor((k * max) / LEVELS);
    if (from <= to) ranges.push({ level: k, from, to });
  }
  return ranges;
}

const weekdayOf = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();
const monthOf = (day: string) => ({ year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) });

/**
 * Lays out consecutive days (oldest first). `weekStart` is the top row's weekday: 0 for
 * Sunday (en), 1 for Monday (zh-CN). A month label needs `minGap` columns of room; the
 * partial month at the left edge gives way to the next label when there is less, so the
 * current month is always named.
 */
export function heatmapLayout(days: readonly DayCount[], weekStart = 1, minGap = 3): HeatmapLayout {
  const max = Math.max(0, ...days.map((d) => d.count));
  const offset = days.length ? (weekdayOf(days[0]!.day) - weekStart + 7) % 7 : 0;
  const cells = days.map((d, i) => ({
    ...d,
    col: Math.floor((i + offset) / 7),
    row: (i + offset) % 7,
    level: level(d.count, max),
  }));
  const columns = cells.length ? cells.at(-1)!.col + 1 : 0;

  const months: HeatmapLayout['months'] = [];
  for (const c of cells) {
    const m = monthOf(c.day);
    const last = months.at(-1);
    if (last && last.month === m.month && last.year === m.year) continue;
    // Over the week holding the month's first day (as GitHub's contribution graph does).
    const col = c.col;
    if (last && col - last.col < minGap) {
      if (months.length === 1) months.pop();
      else continue;
    }
    months.push({ col, ...m });
  }

  return {
    cells,
    columns,
    months,
    weekdays: Array.from({ length: 7 }, (_, r) => (weekStart + r) % 7),
    max,
    total: days.reduce((a, d) => a + d.count, 0),
    activeDays: days.filter((d) => d.count > 0).length,
  };
}
