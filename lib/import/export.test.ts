import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { parseNote } from '@/lib/content/parse';
import type { Card } from '@/lib/content/types';
import { apkg18 } from '@/tests/fixtures/anki/build';
import { NOW } from '@/tests/fixtures/anki/collection';
import { readAnkiPackage } from './anki-package';
import { planImport } from './anki-map';
import { exportApkg } from './export-apkg';
import { deckToMarkdown } from './export-markdown';
import { clozeText, toExportNotes } from './export-notes';
import { DEFAULT_LIMITS } from './limits';
import { markdownToAnkiHtml } from './md-to-html';
import { loadSqlJs } from './sqljs';

const UTC = { timeZone: 'UTC', rolloverHour: 4 };
let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const importPlan = (bytes: Uint8Array) =>
  planImport(readAnkiPackage(SQL, bytes, DEFAULT_LIMITS), { now: NOW, limits: DEFAULT_LIMITS, ...UTC });
const cardsOf = (plan: ReturnType<typeof importPlan>): Card[] =>
  plan.decks.flatMap((d) => parseNote(d.markdown, { file: 'deck.md' }).cards);
const shape = (c: Card) => ({ type: c.type, front: c.front, back: c.back });

describe('export', () => {
  it('rebuilds cloze text with numbers and hints from the sibling cards', () => {
    const cards = parseNote('A {{c1::x::hint}} b {{c2::y}} c {{c1::z}}. ^n', { file: 'd.md' }).cards;
    expect(clozeText(cards)).toBe('A {{c1::x::hint}} b {{c2::y}} c {{c1::z}}.');
  });

  it('writes Anki maths as \\( \\) and \\[ \\] inside sanitized HTML', () => {
    expect(markdownToAnkiHtml('**a** $x^2$ <script>alert(1)</script>')).not.toContain('<script');
    expect(markdownToAnkiHtml('**a** $x^2$')).toBe('<strong>a</strong> \\(x^2\\)');
    expect(markdownToAnkiHtml('$$\ny\n$$')).toBe('\\[y\\]');
  });

  it('Markdown export round-trips through the parser: same ids, types, fronts and backs', () => {
    const cards = cardsOf(importPlan(apkg18(SQL)));
    const { notes, skipped } = toExportNotes(cards);
    expect(skipped).toEqual([]);
    const again = parseNote(deckToMarkdown('Exported', notes), { file: 'deck.md' });
    expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(again.cards.map((c) => c.id)).toEqual(cards.map((c) => c.id));
    expect(again.cards.map(shape)).toEqual(cards.map(shape));
  });

  it('.apkg export → import gives the same cards, states and review counts', () => {
    const first = importPlan(apkg18(SQL));
    const cards = cardsOf(first);
    const { notes } = toExportNotes(cards);
    const reviews = first.reviews.map((r) => ({ ...r, efAfter: r.efAfter, at: r.at }));
    const bytes = exportApkg(SQL, { deckTitle: 'Deep Learning::Export', notes, states: first.states, reviews, now: NOW }, UTC);
    const second = importPlan(bytes);
    const again = cardsOf(second);
    expect(again.map(shape)).toEqual(cards.map(shape));
    expect(second.decks.map((d) => d.title)).toEqual(['Deep Learning::Export']);
    expect(second.counts.reviews).toBe(first.counts.reviews);
    // Card ids differ (the export's note GUIDs are our group ids), so compare states in card order.
    const states = (plan: typeof first, list: Card[]) =>
      list.map((c) => {
        const s = plan.states.get(c.id);
        return (
          s && {
            ef: s.ef,
            interval: s.interval,
            due: s.due.toISOString(),
            lapses: s.lapses,
            suspended: s.suspended,
            buried: s.buriedUntil !== null,
          }
        );
      });
    expect(states(second, again)).toEqual(states(first, cards));
    const perCard = (plan: typeof first, list: Card[]) =>
      list.map((c) => plan.reviews.filter((r) => r.cardId === c.id).map((r) => r.grade));
    expect(perCard(second, again)).toEqual(perCard(first, cards));
  });
});
