import {Form} from '@remix-run/react';
import {searchCopy as copy} from '~/components/search/copy';
import {MAX_TERM_LENGTH} from '~/lib/search/search-params';

/** The search page's own field: a GET form to /search that works with or without JavaScript. */
export function SearchForm({term}: {term: string}) {
  return (
    <Form method="get" action="/search" role="search" className="mt-6 flex max-w-xl gap-3">
      <label htmlFor="search-q" className="sr-only">
        {copy.fieldLabel}
      </label>
      <input
        key={term}
        id="search-q"
        name="q"
        type="search"
        defaultValue={term}
        maxLength={MAX_TERM_LENGTH}
        placeholder={copy.placeholder}
        className="field-input !mt-0"
      />
      <button type="submit" className="btn-primary">
        {copy.submit}
      </button>
    </Form>
  );
}
