'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { toast } from 'sonner';
import { secondaryButtonClass } from '@/components/ui/field';
import type { ActionResult } from '@/lib/auth/guard';

/** Publish / Unpublish one of the teacher's decks. */
export function PublishButton({
  deckId,
  title,
  published,
  action,
}: {
  deckId: string;
  title: string;
  published: boolean;
  action: (input: { deckId: string; published: boolean }) => Promise<ActionResult<{ published: boolean }>>;
}) {
  const t = useTranslations('deckEditor');
  const router = useRouter();
  const [pending, start] = useTransition();
  const label = published ? t('unpublish') : t('publish');
  return (
    <button
      type="button"
      disabled={pending}
      aria-label={published ? t('unpublishNamed', { title }) : t('publishNamed', { title })}
      className={`${secondaryButtonClass} text-sm`}
      onClick={() =>
        start(async () => {
          const out = await action({ deckId, published: !published });
          if (!out.ok) {
            toast.error(t('publishFailed'));
            return;
          }
          toast.success(out.data.published ? t('publishedToast') : t('unpublishedToast'));
          router.refresh();
        })
      }
    >
      {label}
    </button>
  );
}
