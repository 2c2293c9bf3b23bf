import {describe, expect, it} from 'vitest';
import {countWords, readingTimeMinutes, WORDS_PER_MINUTE} from '~/lib/blog/reading-time';

const words = (count: number) => Array.from({length: count}, (_, i) => `word${i}`).join(' ');

describe('reading time', () => {
  it('counts words, keeping contractions and hyphenated words whole', () => {
    expect(countWords("Don't skip the 5-km warm-up — it's   worth it.")).toBe(8);
    expect(countWords('')).toBe(0);
    expect(countWords(null)).toBe(0);
    expect(countWords('Ça va? Très bien.')).toBe(4);
  });

  it('is at least one minute, even for an empty article', () => {
    expect(readingTimeMinutes('')).toBe(1);
    expect(readingTimeMinutes('A few words.')).toBe(1);
  });

  it('rounds words per minute to the nearest minute', () => {
    expect(readingTimeMinutes(words(WORDS_PER_MINUTE * 6))).toBe(6);
    expect(readingTimeMinutes(words(WORDS_PER_MINUTE * 6 + WORDS_PER_MINUTE / 2 - 10))).toBe(6);
    expect(readingTimeMinutes(words(WORDS_PER_MINUTE * 6 + WORDS_PER_MINUTE / 2 + 10))).toBe(7);
  });

  it('accepts another reading speed', () => {
    expect(readingTimeMinutes(words(600), 200)).toBe(3);
  });
});
