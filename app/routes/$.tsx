import type {LoaderFunctionArgs} from '@shopify/remix-oxygen';

/** Any path no other route claims: the branded 404 from the root error boundary. */
export async function loader({request}: LoaderFunctionArgs) {
  throw new Response(`${new URL(request.url).pathname} not found`, {
    status: 404,
  });
}

export default function CatchAllPage() {
  return null;
}
