/**
 * An order's date as the customer reads it. Fixed to UTC so the server's HTML and the browser's
 * render agree (a local time zone would show another day near midnight and break hydration).
 */
const ORDER_DATE = new Intl.DateTimeFormat('en-US', {dateStyle: 'medium', timeZone: 'UTC'});

export function formatOrderDate(iso: string): string {
  return ORDER_DATE.format(new Date(iso));
}
