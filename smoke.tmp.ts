import { loadSqlJs } from '@/lib/import/sqljs';
import { apkg11, apkg18 } from '@/tests/fixtures/anki/build';
import { readAnkiPackage } from '@/lib/import/anki-package';
import { planImport } from '@/lib/import/anki-map';
import { DEFAULT_LIMITS } from '@/lib/import/limits';
import { NOW } from '@/tests/fixtures/anki/collection';
import { parseNote } from '@/lib/content/parse';
const SQL = await loadSqlJs();
for (const bytes of [apkg11(SQL), apkg18(SQL)]) {
  const pkg = readAnkiPackage(SQL, bytes, DEFAULT_LIMITS);
  console.log(pkg.source, pkg.collection.notes.length, [...pkg.media.keys()]);
  const plan = planImport(pkg, { now: NOW, limits: DEFAULT_LIMITS, namespace: 'u1', timeZone: 'UTC', rolloverHour: 4 });
  console.log(plan.counts, plan.skipped, plan.cardIds);
  for (const d of plan.decks) {
    console.log('=== ' + d.title + '\n' + d.markdown.slice(0, 1500));
    const n = parseNote(d.markdown, { file: 'x.md' });
    console.log(n.cards.map((c) => [c.id, c.type, c.front.slice(0, 60), c.back.slice(0, 60)]), n.diagnostics);
  }
  console.log([...plan.states].map(([k, s]) => [k, s.ef, s.interval, s.repetitions, s.due.toISOString(), s.suspended, s.buriedUntil?.toISOString(), s.lapses]));
  console.log(plan.reviews.length);
}
