import type {CommentData, CommentStatus} from '../content/types';
import {array, date, int, nullable, object, oneOf, optional, record, str} from './shape';
import type {StateStore} from './state-store';

interface CommentsSection {
  /** Comments created after start-up (e.g. through the Admin REST API). */
  created: CommentData[];
  /** Moderation changes to any comment, seed or created: id → status. */
  status: Record<string, CommentStatus>;
  /** When a moderation change happened (id → timestamps); absent in data folders from before. */
  changed?: Record<string, {updatedAt: string; publishedAt: string | null}>;
}

const SECTION = 'comments';
const initial = (): CommentsSection => ({created: [], status: {}});
const STATUSES = ['published', 'pending', 'unapproved', 'spam', 'removed'];
const SHAPE = object({
  created: array(
    object({
      id: int,
      blog: str,
      article: str,
      author: object({name: str, email: str}),
      body: str,
      status: oneOf(...STATUSES),
      createdAt: date,
    }),
  ),
  status: record(oneOf(...STATUSES)),
  changed: optional(record(object({updatedAt: date, publishedAt: nullable(date)}))),
});

export interface NewComment {
  blog: string;
  article: string;
  author: {name: string; email: string};
  body: string;
  ip?: string | null;
  userAgent?: string | null;
  status?: CommentStatus;
  createdAt?: string;
}

/** ISO 8601 without milliseconds, as Shopify's DateTime values look. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Comments = read-only seed (comments.json) + persisted user state. Moderation never edits the seed
 * file: it records a status override (and when it happened) in the data folder.
 */
export class CommentRepository {
  constructor(
    private readonly seed: CommentData[],
    private readonly state: StateStore,
  ) {
    state.define(SECTION, SHAPE);
  }

  /** Every comment with its effective status and timestamps, ascending id. */
  all(): CommentData[] {
    const section = this.state.read(SECTION, initial);
    return [...this.seed, ...section.created]
      .map((c) => {
        const status = section.status[String(c.id)] ?? c.status;
        const changed = section.changed?.[String(c.id)];
        return {
          ...c,
          status,
          updatedAt: changed?.updatedAt ?? c.updatedAt ?? c.createdAt,
          publishedAt:
            changed !== undefined
              ? changed.publishedAt
              : c.publishedAt !== undefined
                ? c.publishedAt
                : status === 'published'
                  ? c.createdAt
                  : null,
        };
      })
      .sort((a, b) => a.id - b.id);
  }

  get(id: number): CommentData | undefined {
    return this.all().find((c) => c.id === id);
  }

  list(filter: {blog?: string; article?: string; status?: CommentStatus}): CommentData[] {
    return this.all().filter(
      (c) =>
        (filter.blog == null || c.blog === filter.blog) &&
        (filter.article == null || c.article === filter.article) &&
        (filter.status == null || c.status === filter.status),
    );
  }

  create(input: NewComment): CommentData {
    const nextId = Math.max(7000, ...this.all().map((c) => c.id)) + 1;
    const createdAt = input.createdAt ?? isoSeconds(new Date());
    const status = input.status ?? 'pending';
    const comment: CommentData = {
      id: nextId,
      blog: input.blog,
      article: input.article,
      author: input.author,
      body: input.body,
      status,
      createdAt,
      ip: input.ip ?? null,
      userAgent: input.userAgent ?? null,
      updatedAt: createdAt,
      publishedAt: status === 'published' ? createdAt : null,
    };
    this.state.update(SECTION, initial, (section) => {
      section.created.push(comment);
    });
    return comment;
  }

  /** Records a moderation change. Publishing stamps publishedAt; any other status clears it. */
  setStatus(id: number, status: CommentStatus, now = new Date()): CommentData | undefined {
    const current = this.get(id);
    if (!current) return undefined;
    const at = isoSeconds(now);
    this.state.update(SECTION, initial, (section) => {
      section.status[String(id)] = status;
      (section.changed ??= {})[String(id)] = {
        updatedAt: at,
        publishedAt:
          status === 'published'
            ? current.status === 'published'
              ? (current.publishedAt ?? at)
              : at
            : null,
      };
    });
    return this.get(id);
  }
}
