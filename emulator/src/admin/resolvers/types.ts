import type {GraphQLResolveInfo} from 'graphql';
import type {AdminContext} from '../context';

// Sources are the loosely typed records and views of ../nodes.ts; arguments come validated by the schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AdminResolver = (source: any, args: any, ctx: AdminContext, info: GraphQLResolveInfo) => unknown;

/** typeName → fieldName → resolver. Interface names (HasMetafields, …) act as defaults for their implementations. */
export type AdminResolverMap = Record<string, Record<string, AdminResolver>>;

export interface UserErrorShape {
  field: string[] | null;
  message: string;
  code?: string | null;
  elementKey?: string | null;
  elementIndex?: number | null;
}

export type ConnectionArgs = {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
  query?: string | null;
  sortKey?: string | null;
  reverse?: boolean | null;
};
