'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef } from 'react';
import { toast } from 'sonner';
import { secondaryButtonClass } from '@/components/ui/field';

const input =
  'w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/30 dark:border-slate-700 dark:bg-slate-900';

/** The deck's title in both languages; empty fields take the document's first heading. */
export function TitleFields({
  titles,
  onChange,
  placeholder,
}: {
  titles: { zh: string; en: string };
  onChange: (titles: { zh: string; en: string }) => void;
  placeholder: string;
}) {
  const t = useTranslations('deckEditor');
  const id = useId();
  return (
    <div className="grid min-w-0 flex-1 gap-3 sm:grid-cols-2">
      <div className="flex min-w-0 flex-col gap-1">
        <label htmlFor={`${id}-zh`} className="text-sm font-medium">
          {t('titleZh')}
        </label>
        <input
          id={`${id}-zh`}
          value={titles.zh}
          maxLength={120}
          placeholder={placeholder}
          onChange={(e) => onChange({ ...titles, zh: e.target.value })}
          className={input}
        />
      </div>
      <div className="flex min-w-0 flex-col gap-1">
        <label htmlFor={`${id}-en`} className="text-sm font-medium">
          {t('titleEn')}
        </label>
        <input
          id={`${id}-en`}
          value={titles.en}
          maxLength={120}
          placeholder={placeholder}
          onChange={(e) => onChange({ ...titles, en: e.target.value })}
          className={input}
        />
      </div>
    </div>
  );
}

/** Reads a local .md file into the editor (nothing is uploaded until Save). */
export function UploadButton({ maxChars, onText }: { maxChars: number; onText: (text: string) => void }) {
  const t = useTranslations('deckEditor');
  const file = useRef<HTMLInputElement>(null);
  const id = useId();
  return (
    <>
      <input
        ref={file}
        id={id}
        type="file"
        accept=".md,.markdown,text/markdown,text/plain"
        aria-hidden
        tabIndex={-1}
        className="hidden"
        onChange={async (e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (!f) return;
          const text = await f.text().catch(() => null);
          if (text === null) toast.error(t('uploadFailed'));
          else if (text.length > maxChars) toast.error(t('uploadTooLarge'));
          else onText(text.replace(/^\uFEFF/, ''));
        }}
      />
      <button type="button" onClick={() => file.current?.click()} className={secondaryButtonClass}>
        {t('upload')}
      </button>
    </>
  );
}
