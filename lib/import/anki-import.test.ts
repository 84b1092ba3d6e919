import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { parseNote } from '@/lib/content/parse';
import { renderMarkdown } from '@/lib/content/render';
import { apkg11, apkg18, manyEntries, zipBomb, zstdRaw } from '@/tests/fixtures/anki/build';
import { NOW } from '@/tests/fixtures/anki/collection';
import { readAnkiPackage } from './anki-package';
import { anchorFor, planImport, type ImportPlan } from './anki-map';
import { DEFAULT_LIMITS, ImportError } from './limits';
import { loadSqlJs } from './sqljs';
import { unzipLimited } from './unzip';
import { zstdLimited } from './zstd';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const plan = (bytes: Uint8Array): ImportPlan =>
  planImport(readAnkiPackage(SQL, bytes, DEFAULT_LIMITS), { now: NOW, limits: DEFAULT_LIMITS, timeZone: 'UTC', rolloverHour: 4 });
const id = (guid: string, suffix = '') => anchorFor(guid) + suffix;

describe.each([
  ['schema 11 (collection.anki2)', () => apkg11(SQL), 'collection.anki2'],
  ['schema 18 (collection.anki21b, zstd)', () => apkg18(SQL), 'collection.anki21b'],
])('Anki import, %s', (_, build, source) => {
  it('reads the newest collection in the package and its media', () => {
    const pkg = readAnkiPackage(SQL, build(), DEFAULT_LIMITS);
    expect(pkg.source).toBe(source);
    expect(pkg.collection.notes).toHaveLength(6);
    expect(pkg.collection.noteTypes.get(1003)?.kind).toBe('cloze');
    expect(pkg.collection.noteTypes.get(1002)?.templates.map((t) => t.qfmt)).toEqual(['{{Front}}', '{{Back}}']);
    expect(pkg.collection.decks.get(2001)).toEqual(['Deep Learning', 'CNN', 'Pooling']);
    expect([...pkg.media.keys()].sort()).toEqual(['pool.mp3', 'pool.png']);
  });

  it('maps note types to basic, reversed and cloze cards the parser reads back with the same ids', () => {
    const p = plan(build());
    expect(p.counts).toEqual({ notes: 6, cards: 8, reviews: 7, media: 1 });
    expect(p.decks.map((d) => d.title)).toEqual(['Deep Learning::CNN::Pooling', 'Default', 'Deep Learning::Maths']);
    const parsed = p.decks.flatMap((d) => parseNote(d.markdown, { file: 'deck.md' }).cards);
    expect(parsed.map((c) => c.id)).toEqual(p.cardIds);
    const byId = new Map(parsed.map((c) => [c.id, c]));
    expect(byId.get(id('g/Basic1'))).toMatchObject({
      type: 'basic',
      front: '**What** does pooling reduce?',
      back: '- spatial size\n- parameters',
    });
    expect(byId.get(id('g:Rev2', '.r'))).toMatchObject({ type: 'reversed', front: '空洞卷积', back: 'Dilated convolution' });
    expect(byId.get(id('g{Cloze3}', '.c1'))?.front).toMatch(/^\[which pooling\] keeps the strongest activation: \$y = \\max_i x_i\$/);
    expect(byId.get(id('g{Cloze3}', '.c2'))?.back).toContain('==strongest==');
  });

  it('sanitizes HTML with the app sanitizer: no script, no handlers, no javascript: links', () => {
    const md = plan(build()).decks.find((d) => d.title === 'Default')?.markdown ?? '';
    const card = parseNote(md, { file: 'deck.md' }).cards[0];
    const html = renderMarkdown(`${card?.front}\n\n${card?.back}`);
    expect(html).not.toMatch(/script|alert|onerror|javascript/);
    expect(html).toContain('safe text');
  });

  it('turns \\(…\\) and \\[…\\] into KaTeX maths and images into data: URLs; audio is skipped', () => {
    const md = plan(build()).decks.find((d) => d.title === 'Deep Learning::Maths')?.markdown ?? '';
    expect(md).toContain('Solve $x^2 = 4$::$$x = \\pm 2$$');
    const html = renderMarkdown(md);
    expect(html).toContain('class="katex"');
    expect(html).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]+"/);
    const skipped = plan(build()).skipped;
    expect(skipped).toContainEqual({ kind: 'audio', code: 'audio', name: 'pool.mp3', reason: 'audio is not supported' });
    expect(skipped.find((s) => s.kind === 'field')?.reason).toMatch(/extra fields/);
  });

  it('carries the schedule: EF = factor/1000 (≥ 1.3), interval, due from crt, lapses, suspended, buried; new stays new', () => {
    const p = plan(build());
    expect(p.states.get(id('g/Basic1'))).toMatchObject({
      ef: 2.3,
      interval: 12,
      lapses: 1,
      due: new Date('2024-03-06T04:00:00Z'),
      suspended: false,
      buriedUntil: null,
      lastReview: new Date('2024-02-11T10:00:00Z'),
    });
    expect(p.states.get(id('g!Math5'))).toMatchObject({ ef: 1.3, interval: 20, lapses: 3, due: new Date('2024-02-29T04:00:00Z') });
    expect(p.states.get(id('g:Rev2', '.r'))).toMatchObject({ suspended: true, interval: 9 });
    expect(p.states.get(id('g{Cloze3}', '.c1'))).toMatchObject({ buriedUntil: new Date('2024-03-02T04:00:00Z'), leech: true });
    expect(p.states.has(id('g{Cloze3}', '.c2'))).toBe(false);
    expect(p.states.has(id('g&Image6'))).toBe(false);
  });

  it('turns every answered revlog row into a review (ease 1-4 → grade 1/3/4/5), not manual reschedules', () => {
    const reviews = plan(build()).reviews.filter((r) => r.cardId === id('g/Basic1'));
    expect(reviews.map((r) => r.grade)).toEqual([4, 4, 1, 4, 4]);
    expect(reviews.map((r) => r.kind)).toEqual(['new', 'review', 'review', 'repeat', 'review']);
    expect(reviews[2]).toMatchObject({ intervalBefore: 4, intervalAfter: 1, efAfter: 2.3, durationMs: 12000, dayKey: '2024-02-05' });
    const math = plan(build()).reviews.filter((r) => r.cardId === id('g!Math5'));
    expect(math.map((r) => r.grade)).toEqual([3]);
  });
});

describe('limits', () => {
  const small = { ...DEFAULT_LIMITS, maxTotalBytes: 1024 * 1024 };

  it('refuses a zip bomb by the bytes it inflates to, with a clear message', () => {
    const bomb = zipBomb(8 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(() => unzipLimited(bomb, small)).toThrow(/inflates to more than 1 MiB/);
    expect(() => unzipLimited(bomb, DEFAULT_LIMITS)).not.toThrow();
  });

  it('counts real bytes even when the header lies about the size', () => {
    const bomb = zipBomb(4 * 1024 * 1024);
    // Rewrite the declared uncompressed size in the local and central headers to 10 bytes.
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    view.setUint32(22, 10, true);
    const central = bomb.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    view.setUint32(central + 24, 10, true);
    expect(() => unzipLimited(bomb, small)).toThrow(ImportError);
  });

  it('refuses too many entries, too large an upload, and a file that is not a zip', () => {
    expect(() => unzipLimited(manyEntries(30), { ...DEFAULT_LIMITS, maxEntries: 20 })).toThrow(/more than 20 entries/);
    expect(() => unzipLimited(new Uint8Array(2048), { ...DEFAULT_LIMITS, maxUploadBytes: 1024 })).toThrow(/the limit is/);
    expect(() => unzipLimited(new TextEncoder().encode('hello world'), DEFAULT_LIMITS)).toThrow(/not a zip/);
  });

  it('refuses a zstd stream that inflates past the limit; a raw-block frame round-trips', () => {
    const data = new Uint8Array(300_000).map((_, i) => i % 251);
    expect(zstdLimited(zstdRaw(data), 1_000_000)).toEqual(data);
    expect(() => zstdLimited(zstdRaw(data), 100_000)).toThrow(/inflates to more than/);
  });

  it('says when a package holds no collection', () => {
    expect(() => readAnkiPackage(SQL, manyEntries(2), DEFAULT_LIMITS)).toThrow(/no Anki collection/);
  });
});
