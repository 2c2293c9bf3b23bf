/**
 * Every word the marketing components show readers (announcement bar, promos, product cards, home
 * page defaults), in one place so marketing wording is easy to find and change. The newsletter's words
 * are in ~/lib/newsletter/copy, because the sign-up action answers in them too.
 */
export const marketingCopy = {
  announcements: {
    regionLabel: 'Announcements',
    slideLabel: (index: number, total: number) => `${index} of ${total}`,
    previous: 'Previous announcement',
    next: 'Next announcement',
    pause: 'Pause announcements',
    play: 'Play announcements',
    dismiss: 'Dismiss announcement',
  },
  promo: {
    label: 'Promotion',
    /** The promo inside an article's body (distinct from the one above it). */
    inlineLabel: 'From our programs',
    dismiss: 'Dismiss this promotion',
  },
  inlineProduct: {
    eyebrow: 'Training program',
    from: 'From',
    view: 'View program',
    soldOut: 'Sold out',
    regularPrice: 'Regular price',
  },
  home: {
    metaTitle: 'Training programs for obstacle racers and trail athletes',
    heroEyebrow: 'Built for mud, walls and long climbs',
    heroHeading: 'Train for the race you actually signed up for.',
    heroText:
      'Coach-written programs for Spartan races, trail halves and everything with a wall in it — plus the recovery know-how that gets you to the start line healthy.',
    heroCta: 'Start Spartan Race Prep',
    heroCtaLink: '/products/spartan-race-preparation-program',
    heroSecondary: 'See all programs',
    programsEyebrow: 'Programs',
    featuredTitle: 'Featured programs',
    viewAll: 'View all programs',
    journalEyebrow: 'Training & recovery journal',
    latestTitle: 'Latest from the journal',
    featuredArticlesTitle: 'From the journal',
    readJournal: 'Read the journal',
  },
} as const;
