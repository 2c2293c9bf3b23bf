/**
 * Every word the blog shows readers, in one place, so editorial wording is easy to find and change.
 */
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const blogCopy = {
  blogsTitle: 'Journals',
  blogsEyebrow: 'Read',
  blogsIntro:
    'Coaching notes, recovery science and race-day lessons from the Trailforge team.',
  blogsDescription:
    'Every Trailforge journal: training, recovery and race-day advice from our coaches, physical therapist and sports dietitian.',
  blogsEmpty: 'There are no journals yet. Check back soon.',
  readJournal: (title: string) => `Read ${title}`,
  latestIn: 'Latest',

  blogEyebrow: 'The Trailforge journal',
  blogFallbackDescription: (title: string) => `${title}: articles from the Trailforge team.`,
  subscribeFeed: 'Subscribe to the feed',
  feedTitle: (blogTitle: string) => `${blogTitle} (Atom feed)`,
  topicsLabel: 'Browse by topic',
  noArticles: 'No articles have been published here yet.',
  loadMore: 'Load more articles',
  loadingMore: 'Loading more articles…',
  loadNewer: 'Show newer articles',
  showingCount: (count: number) => `Showing ${plural(count, 'article', 'articles')}`,
  allArticles: 'All articles',

  tagEyebrow: 'Topic',
  tagTitle: (tag: string) => `Articles tagged \u201c${tag}\u201d`,
  tagMetaTitle: (tag: string, blogTitle: string) => `${tag} \u2013 ${blogTitle}`,
  tagDescription: (tag: string, blogTitle: string) => `Articles about ${tag} from the ${blogTitle}.`,
  tagEmptyTitle: (tag: string) => `Nothing tagged \u201c${tag}\u201d yet`,
  tagEmptyBody:
    'We haven\u2019t published anything on this topic so far. The whole journal is a good place to start.',
  tagEmptyCta: 'Browse all articles',

  homeCrumb: 'Home',
  breadcrumbLabel: 'Breadcrumb',
  byAuthor: (name: string) => `By ${name}`,
  readingTime: (minutes: number) => `${minutes} min read`,
  tagsLabel: 'Tags',
  taggedLabel: 'Filed under',

  tocTitle: 'In this article',
  tocLabel: 'Table of contents',

  shareTitle: 'Share this article',
  share: 'Share',
  copyLink: 'Copy link',
  linkCopied: 'Link copied to your clipboard',
  copyFailed: 'Couldn\u2019t copy: select the address bar and copy it from there',
  emailShare: 'Email',
  emailBody: (title: string, url: string) => `${title}\n\n${url}`,

  aboutAuthor: 'About the author',
  writtenBy: 'Written by',

  moreArticlesLabel: 'More articles',
  previousArticle: 'Previous article',
  nextArticle: 'Next article',
  relatedTitle: 'Keep reading',
  relatedIntro: 'More on the same topics',

  commentsTitle: 'Comments',
  commentCount: (count: number, capped: boolean) =>
    capped ? `${count}+ comments` : count === 0 ? 'No comments yet' : plural(count, 'comment', 'comments'),
  commentsEmpty: 'No one has commented yet.',
  showMoreComments: 'Show more comments',
  loadingComments: 'Loading comments…',
  firstComments: 'Back to the first comments',
  commentsLoadFailed: 'Comments couldn\u2019t be loaded. Please try again.',
  commentByline: (name: string) => `${name} wrote:`,
} as const;
