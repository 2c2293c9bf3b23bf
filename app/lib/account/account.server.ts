/**
 * Account pages never go into a shared cache, and never into search results: what they show
 * belongs to one person (or, on the embedded default, is a notice).
 */
export const ACCOUNT_HEADERS = {'Cache-Control': 'private, no-store'};

/** First and last name from the profile form, trimmed; an error message when one is too long. */
export function parseNameInput(form: FormData): {ok: true; firstName: string; lastName: string} | {ok: false; firstName: string; lastName: string} {
  const read = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
  };
  const firstName = read('firstName');
  const lastName = read('lastName');
  const ok = firstName.length <= 255 && lastName.length <= 255;
  return ok ? {ok, firstName, lastName} : {ok, firstName: firstName.slice(0, 255), lastName: lastName.slice(0, 255)};
}
