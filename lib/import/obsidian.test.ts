import { describe, expect, it } from 'vitest';
import { planObsidian, withObsidianFrontMatter } from './obsidian';

const UTC = { timeZone: 'UTC', rolloverHour: 4 };

const vault = new Map([
  [
    'Science/pooling.md',
    [
      '#flashcards/science',
      '',
      'Max pooling:::keeps the largest value',
      '<!--SR:!2024-03-05,10,270!2024-03-02,3,130-->',
      '',
      'Average pooling keeps the ==background== and max pooling the ==foreground==.',
      '<!--SR:!2024-04-01,30,250!2000-01-01,1,250-->',
      '',
      'Unscheduled::card',
    ].join('\n'),
  ],
  ['Daily/2024-03-01.md', 'No cards here, no tag.\n\nA::B'],
  ['.obsidian/workspace.md', '#flashcards\n\nX::Y'],
]);

describe('Obsidian vault import', () => {
  const plan = planObsidian(vault, UTC);

  it('reads only notes the plugin reads, with the parser in Obsidian mode', () => {
    expect(plan.decks.map((d) => d.path)).toEqual(['Science/pooling.md']);
    expect(plan.skipped).toEqual([
      { path: 'Daily/2024-03-01.md', code: 'no-flashcards', reason: expect.stringMatching(/tagged #flashcards/) },
    ]);
    expect(plan.counts).toEqual({ notes: 1, cards: 5, scheduled: 3 });
  });

  it('maps each SR entry to its sibling card in order: due, interval, EF = ease/100 (≥ 1.3)', () => {
    const [deck] = plan.decks;
    const ids = deck?.cardIds ?? [];
    const state = (i: number) => plan.states.get(`Science/pooling.md#${ids[i]}`);
    expect(ids[1]).toBe(`${ids[0]}.r`);
    expect(state(0)).toMatchObject({ due: new Date('2024-03-05T04:00:00Z'), interval: 10, ef: 2.7, repetitions: 2 });
    expect(state(1)).toMatchObject({ due: new Date('2024-03-02T04:00:00Z'), interval: 3, ef: 1.3, repetitions: 1 });
    expect(state(2)).toMatchObject({ due: new Date('2024-04-01T04:00:00Z'), interval: 30, ef: 2.5 });
    // The plugin's placeholder (2000-01-01) and a card without a comment stay new.
    expect(state(3)).toBeUndefined();
    expect(state(4)).toBeUndefined();
  });

  it('keeps ids stable: the same vault gives the same ids, an edit elsewhere does not move them', () => {
    const edited = new Map(vault);
    edited.set('Science/pooling.md', `${vault.get('Science/pooling.md')}\n\nNew card::added`);
    const again = planObsidian(edited, UTC);
    expect(again.decks[0]?.cardIds.slice(0, 5)).toEqual(plan.decks[0]?.cardIds);
    expect(again.decks[0]?.cardIds).toHaveLength(6);
  });

  it('adds obsidian: true to existing front matter', () => {
    expect(withObsidianFrontMatter('---\ntitle: T\nobsidian: false\n---\nbody')).toBe('---\ntitle: T\nobsidian: true\n---\nbody');
    expect(withObsidianFrontMatter('body')).toBe('---\nobsidian: true\n---\nbody');
  });
});
