/** What GET /account/status answers: who is signed in, for the header's account link. */
export type AccountStatus = {signedIn: false} | {signedIn: true; firstName: string | null};
