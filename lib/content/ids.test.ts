import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyIdEdits, deriveId, topicSlug } from './ids';
import { parseNote } from './parse';
import { FILE, parse } from './test-helpers';
import { addMissingIds } from './write-ids';

const NOTE = `---
title: 池化
---
# 池化

A::1
B:::2 <!--SR:!2021-08-11,4,270-->
C:=:3 | 三

多行问题
?
答案
<!--SR:!2021-08-11,4,270-->

代码题
?
\`\`\`python
print(1)

print(2)
\`\`\`

> 引用里的问题
> ?
> \`\`\`
> x
> \`\`\`

最大池化提取==前景==信息，{{c1::平均}}池化提取背景。

哪个对？
- [ ] 错
- [x] 对

* 列表::卡片

\`\`\`predict
experiment: conv-bias-params
question: 偏置参数有几个？
metric: biasParams
tolerance: 0
\`\`\`

| a::b | c |
|---|---|
| 1 | 2 |
`;

/** The note with ids written, as `content:ids` would write it. */
const first = addMissingIds(NOTE, { file: FILE });

describe('derived ids', () => {
  it('makes readable, deterministic ids', () => {
    expect(topicSlug('group-convolution')).toBe('group-convolution');
    expect(topicSlug('Group Conv 2')).toBe('group-conv-2');
    expect(topicSlug('池化')).toBe('card');
    const id = deriveId('pooling', FILE, '池化的作用？', new Set());
    expect(id).toMatch(/^pooling-[0-9a-f]{6}$/);
    expect(deriveId('pooling', FILE, '  池化的作用？\n', new Set())).toBe(id);
    expect(deriveId('pooling', FILE, '池化的作用？', new Set([id]))).not.toBe(id);
  });

  it('inserts text at offsets, last first', () => {
    expect(
      applyIdEdits('ab\ncd', [
        { offset: 2, text: ' ^x', id: 'x' },
        { offset: 5, text: ' ^y', id: 'y' },
      ]),
    ).toBe('ab ^x\ncd ^y');
  });
});

describe('addMissingIds', () => {
  it('gives every card an id and changes nothing else', () => {
    const before = parse(NOTE);
    expect(first.added.map((e) => e.id)).toEqual([...new Set(before.cards.map((c) => c.group))]);
    // Removing exactly the inserted text gives the original back, byte for byte.
    let restored = first.text;
    for (const e of [...first.added].sort((a, b) => a.offset - b.offset).reverse()) {
      const at = e.offset + first.added.filter((x) => x.offset < e.offset).reduce((n, x) => n + x.text.length, 0);
      expect(restored.slice(at, at + e.text.length)).toBe(e.text);
      restored = restored.slice(0, at) + restored.slice(at + e.text.length);
    }
    expect(restored).toBe(NOTE);
  });

  it('keeps the ids and cards the note had before', () => {
    const before = parse(NOTE).cards;
    const after = parse(first.text).cards;
    expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
    expect(after.map((c) => [c.front, c.back])).toEqual(before.map((c) => [c.front, c.back]));
    expect(after.every((c) => c.hasExplicitId)).toBe(true);
    expect(parse(first.text).diagnostics).toEqual([]);
  });

  it('is idempotent', () => {
    expect(addMissingIds(first.text, { file: FILE })).toEqual({ text: first.text, added: [] });
  });

  it('puts the anchor on its own line after a closing fence, inside the same container', () => {
    expect(first.text).toMatch(/print\(2\)\n```\n\^pooling-[0-9a-f]{6}\n/);
    expect(first.text).toMatch(/> ```\n> \^pooling-[0-9a-f]{6}\n/);
    expect(first.text).toMatch(/```predict\nid: pooling-[0-9a-f]{6}\nexperiment/);
    expect(first.text).toMatch(/B:::2 <!--SR:!2021-08-11,4,270--> \^pooling-[0-9a-f]{6}\n/);
  });

  it('keeps CRLF line endings', () => {
    const crlf = 'Q\r\n?\r\n```\r\nx\r\n```\r\n';
    const { text } = addMissingIds(crlf, { file: FILE });
    expect(text).toMatch(/^Q\r\n\?\r\n```\r\nx\r\n```\r\n\^pooling-[0-9a-f]{6}\r\n$/);
    expect(parseNote(text, { file: FILE }).cards[0]?.hasExplicitId).toBe(true);
  });
});

describe('npm run content:ids', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'content-ids-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes ids into a copy of the notes once, then changes nothing', () => {
    mkdirSync(path.join(root, 'content', 'notes'), { recursive: true });
    writeFileSync(path.join(root, 'content', 'notes', 'pooling.md'), NOTE);
    cpSync(path.resolve('content/notes'), path.join(root, 'content', 'real'), { recursive: true });
    const run = () =>
      execFileSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/content-ids.ts', '--root', root], {
        encoding: 'utf8',
      });
    expect(run()).toMatch(/wrote \d+ id\(s\) in 1 file\(s\)/);
    const once = readFileSync(path.join(root, 'content', 'notes', 'pooling.md'), 'utf8');
    expect(once).toBe(first.text);
    expect(run()).toContain('wrote 0 id(s) in 0 file(s)');
    expect(readFileSync(path.join(root, 'content', 'notes', 'pooling.md'), 'utf8')).toBe(once);
  });
});
