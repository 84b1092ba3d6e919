import { describe, expect, it } from 'vitest';
import { buildContent } from './build';

describe('answer length check', () => {
  it('warns about a basic answer over 60 characters, with its position', () => {
    const long = '很'.repeat(61);
    const content = buildContent({ notes: [{ path: 'content/notes/x.md', text: `# X\n\nShort::ok ^x-a\n\nLong::${long} ^x-b` }] });
    expect(content.diagnostics.filter((d) => d.message.includes('-character answer')).map((d) => [d.line, d.severity])).toEqual([
      [5, 'warning'],
    ]);
  });
});
