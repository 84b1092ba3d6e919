/**
 * The shape of an experiment run a client may send with a predict answer, derived from the
 * registry: parameter names and ranges from `ParamSpec`, metric names from `MetricSpec`,
 * outcomes from `OutcomeSpec`. Unknown keys are refused, numbers must be finite, so a run
 * can never carry more than the spec describes (a 40,000-key metrics object is invalid).
 */
import { z } from 'zod';
import { isSafeText } from '@/lib/validation/text';
import { experimentSpecs, resolveParams, type ExperimentSpec, type Params, type ParamSpec } from './registry';

/** Far beyond any measurement the experiments make (parameter counts, losses, ratios). */
export const METRIC_LIMIT = 1e12;

function paramSchema(p: ParamSpec) {
  if (p.type === 'int') return z.number().int().min(p.min).max(p.max);
  if (p.type === 'float') return z.number().min(p.min).max(p.max);
  if (p.type === 'choice') return z.enum(p.choices as [string, ...string[]]);
  return z.boolean();
}

/** A numeric prediction as the predict item sends it: a finite number written as text. */
export const numericPrediction = z
  .string()
  .max(40)
  .refine((s) => s.trim() !== '' && Number.isFinite(Number(s)), { error: 'predictionInvalid' });

/** The zod schema of one experiment's run. Every key is optional where the runner may omit it. */
export function runSchemaFor(spec: ExperimentSpec) {
  const outcome = z.enum(spec.outcomes.map((o) => o.key) as [string, ...string[]]);
  const metric = z.number().min(-METRIC_LIMIT).max(METRIC_LIMIT);
  return z.strictObject({
    experimentId: z.literal(spec.id),
    // An outcome key for a choice, a number for a metric prediction (lib/content/predict.ts).
    prediction: z.union([outcome, numericPrediction]),
    confidence: z.enum(['low', 'medium', 'high']).optional(),
    // Absent keys stay absent (zod adds no `undefined`), hence the narrower output types.
    // Each value in bounds, and together possible (the spec's `check`: a kernel that fits its input).
    params: z
      .strictObject(Object.fromEntries(spec.params.map((p) => [p.key, paramSchema(p).optional()])))
      .refine((p) => resolveParams(spec, p).errors.length === 0, { error: 'paramsInvalid' }) as z.ZodType<Params>,
    seed: z.number().int(),
    // Some runs measure a metric only when it applies (group-conv's `params`), so each is optional.
    metrics: z.strictObject(Object.fromEntries(spec.metrics.map((m) => [m.key, metric.optional()]))) as z.ZodType<Record<string, number>>,
    outcome,
    backend: z.string().max(20).refine(isSafeText, { error: 'textInvalid' }).optional(),
    durationMs: z.number().min(0).max(86_400_000).optional(),
  });
}

const [first, ...rest] = experimentSpecs.map(runSchemaFor);

/** Any experiment's run, chosen by `experimentId`. */
export const runSchema = z.discriminatedUnion('experimentId', [first!, ...rest]);

export type RunInput = z.infer<typeof runSchema>;
