/**
 * The Obsidian SR plugin's schedule comments: `<!--SR:!2021-08-11,4,270!2021-08-12,5,270-->`
 * holds one `!due,interval,ease` entry per sibling card (a reversed pair, each cloze
 * deletion), in card order; the older form `<!--SR:2021-08-11,4,270-->` holds one entry.
 * The plugin writes `2000-01-01,1,250` for a sibling it has not scheduled yet.
 */

import type { SrSchedule } from './types';

const COMMENT = /^<!--SR:([\s\S]*?)-->$/;
const ENTRY = /!(\d{4}-\d{2}-\d{2}),(\d+),(\d+)/g;
const LEGACY = /^(\d{4}-\d{2}-\d{2}),(\d+),(\d+)$/;
const PLACEHOLDER_DUE = '2000-01-01';

/** Entries of one comment, in sibling order; `null` for a placeholder. Undefined if not an SR comment. */
export function parseSrComment(comment: string): Array<SrSchedule | null> | undefined {
  const body = COMMENT.exec(comment.trim())?.[1]?.trim();
  if (body === undefined) return undefined;
  const entries = body.startsWith('!') ? [...body.matchAll(ENTRY)] : [LEGACY.exec(body)].filter((m) => m !== null);
  return entries.map((m) => {
    const due = m[1] ?? '';
    return due === PLACEHOLDER_DUE ? null : { due, interval: Number(m[2]), ease: Number(m[3]) };
  });
}
