/**
 * Every word of the newsletter sign-up (forms, page, and the action's replies), in one place. It lives
 * in lib/newsletter/, not with the components, because the server action (newsletter.server.ts)
 * answers in these words too.
 */
export const newsletterCopy = {
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
} as const;
