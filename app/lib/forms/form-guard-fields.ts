/** Names of the anti-abuse fields, shared by the forms (client) and the guard (server). */
export const HONEYPOT_FIELD = 'website';
export const FORM_TOKEN_FIELD = 'form_token';
