/**
 * Admin API documents for the newsletter sign-up (docs/decisions/022-newsletter-via-admin-graphql.md).
 * Files named `*.admin.ts` hold Admin documents only: codegen types them against admin.schema.graphql
 * into adminapi.generated.d.ts (see .graphqlrc.ts), and the Storefront project skips them.
 */

/** What the sign-up reads back about a customer: just enough to tell their consent state. */
const NEWSLETTER_CUSTOMER_FRAGMENT = `#graphql
  fragment NewsletterCustomer on Customer {
    id
    emailMarketingConsent {
      marketingState
    }
  }
`;

export const NEWSLETTER_CUSTOMER_QUERY = `#graphql
  query NewsletterCustomer($query: String!) {
    customers(first: 1, query: $query) {
      nodes {
        ...NewsletterCustomer
      }
    }
  }
  ${NEWSLETTER_CUSTOMER_FRAGMENT}
`;

export const NEWSLETTER_CUSTOMER_CREATE = `#graphql
  mutation NewsletterCustomerCreate($input: CustomerInput!) {
    customerCreate(input: $input) {
      customer {
        ...NewsletterCustomer
      }
      userErrors {
        field
        message
      }
    }
  }
  ${NEWSLETTER_CUSTOMER_FRAGMENT}
`;

export const NEWSLETTER_CONSENT_UPDATE = `#graphql
  mutation NewsletterConsentUpdate($input: CustomerEmailMarketingConsentUpdateInput!) {
    customerEmailMarketingConsentUpdate(input: $input) {
      customer {
        ...NewsletterCustomer
      }
      userErrors {
        field
        message
      }
    }
  }
  ${NEWSLETTER_CUSTOMER_FRAGMENT}
`;

export const NEWSLETTER_SUBSCRIBER_COUNT_QUERY = `#graphql
  query NewsletterSubscriberCount {
    customersCount(query: "email_subscription_status:SUBSCRIBED") {
      count
      precision
    }
  }
`;
