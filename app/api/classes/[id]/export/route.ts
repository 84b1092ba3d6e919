import { NextResponse } from 'next/server';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { contentDisposition, csvFilename } from '@/lib/classes/csv';
import { CARD_COLUMNS, cardsCsv, LEARNER_COLUMNS, learnersCsv } from '@/lib/classes/export';
import { classDashboard } from '@/lib/db/class-dashboard';
import { authedRoute } from '@/lib/http/route';

const querySchema = z.object({ kind: z.enum(['learners', 'cards']) });

/**
 * GET ?kind=learners|cards: the dashboard's learner table or per-card statistics as CSV
 * (UTF-8 with a BOM, formula cells guarded). Only the class's teacher; anyone else's
 * class id answers 404 as an unknown one does. Changes nothing.
 */
export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  return authedRoute('teacher', async ({ user }) => {
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) return NextResponse.json({ error: 'invalid' }, { status: 400 });
    const d = await classDashboard(user, id);
    if (!d) return NextResponse.json({ error: 'not_found' }, { status: 404 });
    const t = await getTranslations('teach');
    const locale = await getLocale();
    // Column keys are data here (lib/classes/export.ts lists them), so look them up untyped.
    const tr = t as unknown as (key: string) => string;
    const header = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, tr(`csv.${k}`)])) as Record<K, string>;
    let body: string;
    if (query.data.kind === 'learners') {
      body = learnersCsv(
        d.assignments.map(({ assignment: a, rows }) => ({
          title: locale === 'en' ? a.title.en : a.title.zh,
          kind: a.kind,
          dueDay: a.dueDay,
          rows,
        })),
        header(LEARNER_COLUMNS),
        { status: (s) => t(`status.${s}`), kind: (k) => t(`kind.${k}`) },
      );
    } else {
      const quiz = new Map(d.quiz.items.map((q) => [q.cardId, q]));
      const cards = [
        ...d.cards,
        ...d.quiz.items
          .filter((q) => !d.cards.some((c) => c.cardId === q.cardId))
          .map((q) => ({ ...q, reviews: 0, passed: 0, learners: 0, recall: null })),
      ];
      body = cardsCsv(
        cards.map((c) => ({ ...c, topic: c.noteTitle, quiz: quiz.get(c.cardId) })),
        header(CARD_COLUMNS),
      );
    }
    const day = new Date().toISOString().slice(0, 10);
    return new NextResponse(body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': contentDisposition(csvFilename(d.class.name, query.data.kind, day)),
        'Cache-Control': 'no-store',
      },
    });
  })(request);
}
