'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { setTheme } from '@/app/actions';

type Theme = 'system' | 'light' | 'dark';

function apply(theme: Theme) {
  const dark = theme === 'dark' || (theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
  document.documentElement.dataset.theme = theme;
}

export function ThemeSwitcher({ initial }: { initial: string }) {
  const t = useTranslations('theme');
  const [theme, setLocal] = useState<Theme>(initial === 'dark' || initial === 'light' ? initial : 'system');
  return (
    <select
      aria-label={t('label')}
      value={theme}
      onChange={(e) => {
        const next = e.target.value as Theme;
        setLocal(next);
        apply(next);
        void setTheme(next);
      }}
      className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
    >
      {(['system', 'light', 'dark'] as const).map((v) => (
        <option key={v} value={v}>
          {t(v)}
        </option>
      ))}
    </select>
  );
}
