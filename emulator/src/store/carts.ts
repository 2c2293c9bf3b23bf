import crypto from 'node:crypto';
import {array, date, int, nullable, object, optional, record, str} from './shape';
import type {StateStore} from './state-store';

export interface AttributeData {
  key: string;
  value: string;
}

export interface CartLineData {
  /** Random token; the API id is gid://shopify/CartLine/<id>?cart=<cart token>. */
  id: string;
  /** Numeric ProductVariant id. */
  merchandiseId: number;
  quantity: number;
  attributes: AttributeData[];
}

export interface CartData {
  token: string;
  key: string;
  createdAt: string;
  updatedAt: string;
  lines: CartLineData[];
  note: string | null;
  attributes: AttributeData[];
  discountCodes: string[];
  /** Upper-case gift card codes, in the order they were applied (absent on carts saved before gift cards). */
  giftCardCodes?: string[];
  buyerIdentity: {countryCode: string | null; email: string | null; phone: string | null};
  metafields: {key: string; type: string; value: string; updatedAt: string}[];
}

type CartsSection = Record<string, CartData>;

const SECTION = 'carts';
const attribute = object({key: str, value: str});
const SHAPE = record(
  object({
    token: str,
    key: str,
    createdAt: date,
    updatedAt: date,
    lines: array(object({id: str, merchandiseId: int, quantity: int, attributes: array(attribute)})),
    note: nullable(str),
    attributes: array(attribute),
    discountCodes: array(str),
    giftCardCodes: optional(array(str)),
    buyerIdentity: object({countryCode: nullable(str), email: nullable(str), phone: nullable(str)}),
    metafields: array(object({key: str, type: str, value: str})),
  }),
);
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789';

export function randomToken(length: number): string {
  const bytes = crypto.randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[bytes[i]! % ALPHABET.length];
  return out;
}

export class CartRepository {
  constructor(private readonly state: StateStore) {
    state.define(SECTION, SHAPE);
  }

  private all(): CartsSection {
    return this.state.read<CartsSection>(SECTION, () => ({}));
  }

  get(token: string): CartData | undefined {
    return this.all()[token];
  }

  create(now = new Date()): CartData {
    const token = `hWN${randomToken(23)}`;
    const cart: CartData = {
      token,
      key: randomToken(32).toLowerCase(),
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      lines: [],
      note: null,
      attributes: [],
      discountCodes: [],
      giftCardCodes: [],
      buyerIdentity: {countryCode: null, email: null, phone: null},
      metafields: [],
    };
    return cart;
  }

  /** Persists a cart (new or changed) and bumps updatedAt. */
  save(cart: CartData, now = new Date()): CartData {
    cart.updatedAt = now.toISOString();
    this.state.update<CartsSection, void>(SECTION, () => ({}), (carts) => {
      carts[cart.token] = cart;
    });
    return cart;
  }

  /**
   * Deletes carts untouched (updatedAt) for more than `maxAgeDays`, as Shopify lets abandoned carts expire,
   * so the data file does not grow forever. Returns how many went; writes only when one did.
   */
  prune(now: Date, maxAgeDays: number): number {
    if (!(maxAgeDays > 0)) return 0;
    const cutoff = now.getTime() - maxAgeDays * 24 * 60 * 60 * 1000;
    const stale = Object.values(this.all())
      .filter((cart) => {
        const touched = Date.parse(cart.updatedAt);
        return !Number.isFinite(touched) || touched < cutoff;
      })
      .map((cart) => cart.token);
    if (stale.length === 0) return 0;
    this.state.update<CartsSection, void>(SECTION, () => ({}), (carts) => {
      for (const token of stale) delete carts[token];
    });
    return stale.length;
  }

  newLineId(): string {
    return crypto.randomUUID();
  }
}
