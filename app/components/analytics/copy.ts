/** Words visitors read about analytics and privacy choices. */
export const analyticsCopy = {
  heading: 'Your privacy, your call',
  body: 'We’d like to count visits and see which articles and programs help people, so we can make them better. Nothing is measured until you say yes, and you can say no.',
  accept: 'Accept',
  decline: 'Decline',
};
