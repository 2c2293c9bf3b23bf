/** The dismissal resource route and its fields, shared by the form (client) and the route. */
export const DISMISS_ACTION = '/announcements/dismiss';
export const DISMISS_KEY_FIELD = 'key';
/** "fetch" when a fetcher sent it: answer with data instead of a redirect. */
export const DISMISS_MODE_FIELD = 'mode';
