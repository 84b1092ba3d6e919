/**
 * Series styles shared by the charts and their legends. Literal class names so Tailwind
 * sees them; dashes and marker shapes tell series apart without colour. The 600 shades
 * on white and the 400 shades on slate-900 both pass 3:1 for graphics.
 */
export const PALETTE = [
  {
    stroke: 'stroke-indigo-600 dark:stroke-indigo-400',
    fill: 'fill-indigo-600 dark:fill-indigo-400',
    bg: 'bg-indigo-600 dark:bg-indigo-400',
    dash: undefined,
  },
  {
    stroke: 'stroke-amber-600 dark:stroke-amber-400',
    fill: 'fill-amber-600 dark:fill-amber-400',
    bg: 'bg-amber-600 dark:bg-amber-400',
    dash: '8 4',
  },
  {
    stroke: 'stroke-emerald-600 dark:stroke-emerald-400',
    fill: 'fill-emerald-600 dark:fill-emerald-400',
    bg: 'bg-emerald-600 dark:bg-emerald-400',
    dash: '2 4',
  },
  {
    stroke: 'stroke-rose-600 dark:stroke-rose-400',
    fill: 'fill-rose-600 dark:fill-rose-400',
    bg: 'bg-rose-600 dark:bg-rose-400',
    dash: '12 4 2 4',
  },
  { stroke: 'stroke-sky-600 dark:stroke-sky-400', fill: 'fill-sky-600 dark:fill-sky-400', bg: 'bg-sky-600 dark:bg-sky-400', dash: '4 2' },
  {
    stroke: 'stroke-violet-600 dark:stroke-violet-400',
    fill: 'fill-violet-600 dark:fill-violet-400',
    bg: 'bg-violet-600 dark:bg-violet-400',
    dash: '1 3',
  },
] as const;

export const seriesStyle = (i: number) => PALETTE[i % PALETTE.length]!;

/** Axis text: 12 px at any screen width (the SVG is drawn at its real size, never scaled down). */
export const AXIS_TEXT = { fontSize: 12, fill: 'currentColor' } as const;
export const AXIS_CLASS = 'text-slate-600 dark:text-slate-300';
export const GRID_CLASS = 'text-slate-200 dark:text-slate-700';
