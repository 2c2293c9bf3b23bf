/**
 * Every word of the comment form and of the comment action's replies, in one place. It lives with the
 * comments domain because the server action (comment-action.server.ts) answers in these words too.
 */
export const commentCopy = {
  heading: 'Leave a comment',
  intro: 'Comments are moderated: ours appear once a person on our team has read them. Your email is never shown.',
  introAutoPublished: 'Comments appear as soon as you post them. Your email is never shown.',
  closed: 'Comments are closed for this article.',
  unavailable: 'Comments can\u2019t be posted on this store right now.',
  nameLabel: 'Name',
  emailLabel: 'Email',
  emailHint: 'Never shown or shared.',
  bodyLabel: 'Comment',
  submit: 'Post comment',
  submitting: 'Posting\u2026',
  honeypotLabel: 'Leave this field empty',
  pending:
    'Thanks \u2014 your comment is in! It will appear here once our team has read it, usually within a day.',
  published: 'Thanks \u2014 your comment is published. It appears below within a minute.',
  failed:
    'We couldn\u2019t post your comment just now. Nothing is lost: your comment is still in the form, so please try again in a minute.',
  fixFields: 'Please fix the highlighted fields and send your comment again.',
  closedOnSubmit: 'Comments were closed for this article while you were writing. Sorry!',
} as const;
