import type {CustomerData} from '../content/types';
import {array, date, int, nullable, object, str} from './shape';
import type {StateStore} from './state-store';

interface CustomersSection {
  /** Customers created after start-up, and seed customers changed since (same id wins). */
  customers: CustomerData[];
}

const SECTION = 'customers';
const initial = (): CustomersSection => ({customers: []});
const SHAPE = object({
  customers: array(
    object({
      id: int,
      email: nullable(str),
      createdAt: date,
      updatedAt: date,
      emailMarketingConsent: nullable(object({marketingState: str})),
      tags: array(str),
    }),
  ),
});

/**
 * Customers (newsletter subscribers): read-only seed (customers.json) + persisted writes.
 * `baselineSubscribedCount` stands for subscribers imported before the seed's own records: it is
 * added by `customersCount` only (see emulator/content/README.md), never listed.
 */
export class CustomerRepository {
  constructor(
    private readonly seed: CustomerData[],
    private readonly state: StateStore,
    readonly baselineSubscribedCount = 0,
  ) {
    state.define(SECTION, SHAPE);
  }

  all(): CustomerData[] {
    const merged = new Map(this.seed.map((c) => [c.id, c]));
    for (const c of this.state.read(SECTION, initial).customers) merged.set(c.id, c);
    return [...merged.values()].sort((a, b) => a.id - b.id);
  }

  get(id: number): CustomerData | undefined {
    return this.all().find((c) => c.id === id);
  }

  byEmail(email: string): CustomerData | undefined {
    const wanted = email.trim().toLowerCase();
    return this.all().find((c) => c.email?.toLowerCase() === wanted);
  }

  nextId(): number {
    return Math.max(15000, ...this.all().map((c) => c.id)) + 1;
  }

  save(customer: CustomerData): CustomerData {
    this.state.update(SECTION, initial, (section) => {
      const i = section.customers.findIndex((c) => c.id === customer.id);
      if (i >= 0) section.customers[i] = customer;
      else section.customers.push(customer);
    });
    return customer;
  }
}
