import type { Messages } from './types.js';

// French typography: a no-break space inside « » guillemets.
const NBSP = '\u00a0';

/** French ("vous"). Counts of a million and more take "de" (CLDR category `many`): « 1 000 000 de points ». */
export const fr: Messages = {
  post: {
    answerBy: (name) => `Réponse de ${name}`,
    acceptedByAsker: 'Acceptée par l’auteur de la question',
    acceptedBy: (name) => `Acceptée par ${name}`,
    editedOn: (date) => `Modifié le ${date}`,
    writtenIn: (language) => `Écrit en ${language}`,
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
    signInPrompt: `Vous connaissez la réponse${NBSP}? Connectez-vous pour la partager avec la communauté.`,
    signIn: 'Se connecter pour répondre',
    locked: 'Cette question est verrouillée et n’accepte plus de nouvelles réponses.',
    cannotAnswer: 'Il n’est pas possible de répondre à cette question.',
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
    network: 'Vous semblez être hors ligne. Vérifiez votre connexion et réessayez.',
    unavailable: 'La communauté est temporairement indisponible. Réessayez dans quelques minutes.',
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
  },
  role: {
    member: 'Membre',
    expert: 'Expert',
    staff: 'Équipe',
    moderator: 'Modérateur',
  },
  userCard: {
    unknownUser: 'Membre inconnu',
    reputation: 'Réputation',
    rank: 'Classement',
    acceptedSolutions: 'Solutions acceptées',
    kudosReceived: 'Kudos reçus',
    memberSince: 'Membre depuis',
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
