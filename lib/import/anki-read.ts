/**
 * An Anki collection (SQLite bytes) → `AnkiCollection`. Schema 11 keeps note types and
 * decks as JSON in `col`; schema 18 has `notetypes`, `fields`, `templates` and `decks`
 * tables with protobuf config blobs, and deck names joined by \x1f instead of `::`.
 */

import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import type { AnkiCard, AnkiCollection, AnkiNote, AnkiNoteType, AnkiRevlog, AnkiTemplate } from './anki-types';
import { ImportError } from './limits';
import { protoNumber, protoString, readMessage } from './protobuf';

type Row = Record<string, SqlValue>;

function rows(db: Database, sql: string): Row[] {
  const stmt = db.prepare(sql);
  const out: Row[] = [];
  try {
    while (stmt.step()) out.push(stmt.getAsObject());
  } finally {
    stmt.free();
  }
  return out;
}

const num = (v: SqlValue | undefined): number => (typeof v === 'number' ? v : Number(v ?? 0));
const str = (v: SqlValue | undefined): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
const blob = (v: SqlValue | undefined): Uint8Array => (v instanceof Uint8Array ? v : new Uint8Array());

export function readCollection(SQL: SqlJsStatic, bytes: Uint8Array): AnkiCollection {
  let db: Database;
  try {
    db = new SQL.Database(bytes);
  } catch (err) {
    throw new ImportError('bad-collection', `The collection is not a SQLite database (${String(err)}).`);
  }
  try {
    const tables = new Set(rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'").map((r) => str(r.name)));
    if (!tables.has('col') || !tables.has('notes') || !tables.has('cards')) {
      throw new ImportError('bad-collection', 'The collection has no Anki tables (col, notes, cards).');
    }
    const col = rows(db, 'SELECT * FROM col LIMIT 1')[0] ?? {};
    const modern = tables.has('notetypes');
    const noteTypes = modern ? noteTypes18(db) : noteTypes11(str(col.models));
    const decks = modern ? decks18(db) : decks11(str(col.decks));
    const notes: AnkiNote[] = rows(db, 'SELECT id, guid, mid, tags, flds FROM notes ORDER BY id').map((r) => ({
      id: num(r.id),
      guid: str(r.guid),
      mid: num(r.mid),
      tags: str(r.tags).split(/\s+/).filter(Boolean),
      fields: str(r.flds).split('\x1f'),
    }));
    const cards: AnkiCard[] = rows(
      db,
      'SELECT id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, odid, odue FROM cards ORDER BY nid, ord',
    ).map((r) => ({
      id: num(r.id),
      nid: num(r.nid),
      did: num(r.did),
      ord: num(r.ord),
      type: num(r.type),
      queue: num(r.queue),
      due: num(r.due),
      ivl: num(r.ivl),
      factor: num(r.factor),
      reps: num(r.reps),
      lapses: num(r.lapses),
      odid: num(r.odid),
      odue: num(r.odue),
    }));
    const revlog: AnkiRevlog[] = tables.has('revlog')
      ? rows(db, 'SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id').map((r) => ({
          id: num(r.id),
          cid: num(r.cid),
          ease: num(r.ease),
          ivl: num(r.ivl),
          lastIvl: num(r.lastIvl),
          factor: num(r.factor),
          time: num(r.time),
          type: num(r.type),
        }))
      : [];
    return { schema: modern ? 18 : 11, crt: num(col.crt), noteTypes, decks, notes, cards, revlog };
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError('bad-collection', `The collection could not be read: ${err instanceof Error ? err.message : String(err)}.`);
  } finally {
    db.close();
  }
}

interface LegacyModel {
  id: number | string;
  name: string;
  type: number;
  flds: Array<{ name: string; ord: number }>;
  tmpls: Array<{ name: string; ord: number; qfmt: string; afmt: string }>;
}

function noteTypes11(json: string): Map<number, AnkiNoteType> {
  const models = JSON.parse(json || '{}') as Record<string, LegacyModel>;
  const out = new Map<number, AnkiNoteType>();
  for (const m of Object.values(models)) {
    const id = Number(m.id);
    out.set(id, {
      id,
      name: m.name,
      kind: m.type === 1 ? 'cloze' : 'normal',
      fields: [...m.flds].sort((a, b) => a.ord - b.ord).map((f) => f.name),
      templates: [...m.tmpls].sort((a, b) => a.ord - b.ord).map((t) => ({ name: t.name, ord: t.ord, qfmt: t.qfmt, afmt: t.afmt })),
    });
  }
  return out;
}

function decks11(json: string): Map<number, string[]> {
  const decks = JSON.parse(json || '{}') as Record<string, { id: number | string; name: string }>;
  return new Map(Object.values(decks).map((d) => [Number(d.id), d.name.split('::')]));
}

function noteTypes18(db: Database): Map<number, AnkiNoteType> {
  const out = new Map<number, AnkiNoteType>();
  for (const r of rows(db, 'SELECT id, name, config FROM notetypes')) {
    // NotetypeConfig field 1: kind (0 normal, 1 cloze).
    const kind = protoNumber(readMessage(blob(r.config)), 1) === 1 ? 'cloze' : 'normal';
    out.set(num(r.id), { id: num(r.id), name: str(r.name), kind, fields: [], templates: [] });
  }
  for (const r of rows(db, 'SELECT ntid, ord, name FROM fields ORDER BY ntid, ord')) {
    out.get(num(r.ntid))?.fields.push(str(r.name));
  }
  for (const r of rows(db, 'SELECT ntid, ord, name, config FROM templates ORDER BY ntid, ord')) {
    // CardTemplate.Config fields 1 and 2: question and answer format.
    const config = readMessage(blob(r.config));
    const template: AnkiTemplate = { name: str(r.name), ord: num(r.ord), qfmt: protoString(config, 1), afmt: protoString(config, 2) };
    out.get(num(r.ntid))?.templates.push(template);
  }
  return out;
}

function decks18(db: Database): Map<number, string[]> {
  return new Map(rows(db, 'SELECT id, name FROM decks').map((r) => [num(r.id), str(r.name).split('\x1f')]));
}
