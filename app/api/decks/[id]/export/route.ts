import { NextResponse } from 'next/server';
import { exportDeckApkg, exportDeckMarkdown } from '@/lib/db/exports';
import { authedRoute } from '@/lib/http/route';
import { requestLocale } from '@/lib/i18n/config';
import { exportFormatSchema } from '@/lib/import/schemas';

const fileName = (title: string, ext: string) => {
  const ascii = title.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'deck';
  return `attachment; filename="${ascii}.${ext}"; filename*=UTF-8''${encodeURIComponent(title)}.${ext}`;
};

/** GET ?format=apkg|md: a deck the caller may read, as an Anki package (with the caller's schedule and reviews) or as card Markdown. */
export const GET = authedRoute('learner', async ({ user, request }) => {
  const url = new URL(request.url);
  const deckId = decodeURIComponent(url.pathname.split('/').at(-2) ?? '');
  const format = exportFormatSchema.safeParse(url.searchParams.get('format') ?? 'apkg');
  if (!format.success) return NextResponse.json({ error: 'invalid' }, { status: 400 });
  const locale = requestLocale(request, user.locale);
  if (format.data === 'md') {
    const md = await exportDeckMarkdown(user.id, deckId, locale);
    if (!md) return NextResponse.json({ error: 'not_found' }, { status: 404 });
    return new Response(md.markdown, {
      headers: { 'content-type': 'text/markdown; charset=utf-8', 'content-disposition': fileName(md.title, 'md') },
    });
  }
  const apkg = await exportDeckApkg(user.id, deckId, locale);
  if (!apkg) return NextResponse.json({ error: 'not_found' }, { status: 404 });
  return new Response(apkg.bytes as Uint8Array<ArrayBuffer>, {
    headers: { 'content-type': 'application/octet-stream', 'content-disposition': fileName(apkg.title, 'apkg') },
  });
});
