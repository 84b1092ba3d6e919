'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { secondaryButtonClass } from '@/components/ui/field';
import { randomSeed } from './use-experiment-runner';

/** The run's seed: the same seed reproduces the same measurements. */
export function SeedControl({ seed, disabled, onChange }: { seed: number; disabled?: boolean; onChange: (seed: number) => void }) {
  const t = useTranslations('experiments');
  const id = useId();
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium">
          {t('seed')}
        </label>
        <input
          id={id}
          type="number"
          min={0}
          step={1}
          value={seed}
          disabled={disabled}
          onChange={(e) => {
            const v = Math.trunc(Number(e.target.value));
            if (Number.isFinite(v) && v >= 0) onChange(v);
          }}
          className="w-36 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/30 dark:border-slate-700 dark:bg-slate-900"
        />
      </div>
      <button type="button" disabled={disabled} onClick={() => onChange(randomSeed())} className={`${secondaryButtonClass} py-1 text-sm`}>
        {t('newSeed')}
      </button>
    </div>
  );
}
