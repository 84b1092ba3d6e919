/**
 * Environment variables, parsed once with zod. A bad value fails at start with a
 * message that names the variable. Secrets come only from here.
 */
import { z } from 'zod';

const optionalNonEmpty = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));

const schema = z.object({
  DATABASE_URL: optionalNonEmpty.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL (leave it unset for the embedded PGlite database)')
      .optional(),
  ),
  PGLITE_DIR: z.string().default('.data/pglite'),
  AUTH_SECRET: optionalNonEmpty,
  AUTH_GITHUB_ID: optionalNonEmpty,
  AUTH_GITHUB_SECRET: optionalNonEmpty,
  AUTH_GOOGLE_ID: optionalNonEmpty,
  AUTH_GOOGLE_SECRET: optionalNonEmpty,
  DEMO_MODE: optionalNonEmpty.pipe(z.enum(['true', 'false']).optional()),
  SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).default(10),
  SIGNIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Test fixtures only (the e2e suite's hostile-content deck): a project-relative directory with notes/ and decks.yaml, synced beside content/. */
  EXTRA_CONTENT_DIR: optionalNonEmpty.pipe(
    z
      .string()
      .refine((v) => !v.startsWith('/') && !v.split(/[\\/]/).includes('..'), 'must be a path inside the project, e.g. e2e/fixtures/xss')
      .optional(),
  ),
});

export type Env = z.infer<typeof schema> & {
  /** True when no DATABASE_URL is set: the app runs on embedded PGlite. */
  embedded: boolean;
  /** Demo accounts exist only in embedded/demo mode. */
  demo: boolean;
};

let cached: Env | undefined;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  const embedded = parsed.data.DATABASE_URL === undefined;
  const demo = parsed.data.DEMO_MODE ? parsed.data.DEMO_MODE === 'true' : embedded;
  return { ...parsed.data, embedded, demo };
}

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
