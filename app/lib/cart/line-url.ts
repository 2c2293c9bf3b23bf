/**
 * Where a cart line's title leads: the program page with that line's options chosen (the same
 * `?Name=Value` search the program page reads), so the shopper sees what they put in the cart.
 * A program without options ("Default Title") links to its bare page.
 */
export function cartLineUrl(handle: string, selectedOptions: ReadonlyArray<{name: string; value: string}>): string {
  const params = new URLSearchParams();
  for (const option of selectedOptions) {
    if (option.value !== 'Default Title') params.append(option.name, option.value);
  }
  const search = params.toString();
  return `/products/${encodeURIComponent(handle)}${search ? `?${search}` : ''}`;
}
