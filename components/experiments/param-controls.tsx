'use client';

import { useLocale } from 'next-intl';
import { useId, useState } from 'react';
import type { ParamSpec, ParamValue, Params } from '@/lib/experiments/registry';
import { localize } from './format';

const inputClass =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/30 disabled:opacity-60 dark:border-slate-700 dark:bg-slate-900';

/** One control per parameter: slider + number box for numbers, a select for choices, a checkbox for flags. */
export function ParamControls({
  specs,
  values,
  disabled,
  onChange,
}: {
  specs: readonly ParamSpec[];
  values: Params;
  disabled?: boolean;
  onChange: (key: string, value: ParamValue) => void;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {specs.map((spec) => (
        <ParamControl key={spec.key} spec={spec} value={values[spec.key] ?? spec.default} disabled={disabled} onChange={onChange} />
      ))}
    </div>
  );
}

function ParamControl({
  spec,
  value,
  disabled,
  onChange,
}: {
  spec: ParamSpec;
  value: ParamValue;
  disabled?: boolean;
  onChange: (key: string, value: ParamValue) => void;
}) {
  const id = useId();
  const locale = useLocale();
  const label = localize(spec.label, locale);
  if (spec.type === 'bool') {
    return (
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={value === true}
          disabled={disabled}
          onChange={(e) => onChange(spec.key, e.target.checked)}
          className="size-4 accent-indigo-600"
        />
        {label}
      </label>
    );
  }
  if (spec.type === 'choice') {
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        <select
          id={id}
          value={String(value)}
          disabled={disabled}
          onChange={(e) => onChange(spec.key, e.target.value)}
          className={inputClass}
        >
          {spec.choices.map((c) => (
            <option key={c} value={c}>
              {localize(spec.choiceLabels?.[c] ?? { zh: c, en: c }, locale)}
            </option>
          ))}
        </select>
      </div>
    );
  }
  const n = typeof value === 'number' ? value : spec.default;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <div className="flex items-center gap-2">
        <input
          type="range"
          min={spec.min}
          max={spec.max}
          step={spec.step}
          value={n}
          disabled={disabled}
          aria-label={label}
          aria-valuetext={String(n)}
          onChange={(e) => onChange(spec.key, Number(e.target.value))}
          className="min-w-0 flex-1 accent-indigo-600"
        />
        <NumberBox key={n} id={id} spec={spec} value={n} disabled={disabled} onCommit={(v) => onChange(spec.key, v)} />
      </div>
    </div>
  );
}

/** A number box that commits on blur or Enter, clamped to the bounds and snapped to the step. */
function NumberBox({
  id,
  spec,
  value,
  disabled,
  onCommit,
}: {
  id: string;
  spec: Extract<ParamSpec, { type: 'int' | 'float' }>;
  value: number;
  disabled?: boolean;
  onCommit: (v: number) => void;
}) {
  const [draft, setDraft] = useState(String(value));
  const commit = () => {
    const parsed = Number(draft);
    if (draft.trim() === '' || !Number.isFinite(parsed)) return setDraft(String(value));
    const snapped = spec.min + Math.round((parsed - spec.min) / spec.step) * spec.step;
    const decimals = (String(spec.step).split('.')[1] ?? '').length;
    const clamped = Math.min(spec.max, Math.max(spec.min, Number(snapped.toFixed(decimals))));
    setDraft(String(clamped));
    if (clamped !== value) onCommit(clamped);
  };
  return (
    <input
      id={id}
      type="number"
      inputMode={spec.type === 'int' ? 'numeric' : 'decimal'}
      min={spec.min}
      max={spec.max}
      step={spec.step}
      value={draft}
      disabled={disabled}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
      className={`${inputClass} w-24`}
    />
  );
}
