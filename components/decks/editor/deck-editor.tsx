'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { toast } from 'sonner';
import { buttonClass } from '@/components/ui/field';
import type { SaveDeckResult } from '@/app/(app)/decks/actions';
import type { ActionResult } from '@/lib/auth/guard';
import { MAX_DECK_CHARS } from '@/lib/content/deck-source';
import type { DeckPreview } from '@/lib/content/deck-preview';
import type { Diagnostic } from '@/lib/content/types';
import { CodeArea, goToLine } from './code-area';
import { DiagnosticsList } from './diagnostics-list';
import { PreviewPane } from './preview-pane';
import { TitleFields, UploadButton } from './editor-fields';

export interface DeckEditorActions {
  preview: (input: { markdown: string; deckId?: string }) => Promise<ActionResult<DeckPreview>>;
  save: (input: { deckId?: string; markdown: string; titleZh?: string; titleEn?: string }) => Promise<SaveDeckResult>;
}

const PREVIEW_DELAY_MS = 350;

/**
 * The deck editor: Markdown on the left, the rendered cards on the right, the check's
 * diagnostics under the source. The preview and the checks come from the server (the same
 * lib/content pipeline and sanitizer as built-in notes), debounced while typing.
 */
export function DeckEditor({
  deckId,
  initialMarkdown,
  initialTitles,
  version,
  readOnly = false,
  actions,
}: {
  deckId?: string;
  initialMarkdown: string;
  initialTitles: { zh: string; en: string };
  version?: number;
  readOnly?: boolean;
  actions: DeckEditorActions;
}) {
  const t = useTranslations('deckEditor');
  const router = useRouter();
  const area = useRef<HTMLTextAreaElement>(null);
  const [markdown, setMarkdown] = useState(initialMarkdown);
  const [titles, setTitles] = useState(initialTitles);
  const [preview, setPreview] = useState<{ source: string; data: DeckPreview } | null>(null);
  const [saving, startSaving] = useTransition();
  const [savedVersion, setSavedVersion] = useState(version);
  const seq = useRef(0);

  useEffect(() => {
    const mine = ++seq.current;
    const timer = setTimeout(async () => {
      const out = await actions.preview({ markdown, deckId }).catch(() => null);
      if (mine === seq.current && out?.ok) setPreview({ source: markdown, data: out.data });
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [markdown, deckId, actions]);

  const pending = preview?.source !== markdown;
  const diagnostics = useMemo(() => preview?.data.diagnostics ?? [], [preview]);
  const errorLines = useMemo(() => new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.line)), [diagnostics]);
  const goTo = (line: number, col = 1) => area.current && goToLine(area.current, line, col);

  const save = () =>
    startSaving(async () => {
      const out = await actions.save({ deckId, markdown, titleZh: titles.zh || undefined, titleEn: titles.en || undefined });
      if (out.ok) {
        setMarkdown(out.data.markdown);
        setSavedVersion(out.data.version);
        toast.success(t('saved', { version: out.data.version }));
        if (!deckId) router.replace(`/decks/${encodeURIComponent(out.data.deckId)}/edit`);
        else router.refresh();
        return;
      }
      if (out.error === 'content') {
        setPreview((p) => (p ? { ...p, data: { ...p.data, diagnostics: out.diagnostics } } : p));
        toast.error(t('saveRefused'));
        const first: Diagnostic | undefined = out.diagnostics[0];
        if (first) goTo(first.line, first.col);
        return;
      }
      const known = ['not_found', 'forbidden', 'unauthenticated', 'invalid'] as const;
      toast.error(t(`saveError.${(known as readonly string[]).includes(out.error) ? out.error : 'failed'}` as 'saveError.failed'));
    });

  const errors = preview?.data.errors ?? 0;
  return (
    <div className="flex flex-col gap-4">
      {!readOnly && (
        <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <TitleFields titles={titles} onChange={setTitles} placeholder={preview?.data.title || t('titlePlaceholder')} />
          <div className="flex flex-wrap items-center gap-2">
            <UploadButton maxChars={MAX_DECK_CHARS} onText={setMarkdown} />
            <button type="button" onClick={save} disabled={saving || errors > 0 || !markdown.trim()} className={buttonClass}>
              {saving ? t('saving') : t('save')}
            </button>
          </div>
        </div>
      )}
      <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {savedVersion ? t('currentVersion', { version: savedVersion }) : t('notSaved')}
        {!readOnly && errors > 0 ? ` · ${t('fixToSave')}` : ''}
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="flex min-w-0 flex-col gap-3">
          <label htmlFor="deck-source" className="text-sm font-medium">
            {t('source')}
          </label>
          <CodeArea
            ref={area}
            id="deck-source"
            value={markdown}
            onChange={setMarkdown}
            readOnly={readOnly}
            errorLines={errorLines}
            describedBy="deck-problems"
            placeholder={t('placeholder')}
          />
          <DiagnosticsList id="deck-problems" diagnostics={diagnostics} onGoTo={(d) => goTo(d.line, d.col)} />
        </div>
        <PreviewPane cards={preview?.data.cards ?? []} pending={pending} onGoTo={goTo} />
      </div>
    </div>
  );
}
