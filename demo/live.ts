// The demo's live sessions (`?page=live`): three sessions added to the seed around today's date (one running all day,
// one next week, one last week as the archive), with questions in five languages, and a scripted host who answers one
// waiting question every ~8 s through a second in-browser adapter on the same saved community, so the page hears it
// through the live updates, as it would hear a real host. Demo only: none of this is the library's.
import { MemoryAdapter } from '../src/adapters/memory.js';
import type { CommunitySeed, SeedAnswer, SeedLiveSession, SeedQuestion, SeedVote } from '../src/index.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Midnight UTC of `now`'s day: the sessions move once a day, so the saved demo community is kept within a day. */
const dayOf = (now: Date) => Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());

export const LIVE_SESSION_ID = 'ls-network-live';
const HOSTS = ['u-khalid', 'u-joost', 'u-minh'];

interface Asked {
  id: string;
  authorId: string;
  language: string;
  title: string;
  body: string;
  voters: string[];
}

const LIVE_QUESTIONS: Asked[] = [
  {
    id: 'lq-1',
    authorId: 'u-sarah',
    language: 'en',
    title: 'When does 5G Standalone come to my area?',
    body: 'My phone supports 5G SA but I only ever see 5G NSA in Antwerp. Is there a map of where SA is live?',
    voters: ['u-raj', 'u-noura', 'u-lotte', 'u-camille'],
  },
  {
    id: 'lq-2',
    authorId: 'u-omar',
    language: 'ar',
    title: 'لماذا تنقطع الشبكة في المترو بين محطتين؟',
    body: 'أستقل المترو كل صباح وتنقطع البيانات تمامًا بين محطتي الجامعة والمركز. هل هناك خطة لتغطية الأنفاق؟',
    voters: ['u-fatima', 'u-yousef', 'u-ahmed'],
  },
  {
    id: 'lq-3',
    authorId: 'u-wouter',
    language: 'nl',
    title: 'Waarom valt mijn 4G weg in de trein naar Brussel?',
    body: 'Tussen Mechelen en Brussel-Noord verlies ik elke ochtend mijn verbinding. Komen er extra antennes langs de spoorlijn?',
    voters: ['u-bram', 'u-lotte'],
  },
  {
    id: 'lq-4',
    authorId: 'u-julien',
    language: 'fr',
    title: 'Les appels Wi-Fi fonctionnent-ils avec un iPhone 12 ?',
    body: 'Ma cave n’a aucun réseau. J’ai activé les appels Wi-Fi mais l’icône n’apparaît jamais. Faut-il un abonnement particulier ?',
    voters: ['u-camille'],
  },
  {
    id: 'lq-5',
    authorId: 'u-lan',
    language: 'vi',
    title: 'Sóng 5G có hoạt động trong hầm gửi xe không?',
    body: 'Tôi đậu xe dưới hầm chung cư và điện thoại mất sóng hoàn toàn. Nuvo có kế hoạch phủ sóng trong nhà không?',
    voters: ['u-hoang'],
  },
  {
    id: 'lq-6',
    authorId: 'u-noura',
    language: 'en',
    title: 'Does the network upgrade tonight affect home internet?',
    body: 'I work from home tomorrow morning. Will the maintenance window touch the fibre network too, or only mobile?',
    voters: [],
  },
];

const ENDED_QUESTIONS: (Asked & { answer: { authorId: string; body: string } })[] = [
  {
    id: 'eq-1',
    authorId: 'u-fatima',
    language: 'ar',
    title: 'هل يمكن نقل رقمي إلى شريحة إلكترونية دون زيارة المتجر؟',
    body: 'أريد تفعيل الشريحة الإلكترونية على هاتفي الجديد دون الذهاب إلى المتجر.',
    voters: ['u-omar', 'u-yousef', 'u-ahmed', 'u-noura'],
    answer: { authorId: 'u-khalid', body: 'نعم: من تطبيق Nuvo اختر **الشريحة > التحويل إلى eSIM** وامسح رمز QR الذي يظهر. يستغرق الأمر دقيقتين.' },
  },
  {
    id: 'eq-2',
    authorId: 'u-bram',
    language: 'nl',
    title: 'Kan ik mijn eSIM op een smartwatch gebruiken?',
    body: 'Ik heb een Galaxy Watch met LTE. Werkt een tweede eSIM op hetzelfde nummer?',
    voters: ['u-wouter'],
    answer: { authorId: 'u-joost', body: 'Ja, met de optie **Multi-SIM** (3 euro per maand) deelt je horloge je nummer. Activeren kan in de app.' },
  },
];

const LIVE_ANSWERS: Record<string, string> = {
  en: 'Good question! Our engineers are rolling this out district by district; you can follow the progress on the coverage map in the app (**Network > Coverage**). Your area is planned this quarter.',
  ar: 'سؤال مهم! نعمل مع شركة المترو على تركيب هوائيات داخل الأنفاق، وتبدأ الأعمال هذا الشهر. حتى ذلك الحين فعّل الاتصال عبر Wi-Fi في المحطات.',
  nl: 'Goeie vraag! Samen met Infrabel plaatsen we dit jaar extra antennes langs de lijn Mechelen–Brussel. Tot dan helpt bellen via wifi in de trein.',
  fr: 'Bonne question ! Les appels Wi-Fi fonctionnent sur iPhone 12 avec iOS 17 ou plus récent : allez dans **Réglages > Téléphone > Appels Wi-Fi** et redémarrez une fois.',
  vi: 'Câu hỏi rất hay! Chúng tôi đang lắp trạm phủ sóng trong nhà cho các chung cư lớn. Trong lúc chờ, bạn hãy bật gọi qua Wi-Fi trong hầm gửi xe.',
};

/** Who answers in a language: Joost in Dutch, Minh in Vietnamese, Khalid otherwise. */
const hostFor = (language: string) => (language === 'nl' ? 'u-joost' : language === 'vi' ? 'u-minh' : 'u-khalid');

/** `seed` with the demo's three live sessions and their questions, placed around the day of `now`. */
export function withLiveSessions(seed: CommunitySeed, now: Date): CommunitySeed {
  const day = dayOf(now);
  const time = (offset: number) => new Date(day + offset).toISOString();
  const question = (asked: Asked, at: number): SeedQuestion => ({
    id: asked.id,
    authorId: asked.authorId,
    categoryId: 'network-quality',
    title: asked.title,
    body: asked.body,
    language: asked.language,
    createdAt: time(at),
  });
  const votes = (asked: Asked, at: number): SeedVote[] =>
    asked.voters.map((userId) => ({ userId, target: 'question', targetId: asked.id, createdAt: time(at + HOUR) }));
  const answers: SeedAnswer[] = ENDED_QUESTIONS.map((asked, index) => ({
    id: `ea-${index + 1}`,
    questionId: asked.id,
    authorId: asked.answer.authorId,
    body: asked.answer.body,
    language: asked.language,
    createdAt: time(-7 * DAY + 17.5 * HOUR),
  }));
  const sessions: SeedLiveSession[] = [
    {
      id: LIVE_SESSION_ID,
      title: 'Ask the network team: 5G, coverage and Wi-Fi calling',
      description: 'Our network engineers answer your questions **live, all day today**. Give kudos to the questions you want answered first.',
      hashtag: 'AskNuvoNetwork',
      hostIds: HOSTS,
      startsAt: time(0),
      endsAt: time(DAY),
      categoryId: 'network-quality',
      questionIds: LIVE_QUESTIONS.map((asked) => asked.id),
    },
    {
      id: 'ls-roaming',
      title: 'Roaming before the holidays: ask our travel experts',
      description: 'Bundles, eSIMs abroad and what a trip costs: bring your questions.',
      hashtag: 'AskNuvoRoaming',
      hostIds: ['u-khalid', 'u-layla'],
      startsAt: time(7 * DAY + 17 * HOUR),
      endsAt: time(7 * DAY + 18 * HOUR),
      categoryId: 'products-promotions',
    },
    {
      id: 'ls-esim',
      title: 'eSIM questions, answered',
      description: 'Our experts explained switching to an eSIM.',
      hashtag: 'AskNuvoESIM',
      hostIds: ['u-khalid', 'u-joost'],
      startsAt: time(-7 * DAY + 17 * HOUR),
      endsAt: time(-7 * DAY + 18 * HOUR),
      categoryId: 'products-promotions',
      questionIds: ENDED_QUESTIONS.map((asked) => asked.id),
    },
  ];
  return {
    ...seed,
    questions: [
      ...seed.questions,
      ...LIVE_QUESTIONS.map((asked, index) => question(asked, 0.5 * HOUR + index * 10 * 60_000)),
      ...ENDED_QUESTIONS.map((asked) => question(asked, -8 * DAY)),
    ],
    answers: [...seed.answers, ...answers],
    votes: [
      ...seed.votes,
      ...LIVE_QUESTIONS.flatMap((asked) => votes(asked, 0.5 * HOUR)),
      ...ENDED_QUESTIONS.flatMap((asked) => votes(asked, -8 * DAY)),
    ],
    liveSessions: [...(seed.liveSessions ?? []), ...sessions],
  };
}

/**
 * Starts the scripted host: every ~8 s, one waiting question of the live session gets a host's answer, written by a
 * second adapter on the same saved community (`storageKey`), so the page's adapter hears it as another tab's change.
 * Returns a function that stops it.
 */
export function startScriptedHost(seed: CommunitySeed, storageKey: string, intervalMs = 8_000): () => void {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    void answerOne(seed, storageKey).finally(() => (busy = false));
  }, intervalMs);
  return () => clearInterval(timer);
}

async function answerOne(seed: CommunitySeed, storageKey: string): Promise<void> {
  const reader = new MemoryAdapter({ seed, persist: 'local-storage', storageKey });
  const [waiting] = (await reader.listSessionQuestions(LIVE_SESSION_ID, { filter: 'waiting', sort: 'votes', limit: 1 })).items;
  if (waiting === undefined) return;
  const language = waiting.question.language.split('-')[0];
  const host = new MemoryAdapter({ seed, persist: 'local-storage', storageKey, viewerId: hostFor(language) });
  await host.postAnswer({ questionId: waiting.question.id, body: LIVE_ANSWERS[language] ?? LIVE_ANSWERS.en, language });
}
