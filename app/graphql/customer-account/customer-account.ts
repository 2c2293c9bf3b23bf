/**
 * Customer Account API documents (the `customer` codegen project in .graphqlrc.ts types them into
 * customer-accountapi.generated.d.ts). They live here, not at the bottom of their routes, because
 * codegen tells the two APIs apart by folder.
 */

export const CUSTOMER_GREETING_QUERY = `#graphql
  query CustomerGreeting {
    customer {
      firstName
    }
  }
` as const;

export const CUSTOMER_ORDERS_QUERY = `#graphql
  query CustomerOrders($first: Int, $last: Int, $startCursor: String, $endCursor: String) {
    customer {
      orders(first: $first, last: $last, before: $startCursor, after: $endCursor, sortKey: PROCESSED_AT, reverse: true) {
        nodes {
          id
          number
          processedAt
          financialStatus
          totalPrice {
            amount
            currencyCode
          }
          lineItems(first: 3) {
            nodes {
              id
              title
            }
          }
        }
        pageInfo {
          hasPreviousPage
          hasNextPage
          startCursor
          endCursor
        }
      }
    }
  }
` as const;

export const CUSTOMER_ORDER_QUERY = `#graphql
  query CustomerOrder($orderId: ID!) {
    order(id: $orderId) {
      id
      name
      processedAt
      financialStatus
      statusPageUrl
      subtotal {
        amount
        currencyCode
      }
      totalTax {
        amount
        currencyCode
      }
      totalPrice {
        amount
        currencyCode
      }
      lineItems(first: 50) {
        nodes {
          id
          title
          variantTitle
          quantity
          productId
          price {
            amount
            currencyCode
          }
          totalPrice {
            amount
            currencyCode
          }
          image {
            url
            altText
            width
            height
          }
        }
      }
    }
  }
` as const;

export const CUSTOMER_PROFILE_QUERY = `#graphql
  query CustomerProfile {
    customer {
      firstName
      lastName
      emailAddress {
        emailAddress
      }
    }
  }
` as const;

export const CUSTOMER_NAME_UPDATE_MUTATION = `#graphql
  mutation CustomerNameUpdate($input: CustomerUpdateInput!) {
    customerUpdate(input: $input) {
      customer {
        firstName
        lastName
      }
      userErrors {
        field
        message
      }
    }
  }
` as const;
