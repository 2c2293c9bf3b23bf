import type {BlogRecord} from '../content/types';
import type {BlogSettingsRepository} from '../store/blog-settings';
import type {CustomerRepository} from '../store/customers';
import type {StorefrontContext} from '../storefront/context';

/** What Admin resolvers read: everything the Storefront side reads, plus admin-only repositories. */
export interface AdminContext extends StorefrontContext {
  customers: CustomerRepository;
  blogSettings: BlogSettingsRepository;
  /** Current time (tests may pass a clock to createEmulator). */
  now: () => Date;
}

export function commentPolicyOf(ctx: AdminContext, blog: BlogRecord) {
  return ctx.blogSettings.commentPolicy(blog);
}
