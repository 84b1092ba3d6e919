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
  /** Older secrets still accepted for existing sessions while AUTH_SECRET is rotated (Auth.js's naming). */
  AUTH_SECRET_1: optionalNonEmpty,
  AUTH_SECRET_2: optionalNonEmpty,
  AUTH_SECRET_3: optionalNonEmpty,
  AUTH_GITHUB_ID: optionalNonEmpty,
  AUTH_GITHUB_SECRET: optionalNonEmpty,
  AUTH_GOOGLE_ID: optionalNonEmpty,
  AUTH_GOOGLE_SECRET: optionalNonEmpty,
  DEMO_MODE: optionalNonEmpty.pipe(z.enum(['true', 'false']).optional()),
  /** How many reverse proxies in front of the app to trust for X-Forwarded-* (0: none, the socket is the client). */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
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

/** The secrets that verify session tokens: the current one first (it signs new tokens), then old ones. */
export function authSecrets(e: Pick<Env, 'AUTH_SECRET' | 'AUTH_SECRET_1' | 'AUTH_SECRET_2' | 'AUTH_SECRET_3'> = env()): string[] {
  return [e.AUTH_SECRET, e.AUTH_SECRET_1, e.AUTH_SECRET_2, e.AUTH_SECRET_3].filter((s): s is string => Boolean(s));
}
