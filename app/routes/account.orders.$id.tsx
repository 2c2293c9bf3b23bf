import {Link, useLoaderData, type MetaFunction} from '@remix-run/react';
import {data, type LoaderFunctionArgs} from '@shopify/remix-oxygen';
import {Image, Money} from '@shopify/hydrogen';
import {accountCopy} from '~/components/account/copy';
import {ACCOUNT_HEADERS} from '~/lib/account/account.server';
import {CUSTOMER_ORDER_QUERY} from '~/graphql/customer-account/customer-account';
import {formatOrderDate} from '~/lib/account/order-date';

const copy = accountCopy.order;

export const meta: MetaFunction<typeof loader> = ({data: loaded}) => [
  {title: loaded?.order.name ?? 'Order'},
  {name: 'robots', content: 'noindex'},
];

/** One order with the programs in it. The id in the URL is the number at the end of the order's gid. */
export async function loader({params, context}: LoaderFunctionArgs) {
  const {customerAccount} = context;
  if (!customerAccount) return null;
  if (!params.id || !/^\d{1,20}$/.test(params.id)) throw new Response('Order not found', {status: 404});
  const {data: result, errors} = await customerAccount.query(CUSTOMER_ORDER_QUERY, {
    variables: {orderId: `gid://shopify/Order/${params.id}`},
  });
  if (errors?.length) throw new Response('Order could not be loaded', {status: 502});
  if (!result?.order) throw new Response('Order not found', {status: 404});
  return data({order: result.order}, {headers: ACCOUNT_HEADERS});
}

export default function Order() {
  const loaded = useLoaderData<typeof loader>();
  if (!loaded) return null;
  const {order} = loaded;
  return (
    <article aria-labelledby="order-heading">
      <Link to="/account/orders" className="text-sm font-semibold text-forest-800 underline underline-offset-4">
        ← {copy.back}
      </Link>
      <h1 id="order-heading" className="mt-3 text-h2">
        {order.name}
      </h1>
      <dl className="mt-3 flex flex-wrap gap-x-8 gap-y-1 text-sm text-charcoal-700">
        <div>
          <dt className="inline font-semibold">{copy.placed}: </dt>
          <dd className="inline">
            <time dateTime={order.processedAt}>{formatOrderDate(order.processedAt)}</time>
          </dd>
        </div>
        {order.financialStatus ? (
          <div>
            <dt className="inline font-semibold">{copy.status}: </dt>
            <dd className="inline">{order.financialStatus.toLowerCase().replace(/_/g, ' ')}</dd>
          </div>
        ) : null}
      </dl>

      <h2 className="mt-8 text-h3">{copy.programs}</h2>
      <ul className="mt-4 divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
        {order.lineItems.nodes.map((line) => (
          <li key={line.id} className="flex items-center gap-4 p-4">
            {line.image ? (
              <Image data={line.image} width={72} height={72} aspectRatio="1/1" className="rounded-lg" sizes="72px" />
            ) : null}
            <div className="min-w-0 flex-1">
              <p className="font-bold">{line.title}</p>
              {line.variantTitle ? <p className="text-sm text-charcoal-600">{line.variantTitle}</p> : null}
              <p className="text-sm text-charcoal-600">{copy.quantity(line.quantity)}</p>
            </div>
            {line.totalPrice ? <Money data={line.totalPrice} className="font-semibold" /> : null}
          </li>
        ))}
      </ul>

      <dl className="mt-6 ml-auto max-w-xs space-y-1 text-sm">
        {order.subtotal ? <Row label={copy.subtotal} money={order.subtotal} /> : null}
        {order.totalTax ? <Row label={copy.tax} money={order.totalTax} /> : null}
        <Row label={copy.total} money={order.totalPrice} strong />
      </dl>
      <a href={order.statusPageUrl} className="btn-secondary mt-6" rel="noopener noreferrer">
        {copy.statusPage}
      </a>
    </article>
  );
}

function Row({label, money, strong}: {label: string; money: {amount: string; currencyCode: string}; strong?: boolean}) {
  return (
    <div className={`flex justify-between gap-4 ${strong ? 'text-base font-extrabold' : ''}`}>
      <dt>{label}</dt>
      <dd>
        <Money data={money as Parameters<typeof Money>[0]['data']} />
      </dd>
    </div>
  );
}
