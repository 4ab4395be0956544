/** The running header's title as a CSS string: shown as typed, never able to end the string. */
import { describe, expect, it } from 'vitest';
import { cssString, headerTitle, HEADER_LENGTH } from '../../src/ui/report/committee-report-print';

describe('cssString', () => {
  it('keeps letters, digits and spaces, and escapes everything else as hex ended by a space', () => {
    // '"' is U+0022, '\' U+005C, ':' U+003A, '£' U+00A3 (a symbol, not a letter).
    expect(cssString('Ashdown 2026')).toBe('"Ashdown 2026"');
    expect(cssString('a"b\\c')).toBe('"a\\22 b\\5c c"');
    expect(cssString('Cost: £5')).toBe('"Cost\\3a  \\a3 5"');
    expect(cssString('Ysgol Gymraeg Bro Morgannwg – Cyngor')).toBe(
      '"Ysgol Gymraeg Bro Morgannwg \\2013  Cyngor"',
    );
  });

  it('drops line breaks and other control characters rather than letting them end the string', () => {
    expect(cssString('one\ntwo\r\tthree')).toBe('"onetwothree"');
  });

  it('turns an attempt to break out of the rule into plain characters', () => {
    const value = cssString('"; } body { display: none } /*');
    expect(value.slice(1, -1)).not.toMatch(/["{};*/]/);
    expect(value).toBe('"\\22 \\3b  \\7d  body \\7b  display\\3a  none \\7d  \\2f \\2a "');
  });
});

describe('headerTitle', () => {
  it('puts the title on one line, and names an untitled model', () => {
    expect(headerTitle('  Ashdown\n  partnership ')).toBe('Ashdown partnership');
    expect(headerTitle('   ')).toBe('Untitled model');
  });

  it('cuts a long title at a word, with an ellipsis, within the header’s length', () => {
    const title = `${'word '.repeat(30)}end`;
    const shown = headerTitle(title);
    expect(shown.endsWith('word…')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(HEADER_LENGTH);
    expect(headerTitle('x'.repeat(HEADER_LENGTH))).toBe('x'.repeat(HEADER_LENGTH));
  });
});
