/**
 * `AnkiCollection` → a schema-11 `collection.anki2` (the legacy format every Anki version
 * since 2.1 imports), written with sql.js, and the `.apkg` zip around it. Used by the deck
 * export and by the test fixtures.
 */

import { zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import type { AnkiCollection, AnkiNoteType } from './anki-types';

const SCHEMA_11 = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
  dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
  tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
  usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null,
  factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null,
  lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);`;

const CSS = '.card { font-family: arial; font-size: 20px; text-align: center; color: black; background-color: white; }';

function modelJson(t: AnkiNoteType, mod: number): object {
  return {
    id: t.id,
    name: t.name,
    type: t.kind === 'cloze' ? 1 : 0,
    mod,
    usn: -1,
    sortf: 0,
    did: null,
    tmpls: t.templates.map((tm) => ({
      name: tm.name,
      ord: tm.ord,
      qfmt: tm.qfmt,
      afmt: tm.afmt,
      bqfmt: '',
      bafmt: '',
      did: null,
      bfont: '',
      bsize: 0,
    })),
    flds: t.fields.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] })),
    css: CSS,
    latexPre: '\\documentclass[12pt]{article}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    req: t.templates.map((tm) => [tm.ord, 'any', [0]]),
    tags: [],
    vers: [],
  };
}

function deckJson(id: number, name: string, mod: number): object {
  return {
    id,
    name,
    mod,
    usn: -1,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
    collapsed: false,
    browserCollapsed: false,
    desc: '',
    dyn: 0,
    conf: 1,
    extendNew: 0,
    extendRev: 0,
  };
}

const DCONF = {
  1: {
    id: 1,
    name: 'Default',
    mod: 0,
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
    rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
    lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
  },
};

/** A stable 32-bit checksum of the sort field, as Anki's `csum` column (its value only speeds duplicate checks). */
function csum(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) >>> 0;
  return h & 0x7fffffff;
}

export function writeCollection11(SQL: SqlJsStatic, col: AnkiCollection, mod = Date.now()): Uint8Array {
  const db = new SQL.Database();
  try {
    db.run(SCHEMA_11);
    const models = Object.fromEntries([...col.noteTypes.values()].map((t) => [String(t.id), modelJson(t, Math.floor(mod / 1000))]));
    const decks = Object.fromEntries(
      [...col.decks].map(([id, path]) => [String(id), deckJson(id, path.join('::'), Math.floor(mod / 1000))]),
    );
    if (!col.decks.has(1)) decks['1'] = deckJson(1, 'Default', Math.floor(mod / 1000));
    const conf = {
      nextPos: col.cards.length + 1,
      estTimes: true,
      activeDecks: [1],
      sortType: 'noteFld',
      timeLim: 0,
      sortBackwards: false,
      addToCur: true,
      curDeck: 1,
      newSpread: 0,
      dueCounts: true,
      curModel: null,
      collapseTime: 1200,
    };
    db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
      col.crt,
      mod,
      mod,
      JSON.stringify(conf),
      JSON.stringify(models),
      JSON.stringify(decks),
      JSON.stringify(DCONF),
      '{}',
    ]);
    const sec = Math.floor(mod / 1000);
    for (const n of col.notes) {
      const sort = (n.fields[0] ?? '').replace(/<[^>]*>/g, '');
      db.run('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)', [
        n.id,
        n.guid,
        n.mid,
        sec,
        n.tags.length ? ` ${n.tags.join(' ')} ` : '',
        n.fields.join('\x1f'),
        sort,
        csum(sort),
        '',
      ]);
    }
    for (const c of col.cards) {
      db.run('INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0, ?)', [
        c.id,
        c.nid,
        c.did,
        c.ord,
        sec,
        c.type,
        c.queue,
        c.due,
        c.ivl,
        c.factor,
        c.reps,
        c.lapses,
        c.odue,
        c.odid,
        '',
      ]);
    }
    for (const r of col.revlog) {
      db.run('INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)', [r.id, r.cid, r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type]);
    }
    return db.export();
  } finally {
    db.close();
  }
}

/** The `.apkg` zip: `collection.anki2`, the `media` index (`{"0": "name.png"}`) and files named 0, 1, … */
export function writeApkg(collection: Uint8Array, media: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = { 'collection.anki2': collection };
  const index: Record<string, string> = {};
  [...media].forEach(([name, data], i) => {
    index[String(i)] = name;
    files[String(i)] = data;
  });
  files.media = new TextEncoder().encode(JSON.stringify(index));
  return zipSync(files, { level: 6 });
}
