/** Words shoppers read in search (the page and the header's predictive search), in one place. */
export const searchCopy = {
  title: 'Search',
  // Shown in link previews and tab tooltips; the page itself stays out of search engines (noindex).
  metaDescription: (term: string | null) =>
    term
      ? `Training programs, articles and pages about “${term}” at Trailforge Athletics.`
      : 'Search Trailforge Athletics training programs, articles and pages.',
  fieldLabel: 'Search programs, articles and pages',
  placeholder: 'Try “grip” or “recovery”',
  submit: 'Search',
  startTitle: 'What are you training for?',
  startText: 'Search programs, training articles and pages. Or start from one of these:',
  resultsSummary: (count: number, term: string) => `${count === 1 ? '1 result' : `${count} results`} for “${term}”`,
  sections: {products: 'Programs', articles: 'Articles', pages: 'Pages'},
  emptyTitle: (term: string) => `No results for “${term}”`,
  didYouMean: 'Did you mean',
  emptyTips: [
    'Check the spelling, or try a shorter word: “mobil” finds “mobility”.',
    'Use fewer words, or a more general one like “strength” or “race”.',
  ],
  popularSearches: 'Popular searches',
  popularSearchTerms: ['spartan', 'grip', 'recovery', 'mobility', 'half marathon'],
  popularPrograms: 'Popular programs',
  browseAll: 'Browse all programs',
  browseCollections: 'Shop by collection',
  more: (section: string) => `More ${section.toLowerCase()}`,
  previous: (section: string) => `Previous ${section.toLowerCase()}`,
  loading: 'Loading…',
  // Predictive search (header)
  headerPlaceholder: 'Search',
  openSearch: 'Search',
  closeSearch: 'Close search',
  groups: {queries: 'Suggestions', products: 'Programs', collections: 'Collections', articles: 'Articles', pages: 'Pages'},
  viewAll: (term: string) => `See all results for “${term}”`,
  noPredictive: (term: string) => `No quick matches for “${term}”. Press Enter to search everything.`,
  resultsAnnouncement: (count: number) => (count === 1 ? '1 suggestion' : `${count} suggestions`),
} as const;
