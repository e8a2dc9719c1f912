import { DEFAULT_MODERATION } from '../../core/moderation.js';
import type { CommunitySeed, SeedIdea } from '../../core/seed.js';
import type { ModerationSettings } from '../../core/types.js';

/**
 * The moderation settings the checks of other rules run with: the defaults, but authors edit any time and the
 * flood limits stay out of the way (the checks post the same text and many posts quickly). Moderation checks
 * ask for the settings they test, over these.
 */
export const conformanceModeration: ModerationSettings = {
  ...DEFAULT_MODERATION,
  premoderationByCategory: {},
  editWindowMinutes: null,
  flood: { postsPerHour: 1000, newMemberLinks: 100, newMemberReputation: 0, duplicateWindowMinutes: 0 },
};

/**
 * The small, fixed community every conformance check starts from. The checks rely on its exact contents
 * (who wrote what, who gave kudos where), so adapters must load it as it is.
 *
 * - Users: `asker` (member), `member`, `other` (member), `expert`, `staff`, `moderator`.
 * - `q-open`: asked by `asker`, three answers by `expert`, `member` and `staff`, none accepted.
 * - `q-solved`: asked by `asker`, answer `a-solved-staff` accepted (by the asker, the default).
 * - `q-locked`: asked by `member`, locked.
 * - `q-nl-wifi`: answer accepted by the moderator; `q-nl`, `q-vi`, `q-esim`: unanswered.
 */
export const conformanceSeed: CommunitySeed = {
  users: [
    { id: 'asker', name: 'Layla Haddad', role: 'member', joinedAt: '2023-02-11T09:12:00.000Z' },
    { id: 'member', name: 'Tom Peeters', role: 'member', joinedAt: '2022-11-03T17:40:00.000Z' },
    { id: 'other', name: 'Nguyễn Thị Mai', role: 'member', joinedAt: '2024-01-20T08:05:00.000Z' },
    {
      id: 'expert',
      name: 'Samir Benali',
      role: 'expert',
      joinedAt: '2021-06-14T12:00:00.000Z',
      reputationBase: 120,
      avatarUrl: 'https://example.com/avatars/samir.png',
    },
    { id: 'staff', name: 'Ingrid Janssens', role: 'staff', joinedAt: '2020-09-01T07:30:00.000Z' },
    { id: 'moderator', name: 'Omar Al-Farsi', role: 'moderator', joinedAt: '2021-03-22T10:00:00.000Z' },
  ],
  categories: [
    {
      id: 'network',
      name: 'Network & coverage',
      description: 'Signal, outages, 4G/5G and Wi-Fi calling.',
      names: { nl: 'Netwerk & bereik', ar: 'الشبكة والتغطية' },
    },
    { id: 'billing', name: 'Billing & payments', names: { nl: 'Facturen & betalingen' } },
    { id: 'roaming', name: 'Roaming & travel', description: 'Using your plan abroad.' },
  ],
  questions: [
    {
      id: 'q-open',
      authorId: 'asker',
      categoryId: 'network',
      title: 'No 4G indoors since the mast upgrade in Mechelen',
      body: 'Since last week my phone drops to 3G as soon as I am inside. Outside the signal is full. Anyone else?',
      language: 'en',
      tags: ['4g', 'indoor-coverage'],
      createdAt: '2024-05-02T08:15:00.000Z',
    },
    {
      id: 'q-solved',
      authorId: 'asker',
      categoryId: 'billing',
      title: 'Charged twice for my April invoice',
      body: 'My bank statement shows the April amount of €42.50 twice. How do I get the second charge back?',
      language: 'en',
      tags: ['invoice', 'direct-debit'],
      createdAt: '2024-04-20T12:00:00.000Z',
      acceptedAnswerId: 'a-solved-staff',
      acceptedAt: '2024-04-21T09:00:00.000Z',
    },
    {
      id: 'q-locked',
      authorId: 'member',
      categoryId: 'network',
      title: 'Outage in Antwerp on 12 May: official updates',
      body: 'Mobile data is down in Antwerp-Zuid since 05:40. Updates from the network team are posted below.',
      language: 'en',
      status: 'locked',
      createdAt: '2024-05-12T06:00:00.000Z',
    },
    {
      id: 'q-nl',
      authorId: 'other',
      categoryId: 'billing',
      title: 'Factuur niet ontvangen via e-mail',
      body: 'Ik krijg mijn factuur sinds maart niet meer per e-mail. Mijn adres in de app klopt wel.',
      language: 'nl-BE',
      tags: ['factuur'],
      createdAt: '2024-05-06T18:20:00.000Z',
    },
    {
      id: 'q-ar',
      authorId: 'asker',
      categoryId: 'roaming',
      title: 'كيف أفعّل التجوال قبل السفر إلى الأردن؟',
      body: 'أسافر الأسبوع القادم إلى عمّان. هل أحتاج إلى تفعيل التجوال من التطبيق أم يعمل تلقائياً؟',
      language: 'ar',
      tags: ['roaming'],
      createdAt: '2024-03-30T20:00:00.000Z',
    },
    {
      id: 'q-vi',
      authorId: 'member',
      categoryId: 'roaming',
      title: 'Không dùng được dữ liệu di động khi ở Pháp',
      body: 'Tôi đang ở Paris và điện thoại báo có sóng nhưng không vào được mạng. Tôi cần cài đặt gì?',
      language: 'vi',
      createdAt: '2024-05-08T14:00:00.000Z',
      editedAt: '2024-05-09T08:00:00.000Z',
    },
    {
      id: 'q-nl-wifi',
      authorId: 'other',
      categoryId: 'network',
      title: 'Wifi-bellen werkt niet op mijn iPhone 15',
      body: 'De optie wifi-bellen staat aan, maar bellen gaat nog steeds via het mobiele netwerk.',
      language: 'nl',
      tags: ['wifi-calling', 'iphone'],
      createdAt: '2024-04-28T09:30:00.000Z',
      acceptedAnswerId: 'a-nl-wifi-member',
      acceptedById: 'moderator',
      acceptedAt: '2024-04-29T08:00:00.000Z',
    },
    {
      id: 'q-esim',
      authorId: 'expert',
      categoryId: 'network',
      title: 'Which APN settings for a dual-SIM Android phone?',
      body: 'With an eSIM for work and a physical SIM for private use, which APN should each line use?',
      language: 'en',
      tags: ['apn', 'esim', 'android'],
      createdAt: '2024-05-10T16:45:00.000Z',
    },
  ],
  answers: [
    {
      id: 'a-open-expert',
      questionId: 'q-open',
      authorId: 'expert',
      body: 'Turn on VoLTE and Wi-Fi calling meanwhile; indoor 4G usually recovers once the new antennas are tuned.',
      language: 'en',
      createdAt: '2024-05-02T09:00:00.000Z',
    },
    {
      id: 'a-open-member',
      questionId: 'q-open',
      authorId: 'member',
      body: 'Same here in Mechelen-Noord. Forcing 4G only in the network settings helped a bit.',
      language: 'en',
      createdAt: '2024-05-02T10:30:00.000Z',
    },
    {
      id: 'a-open-staff',
      questionId: 'q-open',
      authorId: 'staff',
      body: 'Our engineers are re-aligning the upgraded mast this week. Indoor coverage should be back by Friday.',
      language: 'en',
      createdAt: '2024-05-03T07:45:00.000Z',
    },
    {
      id: 'a-solved-other',
      questionId: 'q-solved',
      authorId: 'other',
      body: 'Happened to me too: the second line disappeared from my statement after three days.',
      language: 'en',
      createdAt: '2024-04-20T13:00:00.000Z',
    },
    {
      id: 'a-solved-staff',
      questionId: 'q-solved',
      authorId: 'staff',
      body: 'The second line is a pre-authorisation by your bank, not a charge. It is released within 5 working days.',
      language: 'en',
      createdAt: '2024-04-20T15:10:00.000Z',
    },
    {
      id: 'a-locked-staff',
      questionId: 'q-locked',
      authorId: 'staff',
      body: 'Update 06:30: a fibre cut near the ring road. Repair crews are on site; we expect service back by noon.',
      language: 'en',
      createdAt: '2024-05-12T06:30:00.000Z',
    },
    {
      id: 'a-ar-expert',
      questionId: 'q-ar',
      authorId: 'expert',
      body: 'فعّل التجوال من التطبيق ضمن «خدماتي» قبل السفر بيوم على الأقل، ثم أعد تشغيل الهاتف عند الوصول.',
      language: 'ar',
      createdAt: '2024-05-04T11:00:00.000Z',
    },
    {
      id: 'a-nl-wifi-member',
      questionId: 'q-nl-wifi',
      authorId: 'member',
      body: 'Zet wifi-bellen uit en weer aan na een update van de providerinstellingen (Instellingen > Algemeen > Info).',
      language: 'nl',
      createdAt: '2024-04-28T11:00:00.000Z',
    },
  ],
  votes: [
    { userId: 'member', target: 'question', targetId: 'q-open' },
    { userId: 'other', target: 'question', targetId: 'q-open' },
    { userId: 'expert', target: 'question', targetId: 'q-open' },
    { userId: 'other', target: 'question', targetId: 'q-solved' },
    { userId: 'asker', target: 'question', targetId: 'q-locked' },
    { userId: 'other', target: 'question', targetId: 'q-locked' },
    { userId: 'member', target: 'question', targetId: 'q-ar' },
    { userId: 'asker', target: 'question', targetId: 'q-nl' },
    { userId: 'staff', target: 'question', targetId: 'q-esim' },
    { userId: 'member', target: 'question', targetId: 'q-esim' },
    { userId: 'asker', target: 'answer', targetId: 'a-open-expert', createdAt: '2024-05-02T09:30:00.000Z' },
    { userId: 'member', target: 'answer', targetId: 'a-open-expert' },
    { userId: 'other', target: 'answer', targetId: 'a-open-expert' },
    { userId: 'other', target: 'answer', targetId: 'a-open-member' },
    { userId: 'asker', target: 'answer', targetId: 'a-open-staff' },
    { userId: 'expert', target: 'answer', targetId: 'a-open-staff' },
    { userId: 'asker', target: 'answer', targetId: 'a-solved-staff' },
    { userId: 'member', target: 'answer', targetId: 'a-solved-other' },
    { userId: 'member', target: 'answer', targetId: 'a-locked-staff' },
    { userId: 'asker', target: 'answer', targetId: 'a-ar-expert' },
    { userId: 'other', target: 'answer', targetId: 'a-nl-wifi-member' },
  ],
};

/**
 * Ideas over {@link conformanceSeed}'s questions, for tests of the `ideas` capability beyond the suite (seed loading,
 * elements): `{ ...conformanceSeed, ideas: conformanceIdeas }`. `q-esim` is planned, evaluated by two staff members
 * and the winner of January 2026; `q-nl` is new; `q-vi` under review; `q-ar` a duplicate merged into `q-nl`. The
 * suite's own checks submit their ideas, so the seed they start from has none.
 */
export const conformanceIdeas: readonly SeedIdea[] = [
  {
    questionId: 'q-esim',
    topic: 'products',
    status: 'planned',
    statusNote: 'eSIM for smartwatches comes in spring.',
    statusChangedAt: '2026-02-01T10:00:00Z',
    statusChangedById: 'staff',
    evaluations: [
      { userId: 'staff', constructive: 4, creative: 3, feasible: 5, effective: 4 },
      { userId: 'moderator', constructive: 5, creative: 4, feasible: 4, effective: 4 },
    ],
    wins: [{ period: '2026-01', awardedAt: '2026-02-01T09:00:00Z' }],
  },
  { questionId: 'q-nl', topic: 'network' },
  { questionId: 'q-vi', topic: 'care', status: 'under-review' },
  { questionId: 'q-ar', topic: 'network', status: 'duplicate', mergedInto: 'q-nl' },
];
