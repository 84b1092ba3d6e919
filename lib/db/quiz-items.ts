import 'server-only';
import { renderMarkdownCached as renderMarkdown } from '@/lib/content/render-cache';
import type { CardOption, PredictSpec } from '@/lib/content/types';
import type { AttemptItem } from '@/lib/quiz/definition';
import { clozeAnswer } from '@/lib/quiz/forms';
import { isMultiSelect } from '@/lib/quiz/choice';
import type { QuizFeedback, QuizItemView } from '@/lib/quiz/views';
import { db } from './client';
import type { StoredAnswer } from './quizzes';

interface CardData {
  options?: CardOption[];
  answers?: string[];
  predict?: PredictSpec;
  explanation?: string;
}

type CardRow = Awaited<ReturnType<typeof loadCards>> extends Map<string, infer R> ? R : never;

async function loadCards(ids: readonly string[]) {
  const rows = await db().card.findMany({ where: { id: { in: [...ids] } } });
  return new Map(rows.map((r) => [r.id, r]));
}

const noteHref = (c: { topic: string; groupId: string }) => `/notes/${encodeURIComponent(c.topic)}#card-${encodeURIComponent(c.groupId)}`;

function itemView(index: number, item: AttemptItem, c: CardRow): QuizItemView {
  const data = (c.data ?? {}) as CardData;
  const base = { index, form: item.form, headingPath: c.headingPath, frontHtml: renderMarkdown(c.front) };
  if (item.form === 'mc') {
    const options = data.options ?? [];
    return { ...base, options: options.map((o) => ({ html: renderMarkdown(o.text) })), multi: isMultiSelect(options) };
  }
  if (item.form === 'predict' && data.predict) {
    const { experiment, params, metric, tolerance } = data.predict;
    const options = (data.options ?? []).flatMap((o) => (o.outcome ? [{ outcome: o.outcome, html: renderMarkdown(o.text) }] : []));
    return { ...base, predict: { experiment, params, metric, tolerance, options } };
  }
  return base;
}

/** A self-rated item's back, rendered: sent only when the learner asks to reveal it. */
export async function selfItemBack(item: AttemptItem | undefined): Promise<string | null> {
  if (!item || item.form !== 'self') return null;
  const card = await db().card.findUnique({ where: { id: item.cardId }, select: { back: true } });
  return card ? renderMarkdown(card.back) : null;
}

/** The attempt's items as the runner shows them: questions only. */
export async function quizItemViews(items: readonly AttemptItem[]): Promise<QuizItemView[]> {
  const cards = await loadCards(items.map((i) => i.cardId));
  return items.flatMap((item, index) => {
    const c = cards.get(item.cardId);
    return c ? [itemView(index, item, c)] : [];
  });
}

function given(answer: StoredAnswer, data: CardData): string {
  const r = answer.response;
  if (r.form === 'mc') return r.selected.map((i) => data.options?.[i]?.text ?? '?').join('; ');
  if (r.form === 'typed' || r.form === 'cloze') return r.text;
  if (r.form === 'predict') return r.prediction;
  return r.form === 'self' ? r.rating : '';
}

function answerMarkdown(form: AttemptItem['form'], c: CardRow, data: CardData): string {
  if (form === 'mc')
    return (data.options ?? [])
      .filter((o) => o.correct)
      .map((o) => `- ${o.text}`)
      .join('\n');
  if (form === 'typed') return data.answers?.[0] ?? '';
  if (form === 'cloze') return clozeAnswer(c.back) ?? c.back;
  if (form === 'predict') return '';
  return c.back;
}

/** What the learner sees once an answer is saved: right or not, the right answer, the explanation, the note. */
export async function quizFeedback(items: readonly AttemptItem[], answers: readonly StoredAnswer[]): Promise<QuizFeedback[]> {
  const cards = await loadCards(answers.flatMap((a) => (items[a.itemIndex] ? [items[a.itemIndex]!.cardId] : [])));
  return answers.flatMap((a) => {
    const item = items[a.itemIndex];
    const c = item && cards.get(item.cardId);
    if (!item || !c) return [];
    const data = (c.data ?? {}) as CardData;
    const verdict = (a.response as { verdict?: string }).verdict;
    return [
      {
        index: a.itemIndex,
        correct: a.correct,
        late: a.late,
        score: a.score,
        certainty: a.certainty,
        ...(verdict === 'close' ? { close: true } : {}),
        ...(a.response.form === 'self' ? { rating: a.response.rating } : {}),
        given: given(a, data),
        answerHtml: renderMarkdown(answerMarkdown(item.form, c, data)),
        explanationHtml: data.explanation ? renderMarkdown(data.explanation) : undefined,
        noteHref: noteHref(c),
      },
    ];
  });
}

/** Feedback for missed items that were never answered: the right answer and the note, nothing given. */
export async function unansweredFeedback(items: readonly AttemptItem[], indexes: readonly number[]): Promise<QuizFeedback[]> {
  const cards = await loadCards(indexes.flatMap((i) => (items[i] ? [items[i]!.cardId] : [])));
  return indexes.flatMap((index) => {
    const item = items[index];
    const c = item && cards.get(item.cardId);
    if (!item || !c) return [];
    const data = (c.data ?? {}) as CardData;
    return [
      {
        index,
        correct: null,
        late: false,
        score: null,
        certainty: null,
        given: '',
        answerHtml: renderMarkdown(answerMarkdown(item.form, c, data)),
        explanationHtml: data.explanation ? renderMarkdown(data.explanation) : undefined,
        noteHref: noteHref(c),
      },
    ];
  });
}
