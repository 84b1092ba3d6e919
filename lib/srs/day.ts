/**
 * The learner's day. A learning day runs from the rollover hour (default 04:00,
 * as in Anki) on its calendar date to the rollover hour of the next date, on the
 * wall clock of the learner's IANA time zone, so 03:30 on the 12th belongs to
 * the learning day of the 11th.
 *
 * Only `Intl.DateTimeFormat` is used: no date library, no Node-only API.
 */

/** A learning day, written 'YYYY-MM-DD'. */
export type DayKey = string;

/** Anki's default: the day starts at 04:00 local time. */
export const DEFAULT_ROLLOVER_HOUR = 4;

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone: better than silently using UTC.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instant: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const get = (k: string) => parts[k] ?? 0;
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute'), second: get('second') };
}

/** The zone's offset from UTC at an instant, in ms (positive east of Greenwich). */
function offsetAt(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The instant the wall clock of `timeZone` reads the given local time.
 * A time skipped by a DST jump resolves to the first instant after the gap
 * (02:30 on a New York spring-forward day is 03:30 EDT); a time that occurs
 * twice resolves to the earlier one.
 */
function wallToInstant(year: number, month: number, day: number, hour: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day, hour);
  // Real zones change offset at most once in any 48 hours around a date.
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const matches = [wall - before, wall - after].filter((t) => offsetAt(t, timeZone) === wall - t);
  return matches.length > 0 ? Math.min(...matches) : wall - before;
}

function keyOf(year: number, month: number, day: number): DayKey {
  const d = new Date(Date.UTC(year, month - 1, day));
  const y = d.getUTCFullYear();
  return `${String(y).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

function parseKey(key: DayKey): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!m) throw new RangeError(`Not a day key (YYYY-MM-DD): ${key}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function checkRollover(rolloverHour: number): void {
  if (!Number.isInteger(rolloverHour) || rolloverHour < 0 || rolloverHour > 23) {
    throw new RangeError(`rolloverHour must be an integer 0-23, got ${rolloverHour}`);
  }
}

/** The learning day `now` falls in: its local calendar date, minus one day before the rollover hour. */
export function dayKey(now: Date, timeZone: string, rolloverHour: number = DEFAULT_ROLLOVER_HOUR): DayKey {
  checkRollover(rolloverHour);
  const w = wallClock(now.getTime(), timeZone);
  return keyOf(w.year, w.month, w.hour < rolloverHour ? w.day - 1 : w.day);
}

/** The day key `days` calendar days after (or before, if negative) `key`. */
export function addDays(key: DayKey, days: number): DayKey {
  const [y, m, d] = parseKey(key);
  return keyOf(y, m, d + days);
}

/** Whole days from learning day `from` to learning day `to` (negative if `to` is earlier). */
export function daysBetween(from: DayKey, to: DayKey): number {
  const [y1, m1, d1] = parseKey(from);
  const [y2, m2, d2] = parseKey(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS);
}

/** The instant learning day `key` begins: its date at the rollover hour on the learner's wall clock. */
export function startOfDay(key: DayKey, timeZone: string, rolloverHour: number = DEFAULT_ROLLOVER_HOUR): Date {
  checkRollover(rolloverHour);
  const [y, m, d] = parseKey(key);
  return new Date(wallToInstant(y, m, d, rolloverHour, timeZone));
}

/** The instant the learning day after the one containing `now` begins. */
export function nextDayStart(now: Date, timeZone: string, rolloverHour: number = DEFAULT_ROLLOVER_HOUR): Date {
  return startOfDay(addDays(dayKey(now, timeZone, rolloverHour), 1), timeZone, rolloverHour);
}

/**
 * When a card given an interval of `days` days at `now` falls due: the start of
 * learning day today + `days`. "In 1 day" means at the next rollover, not 24 h
 * later, so a card learned at 23:00 is due at 04:00 the next morning.
 */
export function dueDate(now: Date, days: number, timeZone: string, rolloverHour: number = DEFAULT_ROLLOVER_HOUR): Date {
  return startOfDay(addDays(dayKey(now, timeZone, rolloverHour), days), timeZone, rolloverHour);
}
