import {Link, useLoaderData, type MetaFunction} from '@remix-run/react';
import {data, redirect, type LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {getPaginationVariables, Money, Pagination} from '@shopify/hydrogen';
import {accountCopy} from '~/components/account/copy';
import {ACCOUNT_HEADERS} from '~/lib/account/account.server';
import {CUSTOMER_ORDERS_QUERY} from '~/graphql/customer-account/customer-account';
import {formatOrderDate} from '~/lib/account/order-date';

const copy = accountCopy.orders;

export const meta: MetaFunction = () => [{title: copy.title}, {name: 'robots', content: 'noindex'}];

export async function loader({request, context}: LoaderFunctionArgs) {
  const {customerAccount} = context;
  if (!customerAccount) return null;
  const {data: result, errors} = await customerAccount.query(CUSTOMER_ORDERS_QUERY, {
    variables: getPaginationVariables(request, {pageBy: 10}),
  });
  // A stale or hand-edited cursor: start again from the first page rather than fail.
  if (errors?.length && new URL(request.url).searchParams.has('cursor')) throw redirect('/account/orders');
  if (errors?.length || !result?.customer) throw new Response('Orders could not be loaded', {status: 502});
  return data({orders: result.customer.orders}, {headers: ACCOUNT_HEADERS});
}

export default function Orders() {
  const loaded = useLoaderData<typeof loader>();
  if (!loaded) return null;
  return (
    <section aria-labelledby="orders-heading">
      <h1 id="orders-heading" className="text-h2">
        {copy.title}
      </h1>
      {loaded.orders.nodes.length === 0 ? (
        <div className="mt-6 rounded-2xl bg-stone-100 p-6">
          <p className="text-charcoal-700">{copy.empty}</p>
          <Link to="/collections/all" className="btn-primary mt-4">
            {copy.emptyCta}
          </Link>
        </div>
      ) : (
        <Pagination connection={loaded.orders}>
          {({nodes, PreviousLink, NextLink}) => (
            <>
              <PreviousLink className="btn-secondary mt-6">{copy.previous}</PreviousLink>
              <ul className="mt-6 space-y-3">
                {nodes.map((order) => {
                  const titles = order.lineItems.nodes.map((line) => line.title);
                  return (
                    <li key={order.id} className="card flex flex-wrap items-center justify-between gap-4 p-5">
                      <div>
                        <h2 className="text-lg font-extrabold">{copy.number(order.number)}</h2>
                        <p className="text-sm text-charcoal-600">
                          <time dateTime={order.processedAt}>{formatOrderDate(order.processedAt)}</time> ·{' '}
                          {titles.join(', ')}
                        </p>
                      </div>
                      <div className="flex items-center gap-4">
                        <Money data={order.totalPrice} className="font-bold" />
                        <Link to={`/account/orders/${encodeURIComponent(orderKey(order.id))}`} className="btn-secondary">
                          {copy.view}
                        </Link>
                      </div>
                    </li>
                  );
                })}
              </ul>
              <NextLink className="btn-secondary mt-6">{copy.next}</NextLink>
            </>
          )}
        </Pagination>
      )}
    </section>
  );
}

/** gid://shopify/Order/123 → 123, for a readable URL (the order route rebuilds the gid). */
function orderKey(id: string) {
  return id.split('/').pop() ?? id;
}
