/** Blog.commentPolicy in the Admin API, as codegen types it from admin.schema.graphql. */
export type {CommentPolicy} from 'admin.types';
