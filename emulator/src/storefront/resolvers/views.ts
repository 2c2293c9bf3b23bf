import type {CommentData, MetaobjectData} from '../../content/types';
import type {StorefrontContext} from '../context';
import {gid} from '../gid';

/** API objects built on demand from mutable state (comments, metaobjects). */

export interface CommentView {
  __typename: 'Comment';
  id: string;
  legacyId: number;
  _data: CommentData;
}

export function commentView(data: CommentData): CommentView {
  return {__typename: 'Comment', id: gid('Comment', data.id), legacyId: data.id, _data: data};
}

export interface MetaobjectView {
  __typename: 'Metaobject';
  id: string;
  legacyId: number;
  handle: string;
  type: string;
  updatedAt: string;
  _data: MetaobjectData;
}

export function metaobjectView(data: MetaobjectData): MetaobjectView {
  return {
    __typename: 'Metaobject',
    id: gid('Metaobject', data.id),
    legacyId: data.id,
    handle: data.handle,
    type: data.type,
    updatedAt: data.updatedAt,
    _data: data,
  };
}

/**
 * Whether the Storefront API may see an entry: ACTIVE, and its definition (when the seed or the Admin
 * API defined one) grants storefront access PUBLIC_READ. Entries without a definition (older seed
 * format) are visible when ACTIVE.
 */
export function storefrontVisible(ctx: StorefrontContext, data: MetaobjectData): boolean {
  if (data.status !== 'ACTIVE') return false;
  const definition = ctx.metadata.definitionByType(data.type);
  return !definition || definition.access.storefront === 'PUBLIC_READ';
}

/** Storefront-visible metaobjects. */
export function activeMetaobjects(ctx: StorefrontContext): MetaobjectView[] {
  return ctx.metadata
    .metaobjects()
    .filter((m) => storefrontVisible(ctx, m))
    .map(metaobjectView);
}
