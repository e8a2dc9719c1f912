import type { Messages } from './types.js';

// French typography: a no-break space inside « » guillemets.
const NBSP = '\u00a0';

/** French ("vous"). Counts of a million and more take "de" (CLDR category `many`): « 1 000 000 de points ». */
export const fr: Messages = {
  community: {
    navigation: 'Communauté',
    allQuestions: 'Toutes les questions',
    ask: 'Poser une question',
    back: 'Retour à toutes les questions',
    listHeading: 'Questions de la communauté',
    askHeading: 'Demandez à la communauté',
  },
  post: {
    answerBy: (name) => `Réponse de ${name}`,
    acceptedByAsker: 'Acceptée par l’auteur de la question',
    acceptedBy: (name) => `Acceptée par ${name}`,
    editedOn: (date) => `Modifié le ${date}`,
    writtenIn: (language) => `Écrit en ${language}`,
    tags: 'Mots-clés',
    tagFilter: (tag) => `Voir les questions avec le mot-clé «${NBSP}${tag}${NBSP}»`,
    moreActions: 'Plus d’actions',
    history: 'Modifié${NBSP}: voir l’historique des modifications',
  },
  postState: {
    hidden: (reason) =>
      reason ? `Ce message a été masqué par un modérateur${NBSP}: ${reason}` : 'Ce message a été masqué par un modérateur.',
    review: 'Ce message est masqué le temps que les modérateurs l’examinent.',
    deletedByAuthor: 'Supprimé par son auteur.',
    deleted: (reason) => (reason ? `Supprimé par un modérateur${NBSP}: ${reason}` : 'Supprimé par un modérateur.'),
    pending: 'En attente de validation',
    visibleTo: 'Seuls son auteur et les modérateurs peuvent le voir.',
  },
  thread: {
    sortLabel: 'Trier les réponses',
    sort: { votes: 'Plus de kudos', newest: 'Plus récentes', oldest: 'Plus anciennes' },
    showMoreAnswers: (remaining, f) =>
      remaining === undefined
        ? 'Afficher plus de réponses'
        : f.plural(remaining, {
            one: 'Afficher # autre réponse',
            many: 'Afficher # d’autres réponses',
            other: 'Afficher # autres réponses',
          }),
    noAnswers: 'Pas encore de réponse — soyez le premier à aider.',
    notFound: 'Nous n’avons pas trouvé cette question. Elle a peut-être été supprimée, ou le lien est erroné.',
    loading: 'Chargement de la question…',
    loadingMore: 'Chargement d’autres réponses…',
    link: 'Lien',
    answerLink: (name) => `Lien vers la réponse de ${name}`,
    linkCopied: 'Lien copié',
    linkNotCopied: 'Impossible de copier le lien ; il est maintenant dans la barre d’adresse',
  },
  questionList: {
    label: 'Questions',
    filters: 'Filtrer les questions',
    search: 'Rechercher',
    category: 'Catégorie',
    allCategories: 'Toutes les catégories',
    status: 'Statut',
    statusOptions: { all: 'Toutes les questions', unanswered: 'Sans réponse', unsolved: 'Pas encore résolues', solved: 'Résolues' },
    language: 'Langue',
    allLanguages: 'Toutes les langues',
    sort: 'Trier par',
    sortOptions: { activity: 'Activité récente', newest: 'Plus récentes', votes: 'Plus de kudos', relevance: 'Pertinence' },
    active: 'Activité',
    results: (n, f) =>
      f.plural(n, {
        '=0': 'Aucune question trouvée',
        one: '# question trouvée',
        many: '# de questions trouvées',
        other: '# questions trouvées',
      }),
    loadMore: (remaining, f) =>
      remaining === undefined || remaining === 0
        ? 'Charger plus de questions'
        : f.plural(remaining, {
            one: 'Charger # autre question',
            many: 'Charger # d’autres questions',
            other: 'Charger # autres questions',
          }),
    loadingMore: 'Chargement d’autres questions…',
    loaded: (n, f) =>
      f.plural(n, {
        one: '# question de plus chargée',
        many: '# de questions de plus chargées',
        other: '# questions de plus chargées',
      }),
    loading: 'Chargement des questions…',
    empty: 'Aucune question ne correspond à ces filtres.',
    noQuestions: 'Aucune question pour l’instant — soyez le premier à en poser une.',
    clearFilters: 'Effacer les filtres',
    filtersToggle: 'Filtres',
    activeFilters: (n, f) => f.plural(n, { one: '# actif', other: '# actifs' }),
    taggedWith: (tag) => `Mot-clé «${NBSP}${tag}${NBSP}»`,
    clearTag: (tag) => `Retirer le filtre du mot-clé «${NBSP}${tag}${NBSP}»`,
  },
  vote: {
    label: (n, f) =>
      f.plural(n, {
        one: 'Donner un kudo, # kudo',
        many: 'Donner un kudo, # de kudos',
        other: 'Donner un kudo, # kudos',
      }),
    ownPost: 'Vous ne pouvez pas donner de kudos à votre propre message',
    notAllowed: 'Vous ne pouvez pas donner de kudos à ce message',
  },
  accept: {
    mark: 'Accepter comme solution',
    unmark: 'Solution acceptée — annuler',
    marked: 'Réponse marquée comme solution acceptée',
    unmarked: 'Cette réponse n’est plus la solution acceptée',
  },
  composer: {
    label: 'Votre réponse',
    modes: 'Mode de l’éditeur',
    write: 'Écrire',
    preview: 'Aperçu',
    nothingToPreview: 'Rien à afficher pour l’instant.',
    toolbar: 'Mise en forme',
    bold: 'Gras',
    italic: 'Italique',
    link: 'Lien',
    linkText: 'texte du lien',
    code: 'Code',
    list: 'Liste à puces',
    characters: (count, max, f) => `${f.number(count)} / ${f.number(max)}`,
    charactersLabel: (count, max, f) =>
      f.plural(max, {
        one: `${f.number(count)} sur # caractère`,
        many: `${f.number(count)} sur # de caractères`,
        other: `${f.number(count)} sur # caractères`,
      }),
    charactersLeft: (n, f) =>
      f.plural(n, { one: 'Il reste # caractère', many: 'Il reste # de caractères', other: 'Il reste # caractères' }),
    tooLong: (n, f) =>
      f.plural(n, {
        one: 'Votre réponse dépasse la limite de # caractère.',
        many: 'Votre réponse dépasse la limite de # de caractères.',
        other: 'Votre réponse dépasse la limite de # caractères.',
      }),
    tooShort: (n, f) =>
      f.plural(n, {
        one: 'Écrivez au moins # caractère pour publier une réponse.',
        many: 'Écrivez au moins # de caractères pour publier une réponse.',
        other: 'Écrivez au moins # caractères pour publier une réponse.',
      }),
    language: 'Langue de la réponse',
    languageHint: (question, writing) =>
      `Cette question est en ${question}. Vous écrivez en ${writing} — passer la langue de la réponse en ${writing}${NBSP}?`,
    languageHintChosen: (answer, writing) =>
      `La réponse est indiquée en ${answer}, mais vous écrivez en ${writing}. Passer en ${writing}${NBSP}?`,
    switchLanguage: (language) => `Passer en ${language}`,
    keepLanguage: 'Ne rien changer',
    submit: 'Publier la réponse',
    posting: 'Publication…',
    posted: 'Votre réponse a été publiée.',
    pending: 'Votre réponse attend la validation d’un modérateur. D’ici là, seuls vous et les modérateurs pouvez la voir.',
    signInPrompt: `Vous connaissez la réponse${NBSP}? Connectez-vous pour la partager avec la communauté.`,
    signIn: 'Se connecter pour répondre',
    locked: 'Cette question est verrouillée et n’accepte plus de nouvelles réponses.',
    cannotAnswer: 'Il n’est pas possible de répondre à cette question.',
  },
  askForm: {
    label: 'Poser une question à la communauté',
    title: 'Titre',
    titleHint: 'Résumez votre problème en une phrase, p. ex. « Plus de 4G depuis le transfert de mon eSIM ».',
    titleRequired: 'Donnez un titre à votre question.',
    titleTooShort: (n, f) =>
      f.plural(n, { one: 'Le titre doit compter au moins # caractère.', other: 'Le titre doit compter au moins # caractères.' }),
    titleTooLong: (n, f) =>
      f.plural(n, { one: 'Le titre dépasse la limite de # caractère.', other: 'Le titre dépasse la limite de # caractères.' }),
    body: 'Détails',
    bodyHint: 'Votre téléphone, votre forfait, ce que vous avez essayé. Ne partagez jamais de code PIN, de mot de passe ni de numéro de carte.',
    bodyRequired: 'Décrivez votre problème.',
    bodyTooShort: (n, f) =>
      f.plural(n, { one: 'Écrivez au moins # caractère.', other: 'Écrivez au moins # caractères.' }),
    bodyTooLong: (n, f) =>
      f.plural(n, { one: 'Les détails dépassent la limite de # caractère.', other: 'Les détails dépassent la limite de # caractères.' }),
    category: 'Catégorie',
    chooseCategory: 'Choisissez une catégorie…',
    categoryRequired: 'Choisissez la catégorie qui correspond le mieux à votre question.',
    language: 'Langue de votre question',
    optional: '(facultatif)',
    tags: 'Mots-clés',
    tagsHint: (max, f) => `Jusqu’à ${f.number(max)}, séparés par des virgules ou Entrée, p. ex. esim, roaming.`,
    tagTooLong: (n, f) =>
      f.plural(n, { one: 'Un mot-clé compte au plus # caractère.', other: 'Un mot-clé compte au plus # caractères.' }),
    tooManyTags: (n, f) =>
      f.plural(n, { one: 'Vous pouvez ajouter # mot-clé au maximum.', other: 'Vous pouvez ajouter # mots-clés au maximum.' }),
    removeTag: (tag) => `Retirer le mot-clé ${tag}`,
    similarHeading: 'Questions similaires — la vôtre a peut-être déjà une réponse',
    similarFound: (n, f) =>
      f.plural(n, { one: '# question similaire trouvée', other: '# questions similaires trouvées' }),
    submit: 'Publier la question',
    submitting: 'Publication…',
    posted: 'Votre question a été publiée.',
    pending: 'Votre question attend la validation d’un modérateur. D’ici là, seuls vous et les modérateurs pouvez la voir.',
    signInPrompt: 'Connectez-vous pour poser une question à la communauté.',
    signIn: 'Se connecter pour poser une question',
    languageHint: (selected, writing) =>
      `La langue de la question est ${selected}, mais vous écrivez en ${writing}. Passer en ${writing} ?`,
  },
  personalData: {
    heading: 'Données personnelles dans votre message',
    found: (summary) => `Tout le monde peut lire la communauté. Votre texte semble contenir ${summary}${NBSP}:`,
    phone: (n, f) => f.plural(n, { one: 'un numéro de téléphone', other: '# numéros de téléphone' }),
    email: (n, f) => f.plural(n, { one: 'une adresse e-mail', other: '# adresses e-mail' }),
    iban: (n, f) => f.plural(n, { one: 'un numéro de compte bancaire (IBAN)', other: '# numéros de compte bancaire (IBAN)' }),
    imei: (n, f) => f.plural(n, { one: 'un numéro IMEI', other: '# numéros IMEI' }),
    iccid: (n, f) => f.plural(n, { one: 'un numéro de carte SIM (ICCID)', other: '# numéros de carte SIM (ICCID)' }),
    kinds: { phone: 'Numéro de téléphone', email: 'Adresse e-mail', iban: 'IBAN', imei: 'Numéro IMEI', iccid: 'Numéro de carte SIM' },
    explanation: 'Masquez-les pour n’en laisser voir que quelques caractères, ou publiez quand même s’ils peuvent être publics, comme le numéro d’une boutique.',
    mask: 'Les masquer',
    postAnyway: 'Publier quand même',
    masked: 'C’est masqué. Relisez votre texte avant de publier.',
  },
  leaderboard: {
    heading: { members: 'Meilleurs contributeurs', answers: 'Réponses les plus utiles' },
    period: 'Période',
    periods: { week: 'Cette semaine', month: 'Ce mois-ci', all: 'Depuis le début' },
    metric: 'Classés par',
    metrics: { reputation: 'Réputation gagnée', solutions: 'Solutions acceptées', kudos: 'Kudos reçus' },
    position: (n, f) => `Position ${f.number(n)}`,
    answerBy: (name) => `Réponse de ${name}`,
    emptyMembers: {
      week: 'Aucun kudo donné cette semaine pour l’instant — aidez quelqu’un et vous pourriez être le premier.',
      month: 'Aucun kudo donné ce mois-ci pour l’instant — aidez quelqu’un et vous pourriez être le premier.',
      all: 'Aucun kudo donné pour l’instant — aidez quelqu’un et vous pourriez être le premier.',
    },
    emptyAnswers: {
      week: 'Aucune réponse n’a reçu de kudos cette semaine pour l’instant.',
      month: 'Aucune réponse n’a reçu de kudos ce mois-ci pour l’instant.',
      all: 'Aucune réponse n’a encore reçu de kudos.',
    },
    loading: 'Chargement du classement…',
    unsupported: 'Cette communauté ne propose pas de classement.',
  },
  postActions: {
    edit: 'Modifier',
    delete: 'Supprimer',
    flag: 'Signaler',
    flagged: 'Signalé',
    flagTitle: 'Signaler ce message',
    flagIntro: 'Dites aux modérateurs ce qui ne va pas. Ils l’examineront${NBSP}; l’auteur ne saura pas qui l’a signalé.',
    reason: 'Motif',
    reasons: {
      spam: 'Spam ou publicité',
      abusive: 'Injurieux ou offensant',
      'off-topic': 'Hors sujet',
      'personal-data': 'Expose des données personnelles (un numéro de téléphone, une adresse…)',
      other: 'Autre chose',
    },
    note: 'Précisions',
    optional: '(facultatif)',
    chooseReason: 'Choisissez un motif.',
    noteRequired: 'Dites ce qui ne va pas, pour que les modérateurs sachent quoi vérifier.',
    sendFlag: 'Envoyer aux modérateurs',
    sending: 'Envoi…',
    thanks: 'Merci. Les modérateurs vont examiner ce message.',
    deleteTitle: 'Supprimer ce message${NBSP}?',
    deleteText: 'Les lecteurs verront «${NBSP}Supprimé par son auteur${NBSP}» à sa place, et les remerciements reçus seront retirés.',
    acceptedTitle: 'Cette réponse ne peut pas être supprimée',
    acceptedText: 'C’est la solution acceptée. Elle pourra être supprimée quand elle ne sera plus acceptée.',
    confirmDelete: 'Supprimer le message',
    deleting: 'Suppression…',
    deleted: 'Votre message a été supprimé.',
    editLabel: 'Modifier le message',
    title: 'Titre',
    tags: 'Mots-clés',
    tagsHint: 'Séparez les mots-clés par des virgules.',
    editNote: 'Note de modification',
    editNoteHint: 'Qu’avez-vous changé${NBSP}? L’historique des modifications l’affiche.',
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    saved: 'Vos modifications ont été enregistrées.',
    historyTitle: 'Historique des modifications',
    historyLoading: 'Chargement de l’historique des modifications…',
    original: 'Original',
    revision: (n, f) => `Version ${f.number(n)}`,
    writtenBy: (name) => `Écrit par ${name}`,
    editedBy: (name) => `Modifié par ${name}`,
    changes: 'Changements par rapport à la version précédente',
    noChanges: 'Le texte n’a pas changé.',
    removed: 'Supprimé${NBSP}:',
    added: 'Ajouté${NBSP}:',
    changeEnd: 'Fin de la modification.',
  },
  common: {
    retry: 'Réessayer',
    loading: 'Chargement…',
    cancel: 'Annuler',
    close: 'Fermer',
    signIn: 'Se connecter',
    showMore: 'Afficher plus',
  },
  error: {
    unauthenticated: 'Veuillez vous connecter pour effectuer cette action.',
    forbidden: 'Vous n’avez pas l’autorisation d’effectuer cette action.',
    'not-found': 'Nous ne trouvons pas ce contenu. Il a peut-être été déplacé ou supprimé.',
    conflict: 'Quelqu’un d’autre a modifié ce contenu au même moment. Rechargez la page et réessayez.',
    invalid: 'Certaines informations saisies ne sont pas valides. Vérifiez-les et réessayez.',
    invalidField: (field) => `Vérifiez le champ «${NBSP}${field}${NBSP}».`,
    'rate-limited': (seconds, f) =>
      `Vous effectuez cette action trop souvent. ${
        seconds === undefined
          ? 'Patientez un instant, puis réessayez.'
          : f.plural(seconds, { one: 'Réessayez dans # seconde.', other: 'Réessayez dans # secondes.' })
      }`,
    retryAt: (when) => `Vous effectuez cette action trop souvent. Réessayez ${when}.`,
    reasons: {
      'too-many-links':
        'Les nouveaux membres ne peuvent mettre que quelques liens dans un message. Retirez-en quelques-uns et réessayez.',
      duplicate: 'Vous venez de publier le même texte. Modifiez-le, ou attendez un peu avant de le publier à nouveau.',
      suspended: (until) =>
        until
          ? `Votre compte est suspendu jusqu’au ${until}${NBSP}: vous pouvez lire, mais pas publier, voter ni signaler.`
          : `Votre compte est suspendu${NBSP}: vous pouvez lire, mais pas publier, voter ni signaler.`,
      'edit-window': 'Le délai pour modifier ce message est dépassé.',
      'accepted-answer': 'Une réponse acceptée ne peut pas être supprimée. Elle doit d’abord ne plus être acceptée.',
      'already-flagged': 'Vous avez déjà signalé ce message.',
    },
    network: 'Impossible de joindre la communauté. Vérifiez votre connexion et réessayez.',
    unavailable: 'La communauté est temporairement indisponible. Réessayez dans quelques minutes.',
    notAnswering: 'L’adresse de la communauté ne répond pas. Réessayez plus tard, ou prévenez le site si cela continue.',
    unknown: 'Une erreur s’est produite. Veuillez réessayer.',
  },
  field: {
    title: 'Titre',
    body: 'Message',
    category: 'Catégorie',
    language: 'Langue',
    tags: 'Mots-clés',
    cursor: 'Position dans la liste',
  },
  config: {
    noAdapter:
      'Cet élément communautaire n’a pas de source de données. Placez-le dans <majlis-community>, appelez configure({ adapter }) une fois dans la page ou ajoutez-lui un attribut endpoint.',
    restUnavailable:
      'L’attribut endpoint nécessite l’adaptateur REST, qui n’est pas inclus dans cette version de Majlis. Chargez le bundle majlis complet ou fournissez un adaptateur avec configure({ adapter }).',
  },
  count: {
    kudos: (n, f) => f.plural(n, { one: '# kudo', many: '# de kudos', other: '# kudos' }),
    answers: (n, f) => f.plural(n, { one: '# réponse', many: '# de réponses', other: '# réponses' }),
    questions: (n, f) => f.plural(n, { one: '# question', many: '# de questions', other: '# questions' }),
    points: (n, f) => f.plural(n, { one: '# point', many: '# de points', other: '# points' }),
    acceptedSolutions: (n, f) =>
      f.plural(n, {
        one: '# solution acceptée',
        many: '# de solutions acceptées',
        other: '# solutions acceptées',
      }),
    solutions: (n, f) => f.plural(n, { one: '# solution', many: '# de solutions', other: '# solutions' }),
  },
  role: {
    member: 'Membre',
    expert: 'Expert',
    staff: 'Équipe',
    moderator: 'Modérateur',
  },
  recognition: {
    ranks: { newcomer: 'Nouveau venu', member: 'Membre', helper: 'Entraidant', expert: 'Expert', guru: 'Gourou' },
    badges: {
      'first-question': 'Première question',
      'first-answer': 'Première réponse',
      'first-solution': 'Première solution',
      'ten-solutions': 'Dix solutions',
      'hundred-kudos': 'Cent kudos',
      polyglot: 'Polyglotte',
    },
    earnBy: {
      answers: (n, f) => f.plural(n, { one: 'Publier votre première réponse', many: 'Publier # de réponses', other: 'Publier # réponses' }),
      solutions: (n, f) =>
        f.plural(n, {
          one: 'Voir une réponse acceptée comme solution',
          many: 'Voir # de réponses acceptées comme solutions',
          other: 'Voir # réponses acceptées comme solutions',
        }),
      kudosReceived: (n, f) => f.plural(n, { one: 'Recevoir # kudo', many: 'Recevoir # de kudos', other: 'Recevoir # kudos' }),
      helpfulLanguages: (n, f) =>
        f.plural(n, { one: 'Donner une réponse utile', many: 'Donner des réponses utiles en # de langues', other: 'Donner des réponses utiles en # langues' }),
      questions: (n, f) => f.plural(n, { one: 'Poser votre première question', many: 'Poser # de questions', other: 'Poser # questions' }),
    },
    earnedOn: (date) => `Obtenu le ${date}`,
    earned: (badge) => `Vous avez obtenu un badge${NBSP}: ${badge}`,
    pointsTo: (n, rank, f) =>
      f.plural(n, { one: `# point avant ${rank}`, many: `# de points avant ${rank}`, other: `# points avant ${rank}` }),
    howItWorks: 'Comment fonctionne la réputation',
    answerKudos: (n, f) =>
      f.plural(n, { one: '+# point par kudo sur une réponse', many: '+# de points par kudo sur une réponse', other: '+# points par kudo sur une réponse' }),
    questionKudos: (n, f) =>
      f.plural(n, { one: '+# point par kudo sur une question', many: '+# de points par kudo sur une question', other: '+# points par kudo sur une question' }),
    acceptedAnswer: (n, f) =>
      f.plural(n, { one: '+# point par solution acceptée', many: '+# de points par solution acceptée', other: '+# points par solution acceptée' }),
    questionAsked: (n, f) =>
      f.plural(n, { one: '+# point par question posée', many: '+# de points par question posée', other: '+# points par question posée' }),
    dailyCap: (n, f) =>
      f.plural(n, { one: 'Au plus # point par jour grâce aux kudos', many: 'Au plus # de points par jour grâce aux kudos', other: 'Au plus # points par jour grâce aux kudos' }),
    undone: 'Un kudo ou une acceptation retirés reprennent leurs points. La réputation ne descend jamais sous zéro.',
    ranksHeading: 'Rangs',
    from: (n, f) => f.plural(n, { one: 'dès # point', many: 'dès # de points', other: 'dès # points' }),
    badgesHeading: 'Badges',
  },
  userCard: {
    unknownUser: 'Membre inconnu',
    reputation: 'Réputation',
    rank: 'Rang',
    acceptedSolutions: 'Solutions acceptées',
    kudosReceived: 'Kudos reçus',
    memberSince: 'Membre depuis',
    badges: 'Badges',
    position: 'Position',
    rankValue: (rank, f) => `${rank === 1 ? '1er' : `${f.number(rank)}e`} de la communauté`,
    unranked: 'Pas encore classé',
  },
  status: {
    open: 'Ouvert',
    locked: 'Verrouillé',
    solved: 'Résolu',
    acceptedSolution: 'Solution acceptée',
    mostHelpful: 'Le plus utile',
    edited: 'Modifié',
  },
};
