'use client';

import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { seriesStyle } from './palette';

export interface ChartTable {
  head: string[];
  rows: string[][];
}

/**
 * What every chart has around its SVG: a caption, a legend that shows each series' line
 * style, and the numbers behind it in a table (folded away, there for anyone who wants
 * exact values, and for screen readers).
 */
export function ChartFrame({
  title,
  legend,
  table,
  children,
}: {
  title?: string;
  legend: { key: string; label: string; style: number }[];
  /** Built only when the reader opens it. */
  table?: () => ChartTable;
  children: ReactNode;
}) {
  const t = useTranslations('charts');
  // Built only when opened: a live chart re-renders on every progress message.
  const [open, setOpen] = useState(false);
  const data = open ? table?.() : undefined;
  return (
    <figure className="grid min-w-0 gap-2">
      {title && <figcaption className="text-sm font-medium text-slate-800 dark:text-slate-200">{title}</figcaption>}
      {children}
      {legend.length > 0 && (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
          {legend.map((l) => {
            const s = seriesStyle(l.style);
            return (
              <li key={l.key} className="flex items-center gap-1.5">
                <svg width={20} height={8} aria-hidden className="shrink-0">
                  <line x1={0} x2={20} y1={4} y2={4} strokeWidth={2} strokeDasharray={s.dash} className={s.stroke} />
                </svg>
                {l.label}
              </li>
            );
          })}
        </ul>
      )}
      {table && (
        <details className="text-xs text-slate-700 dark:text-slate-300" onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary className="cursor-pointer py-1">{t('showData')}</summary>
          {open && data && (
            <div className="max-h-64 overflow-auto">
              <table className="w-full text-left tabular-nums">
                <caption className="sr-only">{t('dataCaption', { title: title ?? '' })}</caption>
                <thead>
                  <tr>
                    {data.head.map((h, i) => (
                      <th key={i} scope="col" className="px-2 py-1 font-medium">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((r, i) => (
                    <tr key={i} className="border-t border-slate-200 dark:border-slate-800">
                      {r.map((c, j) =>
                        j === 0 ? (
                          <th key={j} scope="row" className="px-2 py-0.5 font-normal">
                            {c}
                          </th>
                        ) : (
                          <td key={j} className="px-2 py-0.5">
                            {c}
                          </td>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </details>
      )}
    </figure>
  );
}
