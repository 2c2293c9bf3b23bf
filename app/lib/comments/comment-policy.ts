/** Blog.commentPolicy in the Admin API. */
export type CommentPolicy = 'MODERATED' | 'AUTO_PUBLISHED' | 'CLOSED';
