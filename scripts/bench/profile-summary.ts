// Summarises a V8 .cpuprofile (node --cpu-prof): self time by function and by package, the
// top costs of the answer path under load. Usage: tsx scripts/bench/profile-summary.ts <file>
import { readFileSync } from 'node:fs';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] };
type Profile = { nodes: Node[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

const file = process.argv[2];
if (!file) throw new Error('usage: profile-summary <file.cpuprofile>');
const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const self = new Map<number, number>();
p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((s, x) => s + x, 0);

function area(url: string, name: string): string {
  if (!url) return name === '(garbage collector)' || name === '(idle)' || name === '(program)' ? name : '(native)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  if (url.includes('/.next/server/chunks/')) return 'app bundle (.next/server/chunks)';
  if (url.startsWith('node:')) return 'node core';
  return url.replace(process.cwd(), '.');
}

const byFn = new Map<string, number>();
const byArea = new Map<string, number>();
for (const n of p.nodes) {
  const t = self.get(n.id) ?? 0;
  if (!t) continue;
  const { functionName, url, lineNumber } = n.callFrame;
  const key = `${functionName || '(anonymous)'} ${area(url, functionName)}:${lineNumber}`;
  byFn.set(key, (byFn.get(key) ?? 0) + t);
  const a = area(url, functionName);
  byArea.set(a, (byArea.get(a) ?? 0) + t);
}
const top = (m: Map<string, number>, k: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([name, t]) => `${((100 * t) / total).toFixed(1).padStart(5)}%  ${name}`)
    .join('\n');
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled\n\nby package:\n${top(byArea, 15)}\n\nby function (self):\n${top(byFn, 25)}`);
