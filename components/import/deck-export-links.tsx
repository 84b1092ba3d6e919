import { secondaryButtonClass } from '@/components/ui/field';

/** Plain download links (GET routes that answer with an attachment): no script needed. */
export function DeckExportLinks({ deckId, apkg, markdown, label }: { deckId: string; apkg: string; markdown: string; label: string }) {
  const base = `/api/decks/${encodeURIComponent(deckId)}/export`;
  return (
    <nav aria-label={label} className="flex flex-wrap gap-2">
      <a href={`${base}?format=apkg`} download className={`${secondaryButtonClass} text-sm`}>
        {apkg}
      </a>
      <a href={`${base}?format=md`} download className={`${secondaryButtonClass} text-sm`}>
        {markdown}
      </a>
    </nav>
  );
}
