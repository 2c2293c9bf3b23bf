/**
 * The search string a variant option link leads to, built on top of the latest one the shopper
 * asked for (not the one the page was rendered with): two quick clicks on different options
 * must keep both choices even when the second click lands before the first page update.
 */
export function withOption(
  search: string,
  name: string,
  value: string,
  /** The selected variant's options, for those the URL does not name (a bare product URL). */
  selected: Array<{name: string; value: string}> = [],
): string {
  const params = new URLSearchParams(search);
  for (const option of selected) {
    if (!params.has(option.name)) params.set(option.name, option.value);
  }
  params.set(name, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}
