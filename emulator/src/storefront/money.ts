/**
 * Exact money arithmetic on integer minor units (cents). Amounts are formatted the way the
 * Storefront API serialises its Decimal scalar: trailing zeros dropped but at least one decimal
 * ("149.0", "89.5", "12.34").
 */

export function toCents(amount: string | number): number {
  const s = typeof amount === 'number' ? amount.toFixed(2) : amount.trim();
  const match = /^(-)?(\d+)(?:\.(\d*))?$/.exec(s);
  if (!match) throw new Error(`Invalid money amount: ${amount}`);
  const [, sign, whole, frac = ''] = match;
  const fraction = (frac + '00').slice(0, 2);
  // Round half up on the third decimal, if any.
  const roundUp = frac.length > 2 && Number(frac[2]) >= 5 ? 1 : 0;
  const cents = Number(whole) * 100 + Number(fraction) + roundUp;
  return sign ? -cents : cents;
}

export function formatDecimal(cents: number): string {
  const negative = cents < 0;
  const abs = Math.abs(Math.round(cents));
  const whole = Math.floor(abs / 100);
  const fraction = abs % 100;
  let frac: string;
  if (fraction === 0) frac = '0';
  else if (fraction % 10 === 0) frac = String(fraction / 10);
  else frac = String(fraction).padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${frac}`;
}

export interface MoneyV2 {
  __typename: 'MoneyV2';
  amount: string;
  currencyCode: string;
}

export function moneyV2(cents: number, currencyCode: string): MoneyV2 {
  return {__typename: 'MoneyV2', amount: formatDecimal(cents), currencyCode};
}

/** Percentage of an amount, rounded half up to the cent. */
export function percentOf(cents: number, percentage: number): number {
  return Math.round((cents * percentage) / 100);
}
