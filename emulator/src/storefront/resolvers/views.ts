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

/** Storefront-visible metaobjects (ACTIVE only). */
export function activeMetaobjects(ctx: StorefrontContext): MetaobjectView[] {
  return ctx.metadata
    .metaobjects()
    .filter((m) => m.status === 'ACTIVE')
    .map(metaobjectView);
}
