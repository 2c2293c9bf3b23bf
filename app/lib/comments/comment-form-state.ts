import type {CommentFieldErrors, CommentValues} from '~/lib/comments/comment-input';
import type {CommentPolicy} from '~/lib/comments/comment-policy';

/** What the article action answers to the comment form. */
export type CommentFormState =
  | {status: 'success'; outcome: 'pending' | 'published'; message: string; formToken: string}
  | {
      status: 'error';
      message: string;
      values: CommentValues;
      fieldErrors: CommentFieldErrors;
      /** The anti-bot token to send the form again with (a page without JavaScript has no other). */
      formToken: string;
    };

/** What the form needs at render: whether comments are open here. */
export type CommentFormSettings = {policy: CommentPolicy | 'UNAVAILABLE'};
