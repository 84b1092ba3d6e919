/** `npm run experiment -- <id> [--seed N] [--params JSON] [--json]`: run one experiment in Node and print what it measured. */

import * as tf from '@tensorflow/tfjs';
import { formatRunText, isUsageError, parseExperimentArgs } from '@/lib/experiments/cli';
import { getExperimentSpec } from '@/lib/experiments/registry';
import { runExperiment } from '@/lib/experiments/runnables';

const args = parseExperimentArgs(process.argv.slice(2), 1 + Math.floor(Math.random() * 1_000_000));
if (isUsageError(args)) {
  console.error(`error: ${args.message}\nfix: ${args.fix}`);
  process.exit(2);
}
await tf.setBackend('cpu');
await tf.ready();
const run = await runExperiment(args.id, args.params, args.seed);
const spec = getExperimentSpec(args.id)!;
if (args.json) {
  const { id, seed, params, metrics, outcome, ms } = run;
  console.log(JSON.stringify({ id, seed, params, metrics, outcome, ms: Math.round(ms) }, null, 2));
} else console.log(formatRunText(spec, run));
