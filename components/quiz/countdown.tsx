'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

const pad = (n: number) => String(n).padStart(2, '0');

/** Time left by the server's clock (the offset from the page's server time), every second. The server enforces it. */
export function Countdown({ deadline, serverNow }: { deadline: string; serverNow: string }) {
  const t = useTranslations('quiz.take');
  const [offset] = useState(() => new Date(serverNow).getTime() - Date.now());
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now() + offset), 1000);
    return () => clearInterval(id);
  }, [offset]);
  const left = Math.max(0, Math.floor((new Date(deadline).getTime() - now) / 1000));
  if (left === 0) return <p className="font-medium text-amber-800 dark:text-amber-300">{t('timeUp')}</p>;
  const time = `${Math.floor(left / 60)}:${pad(left % 60)}`;
  return <p className="font-mono tabular-nums">{t('timeLeft', { time })}</p>;
}
