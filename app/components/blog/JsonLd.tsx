import {useNonce} from '@shopify/hydrogen';
import {serializeJsonLd, type JsonLd as JsonLdData} from '~/lib/seo';

/**
 * Structured data as `<script type="application/ld+json">`, escaped so no value can end the
 * script element, and carrying the CSP nonce.
 */
export function JsonLd({data}: {data: JsonLdData | JsonLdData[]}) {
  const nonce = useNonce();
  return (
    <script
      type="application/ld+json"
      nonce={nonce}
      // Browsers hide nonce values from the DOM after parsing, so the client never matches it.
      suppressHydrationWarning
      dangerouslySetInnerHTML={{__html: serializeJsonLd(data)}}
    />
  );
}
