import { describe, expect, it } from 'vitest';
import { brief, cards, errors, parse } from './test-helpers';

describe('basic, reversed and typed cards', () => {
  it('reads Q::A with an anchor', () => {
    const [c] = cards('最大池化提取什么信息？::前景信息 ^pool-max\n');
    expect(c).toMatchObject({
      id: 'pool-max',
      type: 'basic',
      front: '最大池化提取什么信息？',
      back: '前景信息',
      line: 1,
      column: 1,
      hasExplicitId: true,
      topic: 'pooling',
      file: 'content/notes/pooling.md',
    });
  });

  it('makes two cards from Q:::A, the second with id.r and sides swapped', () => {
    const cs = cards('空洞卷积:::Dilated Convolution ^dilated-term');
    expect(cs.map((c) => [c.id, c.type, c.front, c.back])).toEqual([
      ['dilated-term', 'reversed', '空洞卷积', 'Dilated Convolution'],
      ['dilated-term.r', 'reversed', 'Dilated Convolution', '空洞卷积'],
    ]);
    expect(cs.every((c) => c.group === 'dilated-term')).toBe(true);
  });

  it('reads typed answers with alternatives, keeping a | inside code', () => {
    const [c] = cards('VAE 是哪一年提出的？:=:2013 | 2013年 | `a | b` ^vae-year');
    expect(c).toMatchObject({ type: 'typed', front: 'VAE 是哪一年提出的？', back: '2013', answers: ['2013', '2013年', '`a | b`'] });
  });

  it('warns about a typed alternative that normalizes to an earlier one', () => {
    const { cards: cs, diagnostics } = parse('L2 的导数？:=:2w | 2 W | 2 w² ^a-l2\n');
    expect(cs[0]).toMatchObject({ answers: ['2w', '2 W', '2 w²'] });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 1,
        message: 'typed answer alternative "2 W" is the same as "2w" once normalized',
      }),
    ]);
  });

  it('reads one card per line when several cards share a paragraph', () => {
    const cs = cards('说明文字，不是卡片。\nA::1\nB:::2\nC:=:3');
    expect(cs.map((c) => [c.type, c.front, c.line])).toEqual([
      ['basic', 'A', 2],
      ['reversed', 'B', 3],
      ['reversed', '2', 3],
      ['typed', 'C', 4],
    ]);
  });

  it('ignores trailing spaces', () => {
    expect(brief('Q::A   \n')).toEqual([{ type: 'basic', front: 'Q', back: 'A' }]);
    expect(brief('Q \n?   \nA  \n')).toEqual([{ type: 'basic', front: 'Q', back: 'A' }]);
  });

  it('reads cards inside list items and block quotes', () => {
    const cs = cards('- term::definition\n- other::thing\n\n> 引用 Q::A\n> 第二行::B');
    expect(cs.map((c) => [c.front, c.back, c.line, c.column])).toEqual([
      ['term', 'definition', 1, 3],
      ['other', 'thing', 2, 3],
      ['引用 Q', 'A', 4, 3],
      ['第二行', 'B', 5, 3],
    ]);
  });

  it('reports an empty side as an error with a fix', () => {
    const note = parse('::answer only');
    expect(note.cards).toEqual([]);
    expect(note.diagnostics[0]).toMatchObject({ severity: 'error', line: 1, col: 1, message: 'card has an empty question' });
    expect(note.diagnostics[0]?.fix).toBeTruthy();
  });
});

describe('multi-line cards', () => {
  it('splits at a line that is only ? and ends at the blank line', () => {
    const cs = cards('# 梯度\n\n多行问题\n第二行\n?\n答案 **粗体**\n- 列表项\n\n之后的段落不是答案');
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({
      type: 'basic',
      front: '多行问题\n第二行',
      back: '答案 **粗体**\n- 列表项',
      line: 3,
      headingPath: ['梯度'],
    });
  });

  it('makes a reversed pair with ??', () => {
    expect(brief('问\n??\n答')).toEqual([
      { type: 'reversed', front: '问', back: '答' },
      { type: 'reversed', front: '答', back: '问' },
    ]);
  });

  it('keeps blank lines inside a fenced code answer', () => {
    const [c] = cards('这段代码输出什么？\n?\n```python\nprint(1)\n\nprint(2)\n```\n^code-out');
    expect(c?.back).toBe('```python\nprint(1)\n\nprint(2)\n```');
    expect(c?.id).toBe('code-out');
  });

  it('takes the anchor from the end of the last answer line', () => {
    const [c] = cards('问题\n?\n答案一\n答案二 ^multi-id\n<!--SR:!2021-08-11,4,270-->');
    expect(c).toMatchObject({ id: 'multi-id', back: '答案一\n答案二' });
  });

  it('accepts a table as the answer', () => {
    const [c] = cards('两种池化的区别？\n?\n| | max | avg |\n|---|---|---|\n| 信息 | 前景 | 背景 |');
    expect(c?.back).toContain('| 信息 | 前景 | 背景 |');
  });

  it('warns when a rule right under a card turns it into a heading', () => {
    const note = parse('问题\n?\n答案\n---\n');
    expect(note.cards).toEqual([]);
    expect(note.diagnostics.map((d) => d.message)).toContain(
      'a card is followed directly by `---` or `===`, which turns it into a heading',
    );
  });
});

describe('cloze cards', () => {
  it('makes one card per ==deletion==, others shown as plain text', () => {
    const cs = cards('最大池化一般提取==前景==信息，平均池化提取==背景==信息。 ^pool-fg-bg');
    expect(cs.map((c) => [c.id, c.front, c.back])).toEqual([
      ['pool-fg-bg.1', '最大池化一般提取[…]信息，平均池化提取背景信息。', '最大池化一般提取==前景==信息，平均池化提取背景信息。'],
      ['pool-fg-bg.2', '最大池化一般提取前景信息，平均池化提取[…]信息。', '最大池化一般提取前景信息，平均池化提取==背景==信息。'],
    ]);
  });

  it('groups Anki {{cN::}} deletions with the same N and shows hints', () => {
    const cs = cards('{{c1::Paris}} 在 {{c1::France}}，{{c2::Berlin::城市}} 也是首都。 ^cities');
    expect(cs.map((c) => [c.id, c.front, c.back])).toEqual([
      ['cities.c1', '[…] 在 […]，Berlin 也是首都。', '==Paris== 在 ==France==，Berlin 也是首都。'],
      ['cities.c2', 'Paris 在 France，[城市] 也是首都。', 'Paris 在 France，==Berlin== 也是首都。'],
    ]);
  });

  it('keeps math inside a deletion intact', () => {
    const [c] = cards('BN：$\\hat{x}=$ {{c1::$(x-\\mu)/\\sqrt{\\sigma^2+\\epsilon}$}}。');
    expect(c?.back).toBe('BN：$\\hat{x}=$ ==$(x-\\mu)/\\sqrt{\\sigma^2+\\epsilon}$==。');
  });

  it('does not treat a == b comparisons or code as deletions', () => {
    expect(cards('if a == b then `x ==y== z`')).toEqual([]);
  });
});

describe('multiple choice', () => {
  it('reads a question followed by a task list', () => {
    const [c] = cards('BatchNorm 在哪些轴上求均值和方差？ ^bn-axes\n- [ ] (C, H, W)\n- [x] (N, H, W)\n- [ ] (H, W)');
    expect(c).toMatchObject({
      id: 'bn-axes',
      type: 'mc',
      front: 'BatchNorm 在哪些轴上求均值和方差？',
      back: '- (N, H, W)',
      options: [
        { text: '(C, H, W)', correct: false },
        { text: '(N, H, W)', correct: true },
        { text: '(H, W)', correct: false },
      ],
    });
  });

  it('reports a choice without a correct option', () => {
    const note = parse('问题？\n- [ ] a\n- [ ] b');
    expect(errors(note)).toContain('multiple-choice card has no correct option');
  });

  it('warns when a blank line separates the question from its options', () => {
    const note = parse('问题？\n\n- [ ] a\n- [x] b');
    expect(note.cards).toEqual([]);
    expect(note.diagnostics[0]?.message).toMatch(/separated from the paragraph above/);
  });
});

describe('what is never a card', () => {
  it.each([
    ['full-width colons', '问题：：答案'],
    ['full-width question mark line', '问题\n？\n答案'],
    ['inline code', '用 `std::vector` 存储'],
    ['fenced code', '```cpp\nstd::vector<int> v;\nQ::A\n?\n```'],
    ['inline math', '比例 $a::b$ 成立'],
    ['display math', '$$\na::b\n?\nc\n$$'],
    ['HTML comment', '<!-- Q::A -->'],
    ['link URL', '见 [文档](https://example.com/a::b)'],
    ['image URL', '![图](img::x.png)'],
    ['table cell', '| a::b | c |\n|---|---|\n| 1 | 2 |'],
    ['heading', '## 标题::不是卡片'],
  ])('%s', (_name, source) => {
    expect(cards(source)).toEqual([]);
  });

  it('keeps images and math on either side of a card', () => {
    expect(brief('![池化](pool.png) 是哪种池化？::$\\max$ 池化')).toEqual([
      { type: 'basic', front: '![池化](pool.png) 是哪种池化？', back: '$\\max$ 池化' },
    ]);
  });
});

describe('notes', () => {
  it('reads front matter only at the start and keeps rules in the body', () => {
    const note = parse('---\ntitle: 池化（Pooling）\ntags: [cnn, pooling]\n---\n\nA::1\n\n---\n\nkey: value\n\n---\n\nB::2');
    expect(note.title).toBe('池化（Pooling）');
    expect(note.tags).toEqual(['cnn', 'pooling']);
    expect(note.cards.map((c) => [c.front, c.line])).toEqual([
      ['A', 6],
      ['B', 14],
    ]);
    expect(note.markdown.startsWith('\nA::1')).toBe(true);
  });

  it('reports bad front matter YAML with its line', () => {
    const note = parse('---\ntitle: [unclosed\n---\nA::1');
    expect(note.diagnostics[0]).toMatchObject({ severity: 'error', line: 2 });
    expect(note.cards).toHaveLength(1);
  });

  it('records heading paths, tags and the first h1 as title', () => {
    const note = parse('# 池化\n\n## 最大池化\n\n### 细节\n\nA::1 #exam\n\n## 平均池化\n\nB::2');
    expect(note.title).toBe('池化');
    expect(note.cards.map((c) => c.headingPath)).toEqual([
      ['池化', '最大池化', '细节'],
      ['池化', '平均池化'],
    ]);
    expect(note.cards[0]?.tags).toEqual(['exam']);
    expect(note.tags).toEqual(['exam']);
  });

  it('derives a deterministic id and warns when a card has none', () => {
    const a = parse('A::1\n\nB::2');
    const b = parse('A::1\n\nB::2');
    expect(a.cards.map((c) => c.id)).toEqual(b.cards.map((c) => c.id));
    expect(a.cards[0]?.id).toMatch(/^pooling-[0-9a-f]{6}$/);
    expect(a.cards[0]?.hasExplicitId).toBe(false);
    expect(a.diagnostics.filter((d) => d.severity === 'warning')).toHaveLength(2);
  });

  it('gives identical fronts in one note different derived ids', () => {
    const ids = cards('A::1\n\nA::2').map((c) => c.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('reports a duplicate anchor in one note', () => {
    const note = parse('A::1 ^same\n\nB::2 ^same');
    expect(errors(note)).toEqual(['duplicate card id "same" in this note']);
  });

  it('handles CRLF line endings', () => {
    expect(brief('Q::A\r\n\r\n问\r\n?\r\n答\r\n')).toEqual([
      { type: 'basic', front: 'Q', back: 'A' },
      { type: 'basic', front: '问', back: '答' },
    ]);
  });
});
