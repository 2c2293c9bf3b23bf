import {NextSteps} from '~/components/layout/NextSteps';
import {accountCopy} from '~/components/account/copy';

const copy = accountCopy.needsStore;

/** Every /account page on the embedded default: why there are no accounts, and where to go instead. */
export function AccountsNeedStore() {
  return (
    <section className="container-page py-16 md:py-24" data-testid="accounts-need-store">
      <div className="mx-auto max-w-2xl rounded-3xl border border-stone-200 bg-white p-8 shadow-sm sm:p-10">
        <p className="eyebrow">{copy.eyebrow}</p>
        <h1 className="mt-2 text-h2">{copy.title}</h1>
        <p className="mt-4 text-lead text-charcoal-700">{copy.body}</p>
        <p className="mt-3 text-charcoal-700">{copy.meanwhile}</p>
        <NextSteps
          primary={{to: '/collections/all', label: copy.programs}}
          secondary={{to: '/blogs/news', label: copy.journal}}
        />
      </div>
    </section>
  );
}
