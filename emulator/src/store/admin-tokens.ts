import crypto from 'node:crypto';
import {array, date, object, str} from './shape';
import type {StateStore} from './state-store';

export interface AdminTokenData {
  /** SHA-256 of the token: the data folder never holds a usable token. */
  hash: string;
  clientId: string;
  scope: string;
  issuedAt: string;
  expiresAt: string;
}

interface TokensSection {
  tokens: AdminTokenData[];
}

const SECTION = 'admin-tokens';
const initial = (): TokensSection => ({tokens: []});
const SHAPE = object({tokens: array(object({hash: str, clientId: str, scope: str, issuedAt: date, expiresAt: date}))});
const sha256 = (value: string) => crypto.createHash('sha256').update(value).digest('hex');

/** Admin API access tokens from the client-credentials grant, persisted so a restart keeps them valid. */
export class AdminTokenRepository {
  constructor(private readonly state: StateStore) {
    state.define(SECTION, SHAPE);
  }

  issue(clientId: string, scope: string, lifetimeSeconds: number, now: Date): {token: string; data: AdminTokenData} {
    const token = `shpat_${crypto.randomBytes(16).toString('hex')}`;
    const data: AdminTokenData = {
      hash: sha256(token),
      clientId,
      scope,
      issuedAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + lifetimeSeconds * 1000).toISOString(),
    };
    this.state.update(SECTION, initial, (section) => {
      // Expired tokens are dropped whenever a new one is issued, so the file stays small.
      section.tokens = section.tokens.filter((t) => Date.parse(t.expiresAt) > now.getTime());
      section.tokens.push(data);
    });
    return {token, data};
  }

  /** The token's record if it exists and has not expired. */
  verify(token: string | null | undefined, now: Date): AdminTokenData | null {
    if (!token) return null;
    const hash = sha256(token);
    const found = this.state.read(SECTION, initial).tokens.find((t) => t.hash === hash);
    return found && Date.parse(found.expiresAt) > now.getTime() ? found : null;
  }

  /** Test hook: every issued token stops working (the app must fetch a new one). */
  revokeAll(): number {
    return this.state.update(SECTION, initial, (section) => {
      const count = section.tokens.length;
      section.tokens = [];
      return count;
    });
  }
}
