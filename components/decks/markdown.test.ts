import { describe, expect, it } from 'vitest';
import { linklessMarkdownHtml } from './markdown';

// The note page's card index shows each question inside a link of its own.
describe('linklessMarkdownHtml', () => {
  it('keeps a `>` inside a link title from ending the tag (issue 8, finding 5)', () => {
    const html = linklessMarkdownHtml('[x](https://a.example "t>b<img src=x onerror=alert(1)>")');
    expect(html).toBe('<p>x</p>');
  });

  it('reduces every kind of link to its content and keeps that content', () => {
    expect(linklessMarkdownHtml('see [**bold** `code`](https://a.example) and <https://b.example>')).toBe(
      '<p>see <strong>bold</strong> <code>code</code> and https://b.example</p>',
    );
    expect(linklessMarkdownHtml('[ref][r]\n\n[r]: https://a.example "a > b"')).toBe('<p>ref</p>');
    expect(linklessMarkdownHtml('[![pic](https://a.example/p.png)](https://a.example)')).toBe(
      '<p><img src="https://a.example/p.png" alt="pic"></p>',
    );
  });

  it('keeps maths', () => {
    const html = linklessMarkdownHtml('[$x^2$](https://a.example)');
    expect(html).toContain('<span class="katex">');
    expect(html).not.toMatch(/<a[\s>]/);
  });
});
