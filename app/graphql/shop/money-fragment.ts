/** What Hydrogen's <Money> needs. Interpolated once by each document that spreads it. */
export const MONEY_FRAGMENT = `#graphql
  fragment Money on MoneyV2 {
    amount
    currencyCode
  }
` as const;
