import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render';

describe('renderMarkdown: safety', () => {
  it.each([
    ['script tag', '<script>alert(1)</script>'],
    ['inline script', 'text <script>alert(1)</script> more'],
    ['event handler', '<img src="x.png" onerror="alert(1)">'],
    ['html link', '<a href="javascript:alert(1)">x</a>'],
    ['markdown link', '[click](javascript:alert(1))'],
    ['reference link', '[click][x]\n\n[x]: javascript:alert(1)'],
    ['image', '![x](javascript:alert(1))'],
    ['iframe', '<iframe src="https://evil.example"></iframe>'],
    ['style', '<style>body{display:none}</style>'],
    ['svg', '<svg onload="alert(1)"></svg>'],
  ])('drops %s', (_name, md) => {
    const html = renderMarkdown(md);
    expect(html).not.toMatch(/<script|<iframe|<style|<svg|onerror|onload|href="javascript:|src="javascript:/i);
  });

  it('does not let KaTeX make links or classes from formulas', () => {
    const html = renderMarkdown('$\\href{javascript:alert(1)}{x}$ $\\htmlClass{evil}{y}$ $\\url{javascript:alert(2)}$');
    expect(html).not.toMatch(/<a |href=|class="evil"/);
  });

  it('keeps safe links and images', () => {
    expect(renderMarkdown('[doc](https://example.com) ![p](https://example.com/p.png)')).toBe(
      '<p><a href="https://example.com">doc</a> <img src="https://example.com/p.png" alt="p"></p>',
    );
  });
});

describe('renderMarkdown: content', () => {
  it('renders inline and display math with KaTeX (HTML and MathML)', () => {
    const html = renderMarkdown('方差 $\\sigma^2$\n\n$$\n\\frac{x-\\mu}{\\sqrt{\\sigma^2+\\epsilon}}\n$$');
    expect(html).toContain('<span class="katex">');
    expect(html).toContain('<span class="katex-display">');
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(html).toContain('style="height:');
    expect(html).not.toContain('$');
  });

  // Issue 9, item 2: the notes write display maths as `$$…$$` on one line, as Obsidian allows.
  it('renders one-line $$…$$ in display mode, alone, in a block quote or inside text', () => {
    const alone = renderMarkdown('a\n\n$$x^2$$\n\nb');
    expect(alone).toMatch(/^<p>a<\/p>\n<span class="katex-display">/);
    expect(alone.match(/katex-display/g)).toHaveLength(1);
    expect(renderMarkdown('> $$x^2$$')).toMatch(/^<blockquote>\n<span class="katex-display">/);
    const inText = renderMarkdown('对一个小批量：\n$$\\mu=\\frac{1}{m}$$\n之后');
    expect(inText.match(/katex-display/g)).toHaveLength(1);
    expect(inText).toMatch(/^<p>对一个小批量：/);
    // Single dollars stay inline.
    expect(renderMarkdown('$x$ and $y$')).not.toContain('katex-display');
  });

  it('renders ==highlight== as <mark>, also around other inline markup', () => {
    expect(renderMarkdown('最大池化提取==前景==信息')).toBe('<p>最大池化提取<mark>前景</mark>信息</p>');
    expect(renderMarkdown('==a *b* c==')).toBe('<p><mark>a <em>b</em> c</mark></p>');
    expect(renderMarkdown('a == b and `==x==`')).toBe('<p>a == b and <code>==x==</code></p>');
  });

  it('renders GFM tables and task lists', () => {
    const html = renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done');
    expect(html).toContain('<table>');
    expect(html).toContain('<input type="checkbox" checked disabled>');
  });

  it('hides block ids and comments', () => {
    expect(renderMarkdown('Q::A ^pool-max <!--SR:!2021-08-11,4,270-->')).toBe('<p>Q::A</p>');
    expect(renderMarkdown('`code ^keep`')).toBe('<p><code>code ^keep</code></p>');
  });
});
