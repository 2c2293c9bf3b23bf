import type {BlogRecord} from '../content/types';
import {object, optional, record, str} from './shape';
import type {StateStore} from './state-store';

export type CommentPolicy = BlogRecord['commentPolicy'];

interface BlogSettingsSection {
  /** Blog id → settings changed through the Admin API (blogUpdate). */
  blogs: Record<string, {commentPolicy?: CommentPolicy; title?: string; updatedAt?: string}>;
}

const SECTION = 'blogs';
const initial = (): BlogSettingsSection => ({blogs: {}});
const SHAPE = object({blogs: record(object({commentPolicy: optional(str), title: optional(str), updatedAt: optional(str)}))});

/** Blog settings the Admin API can change (comment policy, title); the seed blog.json is never written. */
export class BlogSettingsRepository {
  constructor(private readonly state: StateStore) {
    state.define(SECTION, SHAPE);
  }

  private settings(blog: BlogRecord) {
    return this.state.read(SECTION, initial).blogs[String(blog.legacyId)] ?? {};
  }

  commentPolicy(blog: BlogRecord): CommentPolicy {
    return this.settings(blog).commentPolicy ?? blog.commentPolicy;
  }

  title(blog: BlogRecord): string {
    return this.settings(blog).title ?? blog.title;
  }

  updatedAt(blog: BlogRecord): string | null {
    return this.settings(blog).updatedAt ?? null;
  }

  update(blog: BlogRecord, changes: {commentPolicy?: CommentPolicy; title?: string}, at: string): void {
    this.state.update(SECTION, initial, (section) => {
      const current = (section.blogs[String(blog.legacyId)] ??= {});
      if (changes.commentPolicy) current.commentPolicy = changes.commentPolicy;
      if (changes.title != null) current.title = changes.title;
      current.updatedAt = at;
    });
  }
}
