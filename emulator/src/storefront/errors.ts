/**
 * Errors raised by resolvers. They become Shopify-shaped GraphQL errors:
 * `{message, locations, path, extensions: {code}}` inside an HTTP 200 response.
 */
export class StorefrontError extends Error {
  constructor(
    message: string,
    readonly code: string | null = 'BAD_REQUEST',
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'StorefrontError';
  }
}

/** Shopify's message for unexpected failures (the real one carries a request id). */
export function internalErrorMessage(requestId: string): string {
  return `Internal error. Looks like something went wrong on our end.\nRequest ID: ${requestId} (include this in support requests).`;
}
