import type { Messages } from './types.js';

/** English, the bundled catalog and the fallback for missing keys. */
export const en: Messages = {
  community: {
    navigation: 'Community',
    allQuestions: 'All questions',
    ask: 'Ask a question',
    back: 'Back to all questions',
    listHeading: 'Community questions',
    askHeading: 'Ask the community',
  },
  post: {
    answerBy: (name) => `Answer by ${name}`,
    acceptedByAsker: 'Accepted by the person who asked',
    acceptedBy: (name) => `Accepted by ${name}`,
    editedOn: (date) => `Edited on ${date}`,
    writtenIn: (language) => `Written in ${language}`,
  },
  thread: {
    sortLabel: 'Sort answers',
    sort: { votes: 'Most kudos', newest: 'Newest first', oldest: 'Oldest first' },
    showMoreAnswers: (remaining, f) =>
      remaining === undefined
        ? 'Show more answers'
        : f.plural(remaining, { one: 'Show # more answer', other: 'Show # more answers' }),
    noAnswers: 'No answers yet — be the first to help.',
    notFound: 'We couldn’t find this question. It may have been removed, or the link may be wrong.',
    loading: 'Loading the question…',
    loadingMore: 'Loading more answers…',
  },
  questionList: {
    label: 'Questions',
    filters: 'Filter questions',
    search: 'Search',
    category: 'Category',
    allCategories: 'All categories',
    status: 'Status',
    statusOptions: { all: 'All questions', unanswered: 'Unanswered', unsolved: 'Not solved yet', solved: 'Solved' },
    language: 'Language',
    allLanguages: 'All languages',
    sort: 'Sort by',
    sortOptions: { activity: 'Latest activity', newest: 'Newest', votes: 'Most kudos', relevance: 'Best match' },
    active: 'Active',
    results: (n, f) => f.plural(n, { '=0': 'No questions found', one: '# question found', other: '# questions found' }),
    loadMore: (remaining, f) =>
      remaining === undefined || remaining === 0
        ? 'Load more questions'
        : f.plural(remaining, { one: 'Load # more question', other: 'Load # more questions' }),
    loadingMore: 'Loading more questions…',
    loaded: (n, f) => f.plural(n, { one: '# more question loaded', other: '# more questions loaded' }),
    loading: 'Loading questions…',
    empty: 'No questions match these filters.',
    noQuestions: 'No questions yet — be the first to ask.',
    clearFilters: 'Clear filters',
  },
  vote: {
    label: (n, f) => f.plural(n, { other: 'Give kudos, # kudos' }),
    ownPost: 'You can’t give kudos to your own post',
    notAllowed: 'You can’t give kudos to this post',
  },
  accept: {
    mark: 'Accept as solution',
    unmark: 'Accepted solution — undo',
    marked: 'Marked as the accepted solution',
    unmarked: 'No longer the accepted solution',
  },
  composer: {
    label: 'Your answer',
    modes: 'Editor mode',
    write: 'Write',
    preview: 'Preview',
    nothingToPreview: 'Nothing to preview yet.',
    toolbar: 'Formatting',
    bold: 'Bold',
    italic: 'Italic',
    link: 'Link',
    linkText: 'link text',
    code: 'Code',
    list: 'Bulleted list',
    characters: (count, max, f) => `${f.number(count)} / ${f.number(max)}`,
    charactersLabel: (count, max, f) =>
      f.plural(max, { one: `${f.number(count)} of # character`, other: `${f.number(count)} of # characters` }),
    charactersLeft: (n, f) => f.plural(n, { one: '# character left', other: '# characters left' }),
    tooLong: (n, f) =>
      f.plural(n, { one: 'Your answer is # character too long.', other: 'Your answer is # characters too long.' }),
    tooShort: (n, f) =>
      f.plural(n, {
        one: 'Write at least # character to post an answer.',
        other: 'Write at least # characters to post an answer.',
      }),
    language: 'Answer language',
    languageHint: (question, writing) =>
      `This question is in ${question}. You’re writing in ${writing} — set the answer language to ${writing}?`,
    languageHintChosen: (answer, writing) =>
      `The answer language is set to ${answer}, but you’re writing in ${writing}. Set it to ${writing}?`,
    switchLanguage: (language) => `Switch to ${language}`,
    keepLanguage: 'Keep as is',
    submit: 'Post answer',
    posting: 'Posting…',
    posted: 'Your answer was posted.',
    signInPrompt: 'Know the answer? Sign in to share it with the community.',
    signIn: 'Sign in to answer',
    locked: 'This question is locked and takes no new answers.',
    cannotAnswer: 'Answering isn’t available for this question.',
  },
  askForm: {
    label: 'Ask the community',
    title: 'Title',
    titleHint: 'Sum up your problem in one sentence, e.g. “No 4G after moving my eSIM to a new phone”.',
    titleRequired: 'Give your question a title.',
    titleTooShort: (n, f) =>
      f.plural(n, { one: 'Make the title at least # character long.', other: 'Make the title at least # characters long.' }),
    titleTooLong: (n, f) =>
      f.plural(n, { one: 'The title is # character too long.', other: 'The title is # characters too long.' }),
    body: 'Details',
    bodyHint: 'Your phone, your plan, what you tried. Never share PINs, passwords or card numbers.',
    bodyRequired: 'Describe your problem.',
    bodyTooShort: (n, f) =>
      f.plural(n, { one: 'Write at least # character.', other: 'Write at least # characters.' }),
    bodyTooLong: (n, f) =>
      f.plural(n, { one: 'The details are # character too long.', other: 'The details are # characters too long.' }),
    category: 'Category',
    chooseCategory: 'Choose a category…',
    categoryRequired: 'Choose the category that fits your question best.',
    language: 'Language of your question',
    optional: '(optional)',
    tags: 'Tags',
    tagsHint: (max, f) => `Up to ${f.number(max)}, separated by commas or Enter, e.g. esim, roaming.`,
    tagTooLong: (n, f) =>
      f.plural(n, { one: 'A tag can have at most # character.', other: 'A tag can have at most # characters.' }),
    tooManyTags: (n, f) => f.plural(n, { one: 'You can add only # tag.', other: 'You can add up to # tags.' }),
    removeTag: (tag) => `Remove tag ${tag}`,
    similarHeading: 'Similar questions — yours may already be answered',
    similarFound: (n, f) =>
      f.plural(n, { one: '# similar question found', other: '# similar questions found' }),
    submit: 'Post question',
    submitting: 'Posting…',
    posted: 'Your question was posted.',
    signInPrompt: 'Sign in to ask the community a question.',
    signIn: 'Sign in to ask',
    languageHint: (selected, writing) =>
      `The question language is set to ${selected}, but you’re writing in ${writing}. Set it to ${writing}?`,
  },
  leaderboard: {
    heading: { members: 'Top contributors', answers: 'Most helpful answers' },
    period: 'Period',
    periods: { week: 'This week', month: 'This month', all: 'All time' },
    metric: 'Ranked by',
    metrics: { reputation: 'Reputation gained', solutions: 'Accepted solutions', kudos: 'Kudos received' },
    position: (n, f) => `Position ${f.number(n)}`,
    answerBy: (name) => `Answer by ${name}`,
    emptyMembers: {
      week: 'No kudos given this week yet — help someone out and you could be first.',
      month: 'No kudos given this month yet — help someone out and you could be first.',
      all: 'No kudos given yet — help someone out and you could be first.',
    },
    emptyAnswers: {
      week: 'No answer received kudos this week yet.',
      month: 'No answer received kudos this month yet.',
      all: 'No answer has received kudos yet.',
    },
    loading: 'Loading the leaderboard…',
    unsupported: 'This community doesn’t offer a leaderboard.',
  },
  common: {
    retry: 'Try again',
    loading: 'Loading…',
    cancel: 'Cancel',
    close: 'Close',
    signIn: 'Sign in',
    showMore: 'Show more',
  },
  error: {
    unauthenticated: 'Please sign in to do that.',
    forbidden: 'You don’t have permission to do that.',
    'not-found': 'We couldn’t find that. It may have been moved or deleted.',
    conflict: 'Someone else changed this at the same time. Reload the page and try again.',
    invalid: 'Some of what you entered isn’t valid. Please check it and try again.',
    invalidField: (field) => `Please check the “${field}” field.`,
    'rate-limited': (seconds, f) =>
      `You’re doing that too often. ${
        seconds === undefined
          ? 'Please wait a moment and try again.'
          : f.plural(seconds, { one: 'Please try again in # second.', other: 'Please try again in # seconds.' })
      }`,
    network: 'We couldn’t reach the community. Check your connection and try again.',
    unavailable: 'The community is temporarily unavailable. Please try again in a few minutes.',
    notAnswering: 'The community’s address isn’t answering. Please try again later, or let the site know if this keeps happening.',
    unknown: 'Something went wrong. Please try again.',
  },
  field: {
    title: 'Title',
    body: 'Message',
    category: 'Category',
    language: 'Language',
    tags: 'Tags',
    cursor: 'List position',
  },
  config: {
    noAdapter:
      'This community element has no data source. Place it inside <majlis-community>, call configure({ adapter }) once on the page, or give it an endpoint attribute.',
    restUnavailable:
      'The endpoint attribute needs the REST adapter, which this build of Majlis does not include. Load the full majlis bundle or pass an adapter with configure({ adapter }).',
  },
  count: {
    // "Kudos" is singular in English too: "1 kudos".
    kudos: (n, f) => f.plural(n, { other: '# kudos' }),
    answers: (n, f) => f.plural(n, { one: '# answer', other: '# answers' }),
    questions: (n, f) => f.plural(n, { one: '# question', other: '# questions' }),
    points: (n, f) => f.plural(n, { one: '# point', other: '# points' }),
    acceptedSolutions: (n, f) => f.plural(n, { one: '# accepted solution', other: '# accepted solutions' }),
    solutions: (n, f) => f.plural(n, { one: '# solution', other: '# solutions' }),
  },
  role: {
    member: 'Member',
    expert: 'Expert',
    staff: 'Staff',
    moderator: 'Moderator',
  },
  recognition: {
    ranks: { newcomer: 'Newcomer', member: 'Member', helper: 'Helper', expert: 'Expert', guru: 'Guru' },
    badges: {
      'first-question': 'First question',
      'first-answer': 'First answer',
      'first-solution': 'First solution',
      'ten-solutions': 'Ten solutions',
      'hundred-kudos': 'Hundred kudos',
      polyglot: 'Polyglot',
    },
    earnBy: {
      answers: (n, f) => f.plural(n, { one: 'Post your first answer', other: 'Post # answers' }),
      solutions: (n, f) => f.plural(n, { one: 'Have an answer accepted as the solution', other: 'Have # answers accepted as solutions' }),
      kudosReceived: (n, f) => f.plural(n, { other: 'Receive # kudos' }),
      helpfulLanguages: (n, f) => f.plural(n, { one: 'Give a helpful answer', other: 'Give helpful answers in # languages' }),
      questions: (n, f) => f.plural(n, { one: 'Ask your first question', other: 'Ask # questions' }),
    },
    earnedOn: (date) => `Earned on ${date}`,
    earned: (badge) => `You earned a badge: ${badge}`,
    pointsTo: (n, rank, f) => f.plural(n, { one: `# point to ${rank}`, other: `# points to ${rank}` }),
    howItWorks: 'How reputation works',
    answerKudos: (n, f) => f.plural(n, { one: '+# point for each kudos on an answer', other: '+# points for each kudos on an answer' }),
    questionKudos: (n, f) => f.plural(n, { one: '+# point for each kudos on a question', other: '+# points for each kudos on a question' }),
    acceptedAnswer: (n, f) => f.plural(n, { one: '+# point for an accepted solution', other: '+# points for an accepted solution' }),
    questionAsked: (n, f) => f.plural(n, { one: '+# point for each question asked', other: '+# points for each question asked' }),
    dailyCap: (n, f) => f.plural(n, { one: 'At most # point a day from kudos', other: 'At most # points a day from kudos' }),
    undone: 'A withdrawn kudos or acceptance takes its points back. Reputation never goes below zero.',
    ranksHeading: 'Ranks',
    from: (n, f) => f.plural(n, { one: 'from # point', other: 'from # points' }),
    badgesHeading: 'Badges',
  },
  userCard: {
    unknownUser: 'Unknown member',
    reputation: 'Reputation',
    rank: 'Rank',
    acceptedSolutions: 'Accepted solutions',
    kudosReceived: 'Kudos received',
    memberSince: 'Member since',
    badges: 'Badges',
    position: 'Position',
    rankValue: (rank, f) => `#${f.number(rank)} in the community`,
    unranked: 'Not ranked yet',
  },
  status: {
    open: 'Open',
    locked: 'Locked',
    solved: 'Solved',
    acceptedSolution: 'Accepted solution',
    mostHelpful: 'Most helpful',
    edited: 'Edited',
  },
};
