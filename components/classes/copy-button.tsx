'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { secondaryButtonClass } from '@/components/ui/field';

/** Copies `text` (the join link or code) and says so. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useTranslations('classes');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text.startsWith('/') ? new URL(text, window.location.origin).toString() : text);
      toast.success(t('copied'));
    } catch {
      toast.error(t('copyFailed'));
    }
  };
  return (
    <button type="button" onClick={copy} className={`${secondaryButtonClass} min-h-11 text-sm`}>
      {label}
    </button>
  );
}
