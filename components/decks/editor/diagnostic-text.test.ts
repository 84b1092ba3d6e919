import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { readDeckSource } from '@/lib/content/deck-source';
import { DIAGNOSTIC_CODES, type Diagnostic } from '@/lib/content/types';
import en from '@/lib/i18n/messages/en.json';
import zh from '@/lib/i18n/messages/zh-CN.json';
import { diagnosticText, type DiagnosticTranslator } from './diagnostic-text';

const translator = (locale: 'en' | 'zh-CN') =>
  createTranslator({ locale, messages: locale === 'en' ? en : zh, namespace: 'deckEditor' }) as unknown as DiagnosticTranslator;

// One deck with a problem of each common kind: an empty answer, a multiple-choice card
// without a correct option, a predict block naming an unknown experiment, a duplicate id.
const bad = [
  '# Deck',
  '',
  'Empty answer::',
  '',
  'Which pooling keeps the largest value?',
  '- [ ] average',
  '- [ ] sum',
  '',
  '```predict',
  'question: What happens?',
  'experiment: no-such-experiment',
  '```',
  '',
  'A::B ^same',
  '',
  'C::D ^same',
].join('\n');

describe('content diagnostics in the deck editor', () => {
  it('has a message and a fix in both languages for every code', () => {
    for (const code of DIAGNOSTIC_CODES)
      for (const messages of [en, zh]) {
        const entry = (messages.deckEditor.diag as Record<string, { message?: string; fix?: string }>)[code];
        expect(entry?.message, `${code}`).toBeTruthy();
        expect(entry?.fix, `${code}`).toBeTruthy();
      }
  });

  it('shows a deck’s problems in Chinese with their values, and in English', () => {
    const { diagnostics } = readDeckSource(bad);
    const codes = diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['emptyAnswer', 'mcNoCorrect', 'predictUnknownExperiment', 'duplicateId']));
    const zhTexts = diagnostics.map((d) => diagnosticText(d, translator('zh-CN')));
    for (const { message, fix } of zhTexts) {
      expect(message).toMatch(/[\u4e00-\u9fff]/);
      expect(fix).toMatch(/[\u4e00-\u9fff]/);
    }
    const unknown = diagnostics.find((d) => d.code === 'predictUnknownExperiment')!;
    expect(diagnosticText(unknown, translator('zh-CN')).message).toBe('没有名为“no-such-experiment”的实验。');
    expect(diagnosticText(unknown, translator('en')).message).toBe('Unknown experiment “no-such-experiment”.');
    const dup = diagnostics.find((d) => d.code === 'duplicateId')!;
    expect(diagnosticText(dup, translator('zh-CN')).message).toBe('卡片编号“same”在这个卡组里用了两次。');
  });

  it('falls back to lib/content’s English text for a code it cannot translate', () => {
    const d = { ...readDeckSource(bad).diagnostics[0]!, code: 'notACode' } as unknown as Diagnostic;
    expect(diagnosticText(d, translator('zh-CN'))).toEqual({ message: d.message, fix: d.fix });
  });
});
