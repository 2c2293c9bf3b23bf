import type {CommentData, CommentStatus} from '../content/types';
import type {StateStore} from './state-store';

interface CommentsSection {
  /** Comments created after start-up (e.g. through the Admin REST API). */
  created: CommentData[];
  /** Moderation changes to any comment, seed or created: id → status. */
  status: Record<string, CommentStatus>;
}

const SECTION = 'comments';
const initial = (): CommentsSection => ({created: [], status: {}});

export interface NewComment {
  blog: string;
  article: string;
  author: {name: string; email: string};
  body: string;
  ip?: string | null;
  status?: CommentStatus;
  createdAt?: string;
}

/**
 * Comments = read-only seed (comments.json) + persisted user state. Moderation never edits the seed
 * file: it records a status override in the data folder.
 */
export class CommentRepository {
  constructor(
    private readonly seed: CommentData[],
    private readonly state: StateStore,
  ) {}

  /** Every comment with its effective status, ascending id. */
  all(): CommentData[] {
    const section = this.state.read(SECTION, initial);
    return [...this.seed, ...section.created]
      .map((c) => {
        const status = section.status[String(c.id)];
        return status ? {...c, status} : c;
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
    const comment: CommentData = {
      id: nextId,
      blog: input.blog,
      article: input.article,
      author: input.author,
      body: input.body,
      status: input.status ?? 'pending',
      createdAt: input.createdAt ?? new Date().toISOString(),
      ip: input.ip ?? null,
    };
    this.state.update(SECTION, initial, (section) => {
      section.created.push(comment);
    });
    return comment;
  }

  setStatus(id: number, status: CommentStatus): CommentData | undefined {
    if (!this.get(id)) return undefined;
    this.state.update(SECTION, initial, (section) => {
      section.status[String(id)] = status;
    });
    return this.get(id);
  }
}
