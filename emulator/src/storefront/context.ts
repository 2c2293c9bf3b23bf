import type {EmulatorConfig} from '../config';
import type {ContentIndex} from '../content/types';
import type {CartRepository} from '../store/carts';
import type {CommentRepository} from '../store/comments';
import type {MetadataRepository} from '../store/metadata';

/** Everything a resolver may read: seed indexes, mutable repositories and config. */
export interface StorefrontContext {
  content: ContentIndex;
  carts: CartRepository;
  comments: CommentRepository;
  metadata: MetadataRepository;
  config: EmulatorConfig;
  /** Absolute origin for URLs handed out (images, checkout), no trailing slash. */
  origin: string;
  requestId: string;
}
