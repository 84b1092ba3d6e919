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
  /** Failed sign-ins per (email, client address), and per device cookie, within the window. */
  SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).default(10),
  /** Failed sign-ins per client address across all emails (password spraying). */
  SIGNIN_CLIENT_MAX_FAILURES: z.coerce.number().int().min(1).default(50),
  /** Failed sign-ins per email from browsers without that account's device cookie (guessing from many addresses). */
  SIGNIN_ACCOUNT_MAX_FAILURES: z.coerce.number().int().min(1).default(50),
  SIGNIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Test fixtures only (the e2e suite's hostile-content deck): a project-relative directory with notes/ and decks.yaml, synced beside content/. */
  EXTRA_CONTENT_DIR: optionalNonEmpty.pipe(
    z
      .string()
      .refine((v) => !v.startsWith('/') && !v.split(/[\\/]/).includes('..'), 'must be a path inside the project, e.g. e2e/fixtures/xss')
      .optional(),
  ),
  /** Sign-up attempts per client address within SIGNUP_WINDOW_MINUTES. */
  SIGNUP_MAX_PER_CLIENT: z.coerce.number().int().min(1).default(20),
  SIGNUP_WINDOW_MINUTES: z.coerce.number().int().min(1).default(60),
  /**
   * Reverse proxies in front of the app whose X-Forwarded-For entries are trusted. 0 (unset):
   * none, the client address is the TCP peer. N: the Nth entry from the right of X-Forwarded-For.
   */
  TRUST_PROXY: optionalNonEmpty.pipe(
    z.coerce
      .number<string | undefined>({ error: 'must be a whole number of proxy hops (0 or unset: trust no forwarded header)' })
      .int('must be a whole number of proxy hops (0 or unset: trust no forwarded header)')
      .min(0, 'must be 0 or more')
      .max(10, 'more than 10 proxy hops is surely a mistake')
      .default(0),
  ),
  /** open: any learner may become a teacher in Settings. closed: only `npm run user:role` makes teachers. */
  TEACHER_SIGNUP: optionalNonEmpty.pipe(z.enum(['open', 'closed'], { error: 'must be open or closed' }).default('open')),
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

/** Tests only: forget the parsed environment, so the next env() reads process.env again. */
export function resetEnv(): void {
  cached = undefined;
}
