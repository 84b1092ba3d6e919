/**
 * What the deck editor's preview shows: each card rendered by the same renderer and
 * sanitizer as built-in content (render.ts), plus the check's diagnostics. Pure.
 */

import { getExperimentSpec, type Localized } from '@/lib/experiments/registry';
import { readDeckSource } from './deck-source';
import { renderMarkdown } from './render';
import type { CardType, Diagnostic } from './types';

export interface PreviewCard {
  id: string;
  type: CardType;
  line: number;
  headingPath: string[];
  frontHtml: string;
  /** Absent for multiple choice and predict cards (their options are the answer). */
  backHtml?: string;
  options?: Array<{ html: string; correct?: boolean }>;
  answers?: string[];
  /** The predict card's experiment: its id and title. */
  experiment?: { id: string; title: Localized };
  explanationHtml?: string;
}

export interface DeckPreview {
  title: string;
  cards: PreviewCard[];
  diagnostics: Diagnostic[];
  errors: number;
}

/** Renders a deck source for the editor; the preview never writes anything. */
export function previewDeck(source: string): DeckPreview {
  const { note, diagnostics, errors } = readDeckSource(source);
  const cards = note.cards.map((c): PreviewCard => {
    const hasBack = c.type !== 'mc' && c.type !== 'predict';
    return {
      id: c.id,
      type: c.type,
      line: c.line,
      headingPath: c.headingPath,
      frontHtml: renderMarkdown(c.front),
      ...(hasBack ? { backHtml: renderMarkdown(c.back) } : {}),
      ...(c.options
        ? { options: c.options.map((o) => ({ html: renderMarkdown(o.text), ...(c.type === 'mc' ? { correct: !!o.correct } : {}) })) }
        : {}),
      ...(c.answers ? { answers: c.answers } : {}),
      ...(c.predict
        ? {
            experiment: {
              id: c.predict.experiment,
              title: getExperimentSpec(c.predict.experiment)?.title ?? { zh: c.predict.experiment, en: c.predict.experiment },
            },
          }
        : {}),
      ...(c.explanation ? { explanationHtml: renderMarkdown(c.explanation) } : {}),
    };
  });
  return { title: note.title === note.topic ? '' : note.title, cards, diagnostics, errors };
}
