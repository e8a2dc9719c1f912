import type { Messages } from './types.js';

/** Dutch (informal "je", as Dutch and Flemish operators address customers). */
export const nl: Messages = {
  community: {
    navigation: 'Community',
    allQuestions: 'Alle vragen',
    ask: 'Stel een vraag',
    back: 'Terug naar alle vragen',
    listHeading: 'Vragen uit de community',
    askHeading: 'Vraag het de community',
  },
  post: {
    answerBy: (name) => `Antwoord van ${name}`,
    acceptedByAsker: 'Geaccepteerd door de vraagsteller',
    acceptedBy: (name) => `Geaccepteerd door ${name}`,
    editedOn: (date) => `Bewerkt op ${date}`,
    writtenIn: (language) => `Geschreven in het ${language}`,
    tags: 'Tags',
    tagFilter: (tag) => `Vragen met de tag ‘${tag}’ tonen`,
  },
  thread: {
    sortLabel: 'Antwoorden sorteren',
    sort: { votes: 'Meeste kudos', newest: 'Nieuwste eerst', oldest: 'Oudste eerst' },
    showMoreAnswers: (remaining, f) =>
      remaining === undefined
        ? 'Meer antwoorden tonen'
        : f.plural(remaining, { one: 'Nog # antwoord tonen', other: 'Nog # antwoorden tonen' }),
    noAnswers: 'Nog geen antwoorden — help als eerste.',
    notFound: 'We konden deze vraag niet vinden. Misschien is ze verwijderd of klopt de link niet.',
    loading: 'Vraag laden…',
    loadingMore: 'Meer antwoorden laden…',
    link: 'Link',
    answerLink: (name) => `Link naar het antwoord van ${name}`,
    linkCopied: 'Link gekopieerd',
    linkNotCopied: 'De link kon niet worden gekopieerd; hij staat nu in de adresbalk',
  },
  questionList: {
    label: 'Vragen',
    filters: 'Vragen filteren',
    search: 'Zoeken',
    category: 'Categorie',
    allCategories: 'Alle categorieën',
    status: 'Status',
    statusOptions: { all: 'Alle vragen', unanswered: 'Onbeantwoord', unsolved: 'Nog niet opgelost', solved: 'Opgelost' },
    language: 'Taal',
    allLanguages: 'Alle talen',
    sort: 'Sorteren op',
    sortOptions: { activity: 'Laatste activiteit', newest: 'Nieuwste', votes: 'Meeste kudo’s', relevance: 'Beste overeenkomst' },
    active: 'Actief',
    results: (n, f) => f.plural(n, { '=0': 'Geen vragen gevonden', one: '# vraag gevonden', other: '# vragen gevonden' }),
    loadMore: (remaining, f) =>
      remaining === undefined || remaining === 0
        ? 'Meer vragen laden'
        : f.plural(remaining, { one: 'Nog # vraag laden', other: 'Nog # vragen laden' }),
    loadingMore: 'Meer vragen laden…',
    loaded: (n, f) => f.plural(n, { one: '# vraag extra geladen', other: '# vragen extra geladen' }),
    loading: 'Vragen laden…',
    empty: 'Geen vragen die aan deze filters voldoen.',
    noQuestions: 'Nog geen vragen — stel als eerste een vraag.',
    clearFilters: 'Filters wissen',
    filtersToggle: 'Filters',
    activeFilters: (n, f) => f.plural(n, { other: '# actief' }),
    taggedWith: (tag) => `Tag ‘${tag}’`,
    clearTag: (tag) => `Tagfilter ‘${tag}’ verwijderen`,
  },
  vote: {
    label: (n, f) => f.plural(n, { one: 'Kudo geven, # kudo', other: 'Kudo geven, # kudo’s' }),
    ownPost: 'Je kunt geen kudo’s geven aan je eigen bericht',
    notAllowed: 'Je kunt geen kudo’s geven aan dit bericht',
  },
  accept: {
    mark: 'Accepteren als oplossing',
    unmark: 'Geaccepteerde oplossing — ongedaan maken',
    marked: 'Gemarkeerd als geaccepteerde oplossing',
    unmarked: 'Niet langer de geaccepteerde oplossing',
  },
  composer: {
    label: 'Jouw antwoord',
    modes: 'Editormodus',
    write: 'Schrijven',
    preview: 'Voorbeeld',
    nothingToPreview: 'Er is nog niets om te bekijken.',
    toolbar: 'Opmaak',
    bold: 'Vet',
    italic: 'Cursief',
    link: 'Link',
    linkText: 'linktekst',
    code: 'Code',
    list: 'Lijst met opsommingstekens',
    characters: (count, max, f) => `${f.number(count)} / ${f.number(max)}`,
    charactersLabel: (count, max, f) =>
      f.plural(max, { one: `${f.number(count)} van # teken`, other: `${f.number(count)} van # tekens` }),
    charactersLeft: (n, f) => f.plural(n, { one: 'Nog # teken over', other: 'Nog # tekens over' }),
    tooLong: (n, f) => f.plural(n, { one: 'Je antwoord is # teken te lang.', other: 'Je antwoord is # tekens te lang.' }),
    tooShort: (n, f) =>
      f.plural(n, {
        one: 'Schrijf minstens # teken om een antwoord te plaatsen.',
        other: 'Schrijf minstens # tekens om een antwoord te plaatsen.',
      }),
    language: 'Taal van het antwoord',
    languageHint: (question, writing) =>
      `Deze vraag is in het ${question}. Je schrijft in het ${writing} — de taal van het antwoord op ${writing} zetten?`,
    languageHintChosen: (answer, writing) =>
      `De taal van het antwoord staat op ${answer}, maar je schrijft in het ${writing}. Op ${writing} zetten?`,
    switchLanguage: (language) => `Overschakelen naar ${language}`,
    keepLanguage: 'Zo laten',
    submit: 'Antwoord plaatsen',
    posting: 'Bezig met plaatsen…',
    posted: 'Je antwoord is geplaatst.',
    signInPrompt: 'Weet je het antwoord? Log in om het met de community te delen.',
    signIn: 'Inloggen om te antwoorden',
    locked: 'Deze vraag is gesloten en neemt geen nieuwe antwoorden meer aan.',
    cannotAnswer: 'Antwoorden is bij deze vraag niet mogelijk.',
  },
  askForm: {
    label: 'Stel de community een vraag',
    title: 'Titel',
    titleHint: 'Vat je probleem samen in één zin, bijv. “Geen 4G na het overzetten van mijn eSIM”.',
    titleRequired: 'Geef je vraag een titel.',
    titleTooShort: (n, f) =>
      f.plural(n, { one: 'Maak de titel minstens # teken lang.', other: 'Maak de titel minstens # tekens lang.' }),
    titleTooLong: (n, f) =>
      f.plural(n, { one: 'De titel is # teken te lang.', other: 'De titel is # tekens te lang.' }),
    body: 'Details',
    bodyHint: 'Je toestel, je abonnement en wat je al geprobeerd hebt. Deel nooit pincodes, wachtwoorden of kaartnummers.',
    bodyRequired: 'Beschrijf je probleem.',
    bodyTooShort: (n, f) => f.plural(n, { one: 'Schrijf minstens # teken.', other: 'Schrijf minstens # tekens.' }),
    bodyTooLong: (n, f) =>
      f.plural(n, { one: 'De details zijn # teken te lang.', other: 'De details zijn # tekens te lang.' }),
    category: 'Categorie',
    chooseCategory: 'Kies een categorie…',
    categoryRequired: 'Kies de categorie die het best bij je vraag past.',
    language: 'Taal van je vraag',
    optional: '(optioneel)',
    tags: 'Tags',
    tagsHint: (max, f) => `Maximaal ${f.number(max)}, gescheiden door komma’s of Enter, bijv. esim, roaming.`,
    tagTooLong: (n, f) =>
      f.plural(n, { one: 'Een tag mag hoogstens # teken hebben.', other: 'Een tag mag hoogstens # tekens hebben.' }),
    tooManyTags: (n, f) => f.plural(n, { one: 'Je kunt maar # tag toevoegen.', other: 'Je kunt maximaal # tags toevoegen.' }),
    removeTag: (tag) => `Tag ${tag} verwijderen`,
    similarHeading: 'Vergelijkbare vragen — misschien is de jouwe al beantwoord',
    similarFound: (n, f) =>
      f.plural(n, { one: '# vergelijkbare vraag gevonden', other: '# vergelijkbare vragen gevonden' }),
    submit: 'Vraag plaatsen',
    submitting: 'Bezig met plaatsen…',
    posted: 'Je vraag is geplaatst.',
    signInPrompt: 'Log in om de community een vraag te stellen.',
    signIn: 'Inloggen om te vragen',
    languageHint: (selected, writing) =>
      `De taal van de vraag staat op ${selected}, maar je schrijft in het ${writing}. Wijzigen naar ${writing}?`,
  },
  common: {
    retry: 'Opnieuw proberen',
    loading: 'Laden…',
    cancel: 'Annuleren',
    close: 'Sluiten',
    signIn: 'Inloggen',
    showMore: 'Meer tonen',
  },
  error: {
    unauthenticated: 'Log in om dit te doen.',
    forbidden: 'Je hebt geen toestemming om dit te doen.',
    'not-found': 'We kunnen dit niet vinden. Misschien is het verplaatst of verwijderd.',
    conflict: 'Iemand anders heeft dit tegelijkertijd gewijzigd. Laad de pagina opnieuw en probeer het nog eens.',
    invalid: 'Niet alles wat je hebt ingevuld is geldig. Controleer het en probeer het opnieuw.',
    invalidField: (field) => `Controleer het veld ‘${field}’.`,
    'rate-limited': (seconds, f) =>
      `Je doet dit te vaak. ${
        seconds === undefined
          ? 'Wacht even en probeer het dan opnieuw.'
          : f.plural(seconds, { one: 'Probeer het over # seconde opnieuw.', other: 'Probeer het over # seconden opnieuw.' })
      }`,
    network: 'We konden de community niet bereiken. Controleer je verbinding en probeer het opnieuw.',
    unavailable: 'De community is tijdelijk niet beschikbaar. Probeer het over een paar minuten opnieuw.',
    notAnswering: 'Het adres van de community antwoordt niet. Probeer het later opnieuw, of laat het de site weten als dit blijft gebeuren.',
    unknown: 'Er ging iets mis. Probeer het opnieuw.',
  },
  field: {
    title: 'Titel',
    body: 'Bericht',
    category: 'Categorie',
    language: 'Taal',
    tags: 'Tags',
    cursor: 'Positie in de lijst',
  },
  config: {
    noAdapter:
      'Dit community-element heeft geen gegevensbron. Plaats het binnen <majlis-community>, roep configure({ adapter }) één keer aan op de pagina of geef het een endpoint-attribuut.',
    restUnavailable:
      'Het endpoint-attribuut heeft de REST-adapter nodig, maar die zit niet in deze build van Majlis. Laad de volledige majlis-bundel of geef een adapter mee met configure({ adapter }).',
  },
  count: {
    kudos: (n, f) => f.plural(n, { one: '# kudo', other: '# kudo’s' }),
    answers: (n, f) => f.plural(n, { one: '# antwoord', other: '# antwoorden' }),
    questions: (n, f) => f.plural(n, { one: '# vraag', other: '# vragen' }),
    points: (n, f) => f.plural(n, { one: '# punt', other: '# punten' }),
    acceptedSolutions: (n, f) =>
      f.plural(n, { one: '# geaccepteerde oplossing', other: '# geaccepteerde oplossingen' }),
  },
  role: {
    member: 'Lid',
    expert: 'Expert',
    staff: 'Medewerker',
    moderator: 'Moderator',
  },
  userCard: {
    unknownUser: 'Onbekend lid',
    reputation: 'Reputatie',
    rank: 'Positie',
    acceptedSolutions: 'Geaccepteerde oplossingen',
    kudosReceived: 'Ontvangen kudo’s',
    memberSince: 'Lid sinds',
    rankValue: (rank, f) => `#${f.number(rank)} in de community`,
    unranked: 'Nog niet gerangschikt',
  },
  status: {
    open: 'Open',
    locked: 'Gesloten',
    solved: 'Opgelost',
    acceptedSolution: 'Geaccepteerde oplossing',
    mostHelpful: 'Meest behulpzaam',
    edited: 'Bewerkt',
  },
};
