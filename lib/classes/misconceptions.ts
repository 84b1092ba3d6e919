/**
 * Misconceptions from predict cards: for each predict card, what the class predicted next to
 * what the experiment showed, with the learners' stated confidence. Pure.
 *
 * Which prediction counts: each learner's FIRST run of a card, the one made before they had
 * seen that experiment's result; later runs are a learner checking what they now know. What
 * the experiment showed is the outcome most runs of the card gave (all runs, every learner;
 * a seeded experiment gives the same outcome almost always, ties go to the outcome seen first).
 */

export type Confidence = 'low' | 'medium' | 'high';
export type ConfidenceCounts = Record<Confidence | 'none', number>;

export interface PredictRun {
  userId: string;
  cardId: string;
  prediction: string;
  confidence: string | null;
  outcome: string;
  correct: boolean;
  createdAt: Date;
}

export interface PredictCardInfo {
  cardId: string;
  /** The card's question, as plain text. */
  question: string;
  experimentId: string;
  /** The predict spec's options: an outcome id and the label learners chose. */
  options: readonly { outcome: string; text: string }[];
  topic: string;
  groupId: string;
}

export interface OptionTally {
  outcome: string;
  label: string;
  /** Learners whose first prediction was this option. */
  predicted: number;
  byConfidence: ConfidenceCounts;
  /** Runs of the card whose result was this outcome. */
  shown: number;
  /** This option is what the experiment showed. */
  isOutcome: boolean;
}

export interface CardMisconception {
  card: PredictCardInfo;
  learners: number;
  runs: number;
  /** The outcome most runs showed, or null before any run. */
  outcome: string | null;
  /** Learners whose first prediction matched their run's result. */
  right: number;
  options: OptionTally[];
  /** The wrong option most learners predicted: "14 of 22 predicted that …". */
  topWrong: { outcome: string; label: string; count: number } | null;
  /** Learners who were wrong at high confidence. */
  confidentlyWrong: number;
  confidence: ConfidenceCounts;
}

const emptyConfidence = (): ConfidenceCounts => ({ low: 0, medium: 0, high: 0, none: 0 });
const confidenceKey = (c: string | null): keyof ConfidenceCounts => (c === 'low' || c === 'medium' || c === 'high' ? c : 'none');

/**
 * One entry per card that has runs, most-wrong first (share of learners wrong, then more
 * learners first). Options keep the card's order; an outcome a run produced that is not among
 * the options (a card edited since) is appended with its id as the label.
 */
export function aggregateMisconceptions(cards: readonly PredictCardInfo[], runs: readonly PredictRun[]): CardMisconception[] {
  const byCard = new Map<string, PredictRun[]>();
  for (const r of runs) {
    const list = byCard.get(r.cardId);
    if (list) list.push(r);
    else byCard.set(r.cardId, [r]);
  }
  const out: CardMisconception[] = [];
  for (const card of cards) {
    const cardRuns = byCard.get(card.cardId);
    if (!cardRuns?.length) continue;
    const sorted = [...cardRuns].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    const tallies = new Map<string, OptionTally>();
    const tally = (outcome: string) => {
      let t = tallies.get(outcome);
      if (!t) {
        const label = card.options.find((o) => o.outcome === outcome)?.text ?? outcome;
        t = { outcome, label, predicted: 0, byConfidence: emptyConfidence(), shown: 0, isOutcome: false };
        tallies.set(outcome, t);
      }
      return t;
    };
    for (const o of card.options) tally(o.outcome);
    for (const r of sorted) tally(r.outcome).shown += 1;

    const first = new Map<string, PredictRun>();
    for (const r of sorted) if (!first.has(r.userId)) first.set(r.userId, r);
    const confidence = emptyConfidence();
    let right = 0;
    let confidentlyWrong = 0;
    for (const r of first.values()) {
      const t = tally(r.prediction);
      const c = confidenceKey(r.confidence);
      t.predicted += 1;
      t.byConfidence[c] += 1;
      confidence[c] += 1;
      if (r.correct) right += 1;
      else if (c === 'high') confidentlyWrong += 1;
    }

    const options = [...tallies.values()];
    const shownMax = Math.max(...options.map((o) => o.shown));
    const outcomeTally = options.find((o) => o.shown === shownMax && shownMax > 0) ?? null;
    if (outcomeTally) outcomeTally.isOutcome = true;
    const wrong = options
      .filter((o) => !o.isOutcome && o.predicted > 0)
      .reduce<OptionTally | null>((best, o) => (!best || o.predicted > best.predicted ? o : best), null);
    out.push({
      card,
      learners: first.size,
      runs: sorted.length,
      outcome: outcomeTally?.outcome ?? null,
      right,
      options,
      topWrong: wrong ? { outcome: wrong.outcome, label: wrong.label, count: wrong.predicted } : null,
      confidentlyWrong,
      confidence,
    });
  }
  const wrongShare = (m: CardMisconception) => (m.learners - m.right) / m.learners;
  return out.sort((a, b) => wrongShare(b) - wrongShare(a) || b.learners - a.learners || a.card.cardId.localeCompare(b.card.cardId));
}
