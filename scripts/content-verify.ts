/**
 * `npm run content:verify [-- --seeds 1,2,3] [--count 20] [--card <id>] [--max-steps N]`:
 * runs every predict card's experiment in Node with the card's own params on random seeds
 * (printed, so a failure can be replayed with --seeds) and fails when a card's answer
 * changes on more than one seed.
 */
import { randomInt } from 'node:crypto';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { loadContent } from '@/lib/content/load';
import { getExperimentSpec } from '@/lib/experiments/registry';
import { runExperiment } from '@/lib/experiments/runnables';
import { capSteps, drawSeeds, parseSeedList, verifyCard, type VerifiableCard } from '@/lib/experiments/verify';

const fail = (message: string, fix: string): never => {
  console.error(`error: ${message}\nfix: ${fix}`);
  process.exit(2);
};

const USAGE = 'usage: npm run content:verify -- [--seeds 1,2,3] [--count 20] [--card <id>] [--max-steps N]';
function readArgs() {
  try {
    return parseArgs({
      options: {
        seeds: { type: 'string' },
        count: { type: 'string' },
        card: { type: 'string', multiple: true },
        'max-steps': { type: 'string' },
        root: { type: 'string' },
      },
    }).values;
  } catch (err) {
    return fail((err as Error).message, USAGE);
  }
}
const values = readArgs();
const count = values.count === undefined ? 20 : Number(values.count);
if (!Number.isInteger(count) || count < 1) fail(`--count must be a positive integer, got "${values.count}"`, 'e.g. --count 20');
const seeds = values.seeds === undefined ? drawSeeds(count, () => randomInt(0, 2 ** 32) / 2 ** 32) : parseSeedList(values.seeds);
if (!seeds) fail(`--seeds must be a comma-separated list of non-negative integers, got "${values.seeds}"`, 'e.g. --seeds 1,2,3');
const maxSteps = values['max-steps'] === undefined ? undefined : Number(values['max-steps']);
if (maxSteps !== undefined && !(Number.isInteger(maxSteps) && maxSteps >= 1))
  fail('--max-steps must be a positive integer', 'e.g. --max-steps 100');

const content = await loadContent(values.root ?? process.cwd());
let cards: VerifiableCard[] = content.cards
  .filter((c) => c.type === 'predict' && c.predict)
  .map((c) => ({ id: c.id, file: c.file, line: c.line, ...c.predict! }));
if (values.card) {
  const unknown = values.card.filter((id) => !cards.some((c) => c.id === id));
  if (unknown.length) fail(`no predict card ${unknown.join(', ')}`, `predict cards: ${cards.map((c) => c.id).join(', ')}`);
  cards = cards.filter((c) => values.card!.includes(c.id));
}

await tf.setBackend('cpu');
await tf.ready();
const allowedMisses = 1;
console.log(`seeds: ${seeds!.join(',')}`);
console.log(`replay: npm run content:verify -- --seeds ${seeds!.join(',')}${maxSteps ? ` --max-steps ${maxSteps}` : ''}`);
const t0 = performance.now();
let failed = 0;
for (const card of cards) {
  const verdict = await verifyCard(card, seeds!, async (id, params, seed) => runExperiment(id, params, seed), { allowedMisses, maxSteps });
  const spec = getExperimentSpec(card.experiment);
  const label = spec?.outcomes.find((o) => o.key === verdict.answer)?.label.en ?? verdict.answer;
  const agree = seeds!.length - verdict.misses.length;
  console.log(
    `${verdict.ok ? 'ok  ' : 'FAIL'} ${card.id} (${card.file}:${card.line}) ${card.experiment}: ${agree}/${seeds!.length} seeds give "${verdict.answer}" (${label}), ${(verdict.ms / 1000).toFixed(1)} s`,
  );
  if (verdict.misses.length > 0) {
    for (const r of verdict.results.filter((x) => verdict.misses.includes(x.seed))) {
      const value = card.metric ? ` ${card.metric}=${r.metrics[card.metric]}` : '';
      console.log(
        `       seed ${r.seed}: "${r.outcome}"${value}  replay: npm run experiment -- ${card.experiment} --seed ${r.seed} --params '${JSON.stringify(capSteps(card.params, maxSteps))}'`,
      );
    }
  }
  if (!verdict.ok) failed++;
}
console.log(
  `${cards.length - failed}/${cards.length} predict cards fair on ${seeds!.length} seeds (at most ${allowedMisses} may differ), ${((performance.now() - t0) / 1000).toFixed(0)} s`,
);
process.exit(failed > 0 ? 1 : 0);
