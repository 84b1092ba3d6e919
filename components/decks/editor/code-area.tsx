'use client';

import { forwardRef, useRef, type ChangeEvent } from 'react';

/** Height of one line in px: the gutter and the textarea must agree (Tailwind `leading-6`). */
export const LINE_PX = 24;

/**
 * A monospace textarea with a line-number gutter. Lines never wrap (the textarea scrolls
 * sideways instead), so gutter number N always sits beside source line N.
 */
export const CodeArea = forwardRef<
  HTMLTextAreaElement,
  {
    id: string;
    value: string;
    onChange: (value: string) => void;
    readOnly?: boolean;
    errorLines: ReadonlySet<number>;
    describedBy?: string;
    placeholder?: string;
  }
>(function CodeArea({ id, value, onChange, readOnly, errorLines, describedBy, placeholder }, ref) {
  const gutter = useRef<HTMLDivElement>(null);
  const count = value.split(/\r\n|\n|\r/).length;
  return (
    <div className="flex h-[26rem] overflow-hidden rounded-md border border-slate-300 bg-white font-mono text-sm focus-within:border-indigo-500 focus-within:ring-2 focus-within:ring-indigo-500/30 sm:h-[34rem] dark:border-slate-700 dark:bg-slate-950">
      <div
        ref={gutter}
        aria-hidden
        className="shrink-0 overflow-hidden border-r border-slate-200 bg-slate-50 py-2 pr-2 pl-2 text-right leading-6 text-slate-500 select-none dark:border-slate-800 dark:bg-slate-900 dark:text-slate-400"
      >
        {Array.from({ length: count }, (_, i) => (
          <div key={i} className={errorLines.has(i + 1) ? 'font-bold text-red-600 dark:text-red-400' : undefined}>
            {i + 1}
          </div>
        ))}
      </div>
      <textarea
        ref={ref}
        id={id}
        value={value}
        readOnly={readOnly}
        placeholder={placeholder}
        aria-describedby={describedBy}
        onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)}
        onScroll={(e) => {
          if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
        }}
        wrap="off"
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        className="h-full min-w-0 flex-1 resize-none overflow-auto bg-transparent p-2 leading-6 whitespace-pre text-slate-900 outline-none placeholder:text-slate-500 read-only:bg-slate-50 dark:text-slate-100 dark:placeholder:text-slate-400 dark:read-only:bg-slate-900/60"
      />
    </div>
  );
});

/** Moves the caret to the start of `line` (1-based) at `col`, and scrolls it into view. */
export function goToLine(area: HTMLTextAreaElement, line: number, col = 1): void {
  const lines = area.value.split(/(?<=\r\n|\n|\r)/);
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i]!.length;
  const lineText = (lines[line - 1] ?? '').replace(/\r?\n|\r$/, '');
  offset += Math.min(Math.max(col - 1, 0), lineText.length);
  area.focus();
  area.setSelectionRange(offset, offset);
  area.scrollTop = Math.max(0, (line - 3) * LINE_PX);
}
