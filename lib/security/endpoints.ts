/**
 * Every door into the app, as plain data: each page, each route handler method and each
 * server action, with the least role that may use it, whether it touches per-user data
 * (and so needs an ownership check), and a sample valid input.
 *
 * `endpoints.test.ts` compares this list with the files under app/: a new page, route
 * method or `'use server'` export fails the unit tests until it is listed here, and
 * `e2e/access-matrix.spec.ts` then tries it as every kind of caller.
 */

/** Who may use an endpoint. A teacher may do everything a learner may. */
export type MinRole = 'public' | 'learner' | 'teacher';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

type Common = {
  /** The file that defines it, relative to the repository root. */
  file: string;
  role: MinRole;
  /** True when it reads or writes one user's rows: the query must be scoped to the caller. */
  ownsData: boolean;
  /** Why, when the entry is not obvious. */
  note?: string;
};

export type PageEndpoint = Common & {
  kind: 'page';
  /** The route pattern, e.g. `/decks/[id]`. */
  route: string;
  /** A concrete URL that renders (a real deck id, note topic or experiment id). */
  sample: string;
  /** A page a learner may open but whose tools are for teachers: it says so instead. */
  teacherTools?: boolean;
  /** One class's page: `sample` holds `<classId>`; see `ClassScope`. */
  classScope?: ClassScope;
  /**
   * Only the owner of the thing in the URL may open it; the sample belongs to nobody, so every
   * signed-in caller gets 404 (never a 403 that would confirm it exists).
   */
  ownerOnly?: boolean;
};

/**
 * An endpoint about one class. The access matrix fills `<classId>` (and `<assignmentId>`)
 * from a class the matrix's teacher owns, with the matrix's learner as a member; the
 * other learner is a member of the other teacher's class. Expected answers by caller:
 * - `members`: the class's teacher and its learners may use it; the other two get a 404
 *   (page) or `not_found` (action);
 * - `teacher`: only the class's teacher; learners get `forbidden` (role), the other
 *   teacher `not_found` (ownership is in the query).
 */
export type ClassScope = 'members' | 'teacher';

export type RouteEndpoint = Common & {
  kind: 'route';
  method: HttpMethod;
  route: string;
  /** A concrete request: URL, and a JSON body for methods that take one. */
  sample: { url: string; json?: unknown };
  /** Changes state: needs `Content-Type: application/json` and a same-origin `Origin`. */
  changesState: boolean;
  /** Auth.js's own handler: its answers are Auth.js's, not our JSON errors. */
  authjs?: boolean;
  /**
   * What an allowed caller gets for `sample`: 200/201 JSON; 404 `{ error: 'not_found' }` for an id they
   * do not own; `file`, a 200 download (`Content-Disposition: attachment`); `multipart`, an upload
   * route that refuses the matrix's JSON probe with 415 after its session checks.
   */
  allowed?: 'ok' | 'not_found' | 'file' | 'multipart';
};

/** A `FormData` argument, written as its fields. */
export type FormArg = { formData: Record<string, string> };

/**
 * Sample arguments are JSON. Two placeholders are filled in per call:
 * `'<unique>'` (a fresh idempotency key or email part) and `'<now>'` (an ISO time).
 */
export type ActionArg = null | boolean | number | string | FormArg | ActionArg[] | { [key: string]: ActionArg };

export type ActionEndpoint = Common & {
  kind: 'action';
  /** The exported name, or `inline#<n>` for the n-th inline `'use server'` function of a file. */
  name: string;
  /** The page whose form or component calls it: the browser POSTs there. */
  page: string;
  sample: ActionArg[];
  /**
   * What a caller gets back: an `ActionResult` (`{ ok, data | error }`), a form state for
   * `useActionState`, nothing (a plain `<form action>`), or a redirect (sign-in, sign-out).
   */
  returns: 'result' | 'form-state' | 'void' | 'redirect';
  /** What an allowed caller gets for `sample`: `ok` or the typed error a valid but unknown id gives. */
  allowed?: 'ok' | 'not_found';
  /** Using it changes who the caller is (ends the session, changes the role): tests use a throwaway user. */
  changesCaller?: 'session' | 'role';
  /** About one class: `sample` holds `<classId>` / `<assignmentId>`; see `ClassScope`. */
  classScope?: ClassScope;
};

export type Endpoint = PageEndpoint | RouteEndpoint | ActionEndpoint;

/** Sample content that exists in content/ and lib/experiments/registry.ts. */
export const samples = {
  deckId: 'vae',
  noteTopic: 'dropout',
  experimentId: 'dropout-eval',
  /** Cards of the `dropout` note, by their explicit anchors. */
  /** A deck's starter quiz (lib/db/quiz-sources.ts): every install has one per deck. */
  quizId: 'starter-vae',
  cards: { answer: 'dropout-term', bury: 'dropout-what', suspend: 'dropout-eval-all-neurons', untouched: 'dropout-scale-p05' },
} as const;

const page = (file: string, route: string, role: MinRole, ownsData: boolean, extra: Partial<PageEndpoint> = {}): PageEndpoint => ({
  kind: 'page',
  file: `app/${file}`,
  route,
  sample: route,
  role,
  ownsData,
  ...extra,
});

export const pages: PageEndpoint[] = [
  page('(app)/page.tsx', '/', 'learner', true, { note: 'Today: due counts, heatmap and forecast of the caller' }),
  page('(app)/classes/page.tsx', '/classes', 'learner', true, {
    teacherTools: true,
    note: "a learner sees 'Only teachers…', the join form and their own classes",
  }),
  page('(app)/classes/[id]/page.tsx', '/classes/[id]', 'learner', true, {
    sample: '/classes/<classId>',
    classScope: 'members',
    note: 'the teacher manages the class; a current member sees their own work for it; anyone else gets a 404',
  }),
  page('(app)/join/[code]/page.tsx', '/join/[code]', 'learner', false, {
    sample: '/join/NOSUCHCODE',
    note: 'shows the class and teacher for a live code, never joins on GET; an unknown code counts against the join limit',
  }),
  page('(app)/decks/page.tsx', '/decks', 'learner', false),
  page('(app)/decks/[id]/page.tsx', '/decks/[id]', 'learner', false, {
    sample: `/decks/${samples.deckId}`,
    note: "a teacher's own deck only for its owner, their classes' current members, or everyone once published; else 404",
  }),
  page('(app)/decks/new/page.tsx', '/decks/new', 'learner', false, { note: "a learner sees 'Only teachers can write decks'" }),
  page('(app)/decks/[id]/edit/page.tsx', '/decks/[id]/edit', 'teacher', true, {
    sample: `/decks/${samples.deckId}/edit`,
    ownerOnly: true,
    note: "only the deck's owner; anyone else, another teacher included, gets 404 (a built-in deck has no owner)",
  }),
  page('(app)/lab/page.tsx', '/lab', 'learner', false),
  page('(app)/lab/[id]/page.tsx', '/lab/[id]', 'learner', false, { sample: `/lab/${samples.experimentId}` }),
  page('(app)/notes/[topic]/page.tsx', '/notes/[topic]', 'learner', false, { sample: `/notes/${samples.noteTopic}` }),
  page('(app)/quiz/page.tsx', '/quiz', 'learner', true, { note: "the caller's quizzes and attempts, the course's starter quizzes" }),
  page('(app)/quiz/new/page.tsx', '/quiz/new', 'learner', false),
  page('(app)/quiz/[id]/page.tsx', '/quiz/[id]', 'learner', true, {
    sample: `/quiz/${samples.quizId}`,
    note: "any signed-in learner may open a definition (the share link); only the caller's attempts are shown",
  }),
  page('(app)/quiz/[id]/take/page.tsx', '/quiz/[id]/take', 'learner', true, { sample: `/quiz/${samples.quizId}/take` }),
  page('(app)/quiz/[id]/results/page.tsx', '/quiz/[id]/results', 'learner', true, {
    sample: `/quiz/${samples.quizId}/results`,
    note: "only the caller's own attempts; another learner's attempt id finds nothing",
  }),
  page('(app)/review/page.tsx', '/review', 'learner', true),
  page('(app)/review/[deck]/page.tsx', '/review/[deck]', 'learner', true, { sample: `/review/${samples.deckId}` }),
  page('(app)/settings/page.tsx', '/settings', 'learner', true),
  page('(app)/import/page.tsx', '/import', 'learner', false, { note: 'the upload form; jobs are read through GET /api/import/[id]' }),
  page('(app)/stats/page.tsx', '/stats', 'learner', true),
  page('(app)/teach/page.tsx', '/teach', 'teacher', true, {
    note: "the teacher dashboard: only the caller's own classes; a learner gets 404",
  }),
  page('(app)/teach/classes/[id]/page.tsx', '/teach/classes/[id]', 'teacher', true, {
    sample: '/teach/classes/<classId>',
    classScope: 'teacher',
    note: "only the class's teacher; another teacher's class answers 404 like an unknown id (lib/db/class-dashboard.int.test.ts, e2e/teach-dashboard.spec.ts)",
  }),
  page('(auth)/signin/page.tsx', '/signin', 'public', false, { note: 'a signed-in user is sent to /' }),
  page('(auth)/signup/page.tsx', '/signup', 'public', false, { note: 'a signed-in user is sent to /' }),
];

export const routes: RouteEndpoint[] = [
  {
    kind: 'route',
    file: 'app/api/health/route.ts',
    method: 'GET',
    route: '/api/health',
    sample: { url: '/api/health' },
    role: 'public',
    ownsData: false,
    changesState: false,
  },
  {
    kind: 'route',
    file: 'app/api/classes/route.ts',
    method: 'GET',
    route: '/api/classes',
    sample: { url: '/api/classes' },
    role: 'teacher',
    ownsData: true,
    changesState: false,
    note: "lists only the caller's classes",
  },
  {
    kind: 'route',
    file: 'app/api/classes/route.ts',
    method: 'POST',
    route: '/api/classes',
    sample: { url: '/api/classes', json: { name: 'Matrix <unique>' } },
    role: 'teacher',
    ownsData: true,
    changesState: true,
  },
  {
    kind: 'route',
    file: 'app/api/classes/[id]/export/route.ts',
    method: 'GET',
    route: '/api/classes/[id]/export',
    sample: { url: '/api/classes/no-such-class/export?kind=learners' },
    role: 'teacher',
    ownsData: true,
    changesState: false,
    allowed: 'not_found',
    note: "the dashboard's CSV: only the class's teacher; another teacher's class answers 404 like an unknown id",
  },
  {
    kind: 'route',
    file: 'app/api/import/route.ts',
    method: 'POST',
    route: '/api/import',
    sample: { url: '/api/import', json: { kind: 'anki' } },
    role: 'learner',
    ownsData: true,
    changesState: true,
    allowed: 'multipart',
    note: 'multipart/form-data only (lib/http/upload.ts): a JSON body gets 415; same-origin check first, like every state-changing route',
  },
  {
    kind: 'route',
    file: 'app/api/import/[id]/route.ts',
    method: 'GET',
    route: '/api/import/[id]',
    sample: { url: '/api/import/no-such-job' },
    role: 'learner',
    ownsData: true,
    changesState: false,
    allowed: 'not_found',
    note: "only the caller's own jobs; any other id is 404",
  },
  {
    kind: 'route',
    file: 'app/api/decks/[id]/export/route.ts',
    method: 'GET',
    route: '/api/decks/[id]/export',
    sample: { url: `/api/decks/${samples.deckId}/export?format=md` },
    role: 'learner',
    ownsData: true,
    changesState: false,
    allowed: 'file',
    note: "decks the caller may read (deckWhere); the .apkg holds the caller's own schedule and reviews",
  },
  {
    kind: 'route',
    file: 'app/api/me/export/route.ts',
    method: 'GET',
    route: '/api/me/export',
    sample: { url: '/api/me/export' },
    role: 'learner',
    ownsData: true,
    changesState: false,
    allowed: 'file',
    note: "the caller's own rows only",
  },
  {
    kind: 'route',
    file: 'app/api/auth/[...nextauth]/route.ts',
    method: 'GET',
    route: '/api/auth/[...nextauth]',
    sample: { url: '/api/auth/session' },
    role: 'public',
    ownsData: true,
    changesState: false,
    authjs: true,
    note: 'the session endpoint: the user and role the database holds, or nothing',
  },
  {
    kind: 'route',
    file: 'app/api/auth/[...nextauth]/route.ts',
    method: 'POST',
    route: '/api/auth/[...nextauth]',
    sample: { url: '/api/auth/signout' },
    role: 'public',
    ownsData: true,
    changesState: true,
    authjs: true,
    note: "Auth.js's form posts carry its own CSRF token; without one nothing happens",
  },
];

const action = (file: string, name: string, rest: Omit<ActionEndpoint, 'kind' | 'file' | 'name'>): ActionEndpoint => ({
  kind: 'action',
  file: `app/${file}`,
  name,
  ...rest,
});

const settings = {
  timeZone: 'UTC',
  rolloverHour: 4,
  newPerDay: 20,
  reviewsPerDay: 200,
  gradeScale: 'four',
  locale: 'en',
  fuzz: 'false',
  leechAction: 'tag',
};

export const actions: ActionEndpoint[] = [
  action('actions.ts', 'setLocale', { page: '/signin', role: 'public', ownsData: true, sample: ['en'], returns: 'result', allowed: 'ok' }),
  action('actions.ts', 'setTheme', {
    page: '/signin',
    role: 'public',
    ownsData: false,
    sample: ['system'],
    returns: 'result',
    allowed: 'ok',
  }),
  action('actions.ts', 'signOutAction', {
    page: '/',
    role: 'public',
    ownsData: true,
    sample: [{ formData: {} }],
    returns: 'redirect',
    changesCaller: 'session',
  }),
  action('(auth)/actions.ts', 'signInAction', {
    page: '/signin',
    role: 'public',
    ownsData: false,
    sample: [{}, { formData: { email: 'not-an-email', password: 'long-enough-password' } }],
    returns: 'form-state',
    note: 'an invalid email: answered with field errors, and no failed attempt is counted against the client',
  }),
  action('(auth)/actions.ts', 'signUpAction', {
    page: '/signup',
    role: 'public',
    ownsData: false,
    sample: [{}, { formData: { email: 'learner@recall-lab.test', password: 'short' } }],
    returns: 'form-state',
    note: 'a too-short password: field errors, no account, and not counted against the sign-up limit per client',
  }),
  action('(auth)/actions.ts', 'oauthSignInAction', {
    page: '/signin',
    role: 'public',
    ownsData: false,
    sample: [{ formData: { provider: 'unknown' } }],
    returns: 'void',
    note: 'no OAuth provider is configured in tests; an unknown one does nothing',
  }),
  action('(app)/actions.ts', 'setTourDoneAction', {
    page: '/',
    role: 'learner',
    ownsData: true,
    sample: [{ done: true }],
    returns: 'result',
    allowed: 'ok',
    note: "the first-run tour's Finish / Skip: the caller's own flag only",
  }),
  action('(app)/classes/actions.ts', 'createClassAction', {
    page: '/classes',
    role: 'teacher',
    ownsData: true,
    sample: [{ name: 'Matrix <unique>' }],
    returns: 'result',
    allowed: 'ok',
  }),
  ...classActions(),
  action('(app)/actions.ts', 'setDeckLimitAction', {
    page: '/',
    role: 'learner',
    ownsData: true,
    sample: [{ deckId: samples.deckId, newPerDay: 20 }],
    returns: 'result',
    allowed: 'ok',
    note: "the caller's own DeckLimit row only",
  }),
  action('(app)/decks/actions.ts', 'previewDeckAction', {
    page: '/decks/new',
    role: 'teacher',
    ownsData: true,
    sample: [{ markdown: '# Matrix\n\nQuestion::Answer\n' }],
    returns: 'result',
    allowed: 'ok',
    note: 'writes nothing; with a deckId, only its owner (else not_found)',
  }),
  action('(app)/decks/actions.ts', 'saveDeckAction', {
    page: '/decks/new',
    role: 'teacher',
    ownsData: true,
    sample: [{ markdown: '# Matrix <unique>\n\nQuestion::Answer\n' }],
    returns: 'result',
    allowed: 'ok',
    note: "a new deck owned by the caller; saving into another's deck is not_found",
  }),
  action('(app)/decks/actions.ts', 'publishDeckAction', {
    page: '/decks',
    role: 'teacher',
    ownsData: true,
    sample: [{ deckId: samples.deckId, published: true }],
    returns: 'result',
    allowed: 'not_found',
    note: "only the deck's owner (a built-in deck has none)",
  }),
  action('(app)/decks/actions.ts', 'restoreDeckVersionAction', {
    page: `/decks/${samples.deckId}/edit`,
    role: 'teacher',
    ownsData: true,
    sample: [{ deckId: samples.deckId, version: 1 }],
    returns: 'result',
    allowed: 'not_found',
    note: "only the deck's owner: an older version saved again as a new one (a built-in deck has none)",
  }),
  action('(app)/quiz/actions.ts', 'createQuiz', {
    page: '/quiz/new',
    role: 'learner',
    ownsData: true,
    sample: [{ title: 'Matrix <unique>', decks: [samples.deckId], count: 3, forms: ['mc', 'self'], timeLimit: null, certainty: true }],
    returns: 'result',
    allowed: 'ok',
  }),
  action('(app)/quiz/actions.ts', 'startQuiz', {
    page: `/quiz/${samples.quizId}`,
    role: 'learner',
    ownsData: true,
    sample: [{ definitionId: samples.quizId }],
    returns: 'result',
    allowed: 'ok',
  }),
  action('(app)/quiz/actions.ts', 'answerQuizItem', {
    page: `/quiz/${samples.quizId}/take`,
    role: 'learner',
    ownsData: true,
    sample: [
      {
        attemptId: 'no-such-attempt',
        itemIndex: 0,
        idempotencyKey: 'matrix-<unique>',
        certainty: 1,
        response: { form: 'self', rating: 'knew' },
      },
    ],
    returns: 'result',
    allowed: 'not_found',
    note: "only the attempt's owner may answer it (lib/db/quizzes.int.test.ts tries another learner's)",
  }),
  action('(app)/quiz/actions.ts', 'revealQuizItem', {
    page: `/quiz/${samples.quizId}/take`,
    role: 'learner',
    ownsData: true,
    sample: [{ attemptId: 'no-such-attempt', itemIndex: 0 }],
    returns: 'result',
    allowed: 'not_found',
    note: "only the attempt's owner may reveal its items",
  }),
  action('(app)/quiz/actions.ts', 'finishQuiz', {
    page: `/quiz/${samples.quizId}/take`,
    role: 'learner',
    ownsData: true,
    sample: [{ attemptId: 'no-such-attempt' }],
    returns: 'result',
    allowed: 'not_found',
  }),
  action('(app)/quiz/actions.ts', 'reviewMissedAction', {
    page: `/quiz/${samples.quizId}/results`,
    role: 'learner',
    ownsData: true,
    sample: [{ attemptId: 'no-such-attempt' }],
    returns: 'result',
    allowed: 'not_found',
  }),
  action('(app)/review/actions.ts', 'answerCard', {
    page: '/review',
    role: 'learner',
    ownsData: true,
    sample: [
      {
        cardId: samples.cards.answer,
        grade: 4,
        durationMs: 1200,
        idempotencyKey: 'matrix-<unique>',
        clientAt: '<now>',
        expectedVersion: 0,
      },
    ],
    returns: 'result',
    allowed: 'ok',
  }),
  action('(app)/review/actions.ts', 'undoReview', {
    page: '/review',
    role: 'learner',
    ownsData: true,
    sample: [{ reviewId: 'no-such-review' }],
    returns: 'result',
    allowed: 'not_found',
  }),
  action('(app)/review/actions.ts', 'loadMoreCards', {
    page: '/review',
    role: 'learner',
    ownsData: true,
    sample: [{ deckId: samples.deckId, exclude: [] }],
    returns: 'result',
    allowed: 'ok',
  }),
  action('(app)/review/actions.ts', 'sessionForecast', {
    page: '/review',
    role: 'learner',
    ownsData: true,
    sample: [{ deckId: samples.deckId }],
    returns: 'result',
    allowed: 'ok',
  }),
  action('(app)/review/actions.ts', 'buryCard', {
    page: '/review',
    role: 'learner',
    ownsData: true,
    sample: [{ cardId: samples.cards.bury, expectedVersion: 0 }],
    returns: 'result',
    allowed: 'ok',
  }),
  action('(app)/review/actions.ts', 'suspendCard', {
    page: '/review',
    role: 'learner',
    ownsData: true,
    sample: [{ cardId: samples.cards.suspend, expectedVersion: 0 }],
    returns: 'result',
    allowed: 'ok',
  }),
  action('(app)/review/actions.ts', 'undoSetAside', {
    page: '/review',
    role: 'learner',
    ownsData: true,
    sample: [{ cardId: samples.cards.untouched, kind: 'bury', expectedVersion: 1 }],
    returns: 'result',
    allowed: 'not_found',
    note: 'a card the caller never studied: not found (a version that changed since is a conflict)',
  }),
  action('(app)/review/actions.ts', 'unsuspendCard', {
    page: '/settings',
    role: 'learner',
    ownsData: true,
    sample: [{ cardId: samples.cards.untouched }],
    returns: 'result',
    allowed: 'not_found',
    note: 'a card the caller never studied: not found (the ownership test unsuspends a real one)',
  }),
  action('(app)/settings/actions.ts', 'saveSettingsAction', {
    page: '/settings',
    role: 'learner',
    ownsData: true,
    sample: [settings],
    returns: 'result',
    allowed: 'ok',
  }),
  action('(app)/settings/actions.ts', 'becomeTeacherAction', {
    page: '/settings',
    role: 'learner',
    ownsData: true,
    sample: [{}],
    returns: 'result',
    allowed: 'ok',
    changesCaller: 'role',
  }),
  action('(app)/settings/actions.ts', 'unsuspendFormAction', {
    page: '/settings',
    role: 'learner',
    ownsData: true,
    sample: [{ formData: { cardId: samples.cards.untouched } }],
    returns: 'void',
    note: "the suspended list's form; unsuspendCard checks the caller",
  }),
  action('(app)/settings/page.tsx', 'inline#1', {
    page: '/settings',
    role: 'learner',
    ownsData: true,
    sample: [{ formData: {} }],
    returns: 'void',
    changesCaller: 'role',
    note: "the 'Become a teacher' form; becomeTeacherAction checks the caller",
  }),
];

/** The class and assignment actions (app/(app)/classes/actions.ts) but createClassAction. */
function classActions(): ActionEndpoint[] {
  const file = '(app)/classes/actions.ts';
  const page = '/classes/<classId>';
  const teacher = (name: string, sample: ActionArg[], allowed: 'ok' | 'not_found' = 'ok', note?: string) =>
    action(file, name, { page, role: 'teacher', ownsData: true, sample, returns: 'result', allowed, classScope: 'teacher', note });
  return [
    teacher('renameClassAction', [{ classId: '<classId>', name: 'Matrix <unique>' }]),
    teacher('setClassArchivedAction', [{ classId: '<classId>', archived: 'false' }], 'ok', 'the matrix brings the class back (a no-op)'),
    teacher('regenerateCodeAction', [{ classId: '<classId>' }]),
    teacher('removeMemberAction', [{ classId: '<classId>', userId: 'no-such-user' }], 'not_found', 'a user who is not a member: not found'),
    teacher('saveAssignmentAction', [
      { classId: '<classId>', kind: 'deck', deckId: samples.deckId, startDay: '2026-01-05', dueDay: '2026-12-31', target: 80 },
    ]),
    teacher('setAssignmentArchivedAction', [{ assignmentId: '<assignmentId>', archived: 'false' }]),
    action(file, 'joinClassAction', {
      page: '/classes',
      role: 'learner',
      ownsData: true,
      sample: [{ code: 'NOSUCHCODE' }],
      returns: 'result',
      allowed: 'not_found',
      note: 'an unknown code: not found, counted against the join limit (lib/db/class-members.int.test.ts joins for real)',
    }),
    action(file, 'leaveClassAction', {
      page,
      role: 'learner',
      ownsData: true,
      sample: [{ classId: '<classId>' }],
      returns: 'result',
      allowed: 'ok',
      classScope: 'members',
      note: "only a member can leave; the matrix tries everyone but the class's own learner (who would leave it), e2e/classes.spec.ts and the integration tests leave for real",
    }),
  ];
}

export const endpoints: Endpoint[] = [...pages, ...routes, ...actions];

/** A short, stable label for messages: `GET /decks/vae`, `POST /api/classes`, `action review/actions.ts#answerCard`. */
export function endpointLabel(e: Endpoint): string {
  if (e.kind === 'page') return `GET ${e.sample}`;
  if (e.kind === 'route') return `${e.method} ${e.sample.url}`;
  return `action ${e.file.replace(/^app\//, '')}#${e.name}`;
}
