/**
 * Reading time for articles, from their plain text (Storefront `Article.content`, or the text that
 * app/lib/content/article-html.server.ts extracts from the body).
 *
 * 230 words a minute is a common figure for adults reading non-fiction on screen; the estimate is
 * rounded to the nearest minute and is never less than one.
 */
export const WORDS_PER_MINUTE = 230;

export function countWords(text: string | null | undefined): number {
  if (!text) return 0;
  // Words are runs of letters or digits, with apostrophes and hyphens inside them ("don't", "5-km").
  const words = text.match(/[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu);
  return words ? words.length : 0;
}

export function readingTimeMinutes(
  text: string | null | undefined,
  wordsPerMinute = WORDS_PER_MINUTE,
): number {
  return Math.max(1, Math.round(countWords(text) / wordsPerMinute));
}
