/**
 * Every word the marketing features show readers (announcement bar, promos, product cards,
 * newsletter, home page defaults), in one place so marketing wording is easy to find and change.
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
  newsletter: {
    eyebrow: 'The Trailforge dispatch',
    footerHeading: 'Get the dispatch',
    articleHeading: 'Liked this? Get the next one in your inbox.',
    pageTitle: 'Train smarter, every other Sunday',
    pageIntro:
      'One short email every two weeks: a workout worth stealing, a recovery idea that holds up to the evidence, and race-season reminders before you need them.',
    pagePoints: [
      'Coach-written sessions for obstacle racers and trail runners',
      'Recovery and mobility advice from our physical therapist',
      'Early notice of new programs and race-prep windows',
    ],
    pageFormHeading: 'Get the next issue',
    pageFormNote: 'Free, every other Sunday.',
    intro: 'Training ideas, recovery science and race-season reminders. Every other week, no spam.',
    shortIntro: 'Training and recovery notes, every other week.',
    emailLabel: 'Email address',
    emailPlaceholder: 'you@example.com',
    submit: 'Subscribe',
    submitting: 'Subscribing…',
    socialProof: (count: string) => `Join ${count} readers`,
    privacy: 'Unsubscribe any time with one click. We never share your address.',
    privacyLink: 'Privacy policy',
    unavailable: 'Newsletter sign-up is unavailable right now. Please check back soon.',
    honeypotLabel: 'Leave this field empty',
    back: 'Back to where you were',
    outcomes: {
      // The same words whether the address was new, on the list already, or had unsubscribed.
      accepted: 'Thanks for signing up! Please check your inbox: if we need you to confirm your address, the link is waiting there.',
      'invalid-email': 'Please enter a valid email address, like name@example.com.',
      'try-again': 'We couldn’t sign you up just now. Please try again later.',
      unavailable: 'Newsletter sign-up is unavailable right now. Please check back soon.',
    },
    metaTitle: 'Newsletter',
    metaDescription:
      'The Trailforge dispatch: coach-written training ideas, recovery science and race-season reminders, every other week.',
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
