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

/** A card's runs that showed one outcome: how many, and when the first of them was made. */
export interface OutcomeGroup {
  cardId: string;
  outcome: string;
  runs: number;
  firstAt: Date;
}

/** A card's learners whose first run made one prediction, at one confidence, right or wrong. */
export interface FirstPredictionGroup {
  cardId: string;
  prediction: string;
  confidence: string | null;
  correct: boolean;
  learners: number;
  /** The earliest of these first runs. */
  firstAt: Date;
}

/** A class's predict runs, grouped: what aggregateMisconceptions reads. */
export interface PredictRunGroups {
  outcomes: OutcomeGroup[];
  firsts: FirstPredictionGroup[];
}

/**
 * Groups runs as the database does (lib/db/class-insights): every run by its card and
 * outcome, and each learner's first run of a card by its prediction, confidence and
 * correctness. Runs made at the same moment are taken in the order given (the database takes
 * them by id).
 */
export function groupPredictRuns(runs: readonly PredictRun[]): PredictRunGroups {
  const outcomes = new Map<string, OutcomeGroup>();
  const firsts = new Map<string, FirstPredictionGroup>();
  const seen = new Set<string>();
  // Earliest first; runs at the same moment keep their order (the sort is stable).
  for (const r of [...runs].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    const o = `${r.cardId}\u0000${r.outcome}`;
    const og = outcomes.get(o);
    if (og) og.runs += 1;
    else outcomes.set(o, { cardId: r.cardId, outcome: r.outcome, runs: 1, firstAt: r.createdAt });
    const learner = `${r.cardId}\u0000${r.userId}`;
    if (seen.has(learner)) continue;
    seen.add(learner);
    const f = `${r.cardId}\u0000${r.prediction}\u0000${r.confidence}\u0000${r.correct}`;
    const fg = firsts.get(f);
    if (fg) fg.learners += 1;
    else
      firsts.set(f, {
        cardId: r.cardId,
        prediction: r.prediction,
        confidence: r.confidence,
        correct: r.correct,
        learners: 1,
        firstAt: r.createdAt,
      });
  }
  return { outcomes: [...outcomes.values()], firsts: [...firsts.values()] };
}

const byFirst = <T extends { firstAt: Date }>(a: T, b: T) => a.firstAt.getTime() - b.firstAt.getTime();

function groupByCard<T extends { cardId: string }>(xs: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of xs) {
    const list = out.get(x.cardId);
    if (list) list.push(x);
    else out.set(x.cardId, [x]);
  }
  return out;
}

/**
 * One entry per card that has runs, most-wrong first (share of learners wrong, then more
 * learners first). Options keep the card's order; an outcome a run produced or a learner
 * predicted that is not among the options (a card edited since) is appended with its id as
 * the label, in the order it first appeared.
 */
export function aggregateMisconceptions(cards: readonly PredictCardInfo[], groups: PredictRunGroups): CardMisconception[] {
  const outcomesByCard = groupByCard(groups.outcomes);
  const firstsByCard = groupByCard(groups.firsts);
  const out: CardMisconception[] = [];
  for (const card of cards) {
    const shownGroups = [...(outcomesByCard.get(card.cardId) ?? [])].sort(byFirst);
    if (!shownGroups.length) continue;
    const firstGroups = [...(firstsByCard.get(card.cardId) ?? [])].sort(byFirst);
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
    let runs = 0;
    for (const g of shownGroups) {
      tally(g.outcome).shown += g.runs;
      runs += g.runs;
    }

    const confidence = emptyConfidence();
    let learners = 0;
    let right = 0;
    let confidentlyWrong = 0;
    for (const g of firstGroups) {
      const t = tally(g.prediction);
      const c = confidenceKey(g.confidence);
      t.predicted += g.learners;
      t.byConfidence[c] += g.learners;
      confidence[c] += g.learners;
      learners += g.learners;
      if (g.correct) right += g.learners;
      else if (c === 'high') confidentlyWrong += g.learners;
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
      learners,
      runs,
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
