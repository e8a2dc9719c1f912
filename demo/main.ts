// The demo host page: a support site of a fictional operator, wired to Majlis on the in-browser adapter, or on
// the reference server when started with `npm run demo:server` (VITE_MAJLIS_ENDPOINT names its API).
// Everything here is the host page's job (viewer switch, sign-in, language), not the library's.
/// <reference types="vite/client" />
import { configure } from '../src/index.js';
import { MemoryAdapter } from '../src/adapters/memory.js';
import type { SimulationOptions } from '../src/adapters/memory.js';
import { RestAdapter } from '../src/adapters/rest.js';
import type { CommunitySeed, LoginRequestDetail } from '../src/index.js';
import seedJson from './seed.json';
import { LIVE_SESSION_ID, startScriptedHost, withLiveSessions } from './live.js';

/** The demo seed with its live sessions, placed around today (demo/live.ts). */
const seed = withLiveSessions(seedJson as unknown as CommunitySeed, new Date());
const params = new URLSearchParams(location.search);
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

type Lang = 'en' | 'ar' | 'nl' | 'fr' | 'vi' | 'ur' | 'de' | 'hi';
const pageText: Record<Lang, Record<string, string>> = {
  en: {
    navMobile: 'Mobile', navInternet: 'Home internet', navSupport: 'Support', navAccount: 'My Nuvo', navModeration: 'Moderation', navIdeas: 'Ideas', navLive: 'Live sessions', liveSessions: 'Sessions',
    crumbSupport: 'Support', crumbCommunity: 'Community',
    helpTitle: 'Still need help?', helpText: 'Our support team answers in the community every day, 8:00–22:00.',
    helpChat: 'Chat with us', helpCall: 'Call 111 from your Nuvo line',
    followTitle: 'Stay informed', followText: 'Follow network quality to hear about every new answer about coverage, 4G and 5G.',
    kudosTitle: 'Give kudos', kudosText: 'Found an answer helpful? A thumbs-up helps other customers find it and thanks the member who wrote it.', liveTitle: 'Live', liveText: 'Open this page in a second tab as another customer: new answers, kudos and accepted solutions show up in the other tab as they happen.',
    signInTitle: 'Sign in to Nuvo', signInText: "This is the host page's own sign-in. In the demo, pick a customer:", cancel: 'Cancel',
    anonymous: 'Not signed in', signedInAs: 'Signed in as',
  },
  ar: {
    navMobile: 'الجوال', navInternet: 'الإنترنت المنزلي', navSupport: 'الدعم', navAccount: 'حسابي', navModeration: 'الإشراف', navIdeas: 'أفكارك', navLive: 'جلسات مباشرة', liveSessions: 'الجلسات',
    crumbSupport: 'الدعم', crumbCommunity: 'المجتمع',
    helpTitle: 'هل ما زلت بحاجة إلى مساعدة؟', helpText: 'يجيب فريق الدعم في المجتمع يوميًا من 8:00 حتى 22:00.',
    helpChat: 'تحدث معنا', helpCall: 'اتصل بالرقم 111 من خط نوڤو',
    followTitle: 'ابقَ على اطلاع', followText: 'تابع فئة جودة الشبكة لتصلك كل إجابة جديدة عن التغطية و4G و5G.',
    kudosTitle: 'امنح إعجابًا', kudosText: 'هل وجدت إجابة مفيدة؟ الإعجاب يساعد العملاء الآخرين على إيجادها ويشكر كاتبها.', liveTitle: 'مباشر', liveText: 'افتح هذه الصفحة في علامة تبويب ثانية باسم عميل آخر: تظهر الإجابات الجديدة والإعجابات والحلول المقبولة في العلامة الأخرى لحظة حدوثها.',
    signInTitle: 'تسجيل الدخول إلى نوڤو', signInText: 'هذا هو تسجيل الدخول الخاص بالموقع المضيف. في العرض التجريبي اختر عميلًا:', cancel: 'إلغاء',
    anonymous: 'غير مسجل الدخول', signedInAs: 'مسجل الدخول باسم',
  },
  nl: {
    navMobile: 'Mobiel', navInternet: 'Internet thuis', navSupport: 'Support', navAccount: 'Mijn Nuvo', navModeration: 'Moderatie', navIdeas: 'Ideeën', navLive: 'Livesessies', liveSessions: 'Sessies',
    crumbSupport: 'Support', crumbCommunity: 'Community',
    helpTitle: 'Nog hulp nodig?', helpText: 'Ons supportteam antwoordt elke dag in de community, van 8:00 tot 22:00.',
    helpChat: 'Chat met ons', helpCall: 'Bel 111 met je Nuvo-lijn',
    followTitle: 'Blijf op de hoogte', followText: 'Volg netwerkkwaliteit en hoor over elk nieuw antwoord over bereik, 4G en 5G.',
    kudosTitle: 'Geef kudos', kudosText: 'Vond je een antwoord nuttig? Een duim omhoog helpt andere klanten en bedankt de schrijver.', liveTitle: 'Live', liveText: 'Open deze pagina in een tweede tabblad als een andere klant: nieuwe antwoorden, kudos en geaccepteerde oplossingen verschijnen meteen in het andere tabblad.',
    signInTitle: 'Aanmelden bij Nuvo', signInText: 'Dit is de eigen aanmelding van de site. Kies in de demo een klant:', cancel: 'Annuleren',
    anonymous: 'Niet aangemeld', signedInAs: 'Aangemeld als',
  },
  fr: {
    navMobile: 'Mobile', navInternet: 'Internet maison', navSupport: 'Assistance', navAccount: 'Mon Nuvo', navModeration: 'Modération', navIdeas: 'Vos idées', navLive: 'Sessions en direct', liveSessions: 'Sessions',
    crumbSupport: 'Assistance', crumbCommunity: 'Communauté',
    helpTitle: 'Besoin d’aide ?', helpText: 'Notre équipe répond dans la communauté tous les jours, de 8 h à 22 h.',
    helpChat: 'Discuter avec nous', helpCall: 'Appelez le 111 depuis votre ligne Nuvo',
    followTitle: 'Restez informé', followText: 'Suivez la qualité du réseau pour être prévenu de chaque nouvelle réponse sur la couverture, la 4G et la 5G.',
    kudosTitle: 'Donnez des kudos', kudosText: 'Une réponse vous a aidé ? Un pouce levé aide les autres clients et remercie son auteur.', liveTitle: 'En direct', liveText: 'Ouvrez cette page dans un second onglet avec un autre client : les nouvelles réponses, les kudos et les solutions acceptées apparaissent aussitôt dans l’autre onglet.',
    signInTitle: 'Se connecter à Nuvo', signInText: 'Voici la connexion propre au site. Dans la démo, choisissez un client :', cancel: 'Annuler',
    anonymous: 'Non connecté', signedInAs: 'Connecté en tant que',
  },
  vi: {
    navMobile: 'Di động', navInternet: 'Internet gia đình', navSupport: 'Hỗ trợ', navAccount: 'Nuvo của tôi', navModeration: 'Kiểm duyệt', navIdeas: 'Ý tưởng', navLive: 'Hỏi đáp trực tiếp', liveSessions: 'Các phiên',
    crumbSupport: 'Hỗ trợ', crumbCommunity: 'Cộng đồng',
    helpTitle: 'Vẫn cần trợ giúp?', helpText: 'Đội ngũ hỗ trợ trả lời trong cộng đồng mỗi ngày, 8:00–22:00.',
    helpChat: 'Trò chuyện với chúng tôi', helpCall: 'Gọi 111 từ thuê bao Nuvo',
    followTitle: 'Luôn cập nhật', followText: 'Theo dõi chất lượng mạng để nhận mọi câu trả lời mới về vùng phủ sóng, 4G và 5G.',
    kudosTitle: 'Tặng kudos', kudosText: 'Thấy câu trả lời hữu ích? Một lượt thích giúp khách hàng khác tìm thấy và cảm ơn người viết.', liveTitle: 'Trực tiếp', liveText: 'Mở trang này ở một thẻ thứ hai với tư cách khách hàng khác: câu trả lời mới, lượt thích và giải pháp được chấp nhận hiện ngay trong thẻ kia.',
    signInTitle: 'Đăng nhập Nuvo', signInText: 'Đây là trang đăng nhập của chính trang web. Trong bản demo, hãy chọn một khách hàng:', cancel: 'Hủy',
    anonymous: 'Chưa đăng nhập', signedInAs: 'Đã đăng nhập:',
  },
  ur: {
    navMobile: 'موبائل', navInternet: 'ہوم انٹرنیٹ', navSupport: 'مدد', navAccount: 'میرا نوو', navModeration: 'نگرانی', navIdeas: 'آئیڈیاز', navLive: 'لائیو سیشن', liveSessions: 'سیشن',
    crumbSupport: 'مدد', crumbCommunity: 'کمیونٹی',
    helpTitle: 'کیا آپ کو مزید مدد چاہیے؟', helpText: 'ہماری سپورٹ ٹیم روزانہ 8:00 سے 22:00 تک کمیونٹی میں جواب دیتی ہے۔',
    helpChat: 'ہم سے چیٹ کریں', helpCall: 'اپنی نوو لائن سے 111 پر کال کریں',
    followTitle: 'باخبر رہیں', followText: 'نیٹ ورک کوالٹی کو فالو کریں تاکہ کوریج، 4G اور 5G کے بارے میں ہر نیا جواب آپ تک پہنچے۔',
    kudosTitle: 'لائک کریں', kudosText: 'کوئی جواب کام آیا؟ آپ کا لائک دوسرے صارفین کو اسے ڈھونڈنے میں مدد دیتا ہے اور لکھنے والے کا شکریہ بھی ادا کرتا ہے۔', liveTitle: 'لائیو', liveText: 'یہ صفحہ دوسرے ٹیب میں کسی اور صارف کے طور پر کھولیں: نئے جوابات، لائکس اور قبول شدہ حل فوراً دوسرے ٹیب میں نظر آئیں گے۔',
    signInTitle: 'نوو میں سائن اِن کریں', signInText: 'یہ ویب سائٹ کا اپنا سائن اِن ہے۔ ڈیمو میں کوئی صارف منتخب کریں:', cancel: 'منسوخ کریں',
    anonymous: 'سائن اِن نہیں', signedInAs: 'سائن اِن بطور',
  },
  de: {
    navMobile: 'Mobilfunk', navInternet: 'Internet zu Hause', navSupport: 'Hilfe', navAccount: 'Mein Nuvo', navModeration: 'Moderation', navIdeas: 'Ideen', navLive: 'Live-Fragestunden', liveSessions: 'Fragestunden',
    crumbSupport: 'Hilfe', crumbCommunity: 'Community',
    helpTitle: 'Brauchen Sie weitere Hilfe?', helpText: 'Unser Serviceteam antwortet täglich von 8:00 bis 22:00 Uhr in der Community.',
    helpChat: 'Chatten Sie mit uns', helpCall: 'Rufen Sie von Ihrem Nuvo-Anschluss die 111 an',
    followTitle: 'Bleiben Sie informiert', followText: 'Folgen Sie „Netzqualität“, um jede neue Antwort zu Netzabdeckung, 4G und 5G zu erhalten.',
    kudosTitle: 'Kudos geben', kudosText: 'War eine Antwort hilfreich? Ein Daumen hoch hilft anderen Kundinnen und Kunden, sie zu finden, und dankt der Person, die sie geschrieben hat.', liveTitle: 'Live', liveText: 'Öffnen Sie diese Seite in einem zweiten Tab als anderer Kunde: Neue Antworten, Kudos und akzeptierte Lösungen erscheinen dort sofort.',
    signInTitle: 'Bei Nuvo anmelden', signInText: 'Dies ist die eigene Anmeldung der Website. Wählen Sie in der Demo einen Kunden:', cancel: 'Abbrechen',
    anonymous: 'Nicht angemeldet', signedInAs: 'Angemeldet als',
  },
  hi: {
    navMobile: 'मोबाइल', navInternet: 'होम इंटरनेट', navSupport: 'सहायता', navAccount: 'मेरा नुवो', navModeration: 'मॉडरेशन', navIdeas: 'सुझाव', navLive: 'लाइव सेशन', liveSessions: 'सेशन',
    crumbSupport: 'सहायता', crumbCommunity: 'कम्युनिटी',
    helpTitle: 'क्या आपको और मदद चाहिए?', helpText: 'हमारी सपोर्ट टीम रोज़ 8:00 से 22:00 बजे तक कम्युनिटी में जवाब देती है।',
    helpChat: 'हमसे चैट करें', helpCall: 'अपनी नुवो लाइन से 111 पर कॉल करें',
    followTitle: 'जानकारी पाते रहें', followText: 'नेटवर्क क्वालिटी को फ़ॉलो करें, ताकि कवरेज, 4G और 5G पर हर नए जवाब की ख़बर आपको मिले।',
    kudosTitle: 'लाइक करें', kudosText: 'कोई जवाब काम आया? आपका लाइक दूसरे ग्राहकों को उसे ढूँढने में मदद करता है और लिखने वाले का धन्यवाद भी करता है।', liveTitle: 'लाइव', liveText: 'यह पेज दूसरे टैब में किसी दूसरे ग्राहक के रूप में खोलें: नए जवाब, लाइक और स्वीकार किए गए समाधान तुरंत दूसरे टैब में दिखेंगे।',
    signInTitle: 'नुवो में साइन इन करें', signInText: 'यह वेबसाइट का अपना साइन-इन है। डेमो में कोई ग्राहक चुनें:', cancel: 'रद्द करें',
    anonymous: 'साइन इन नहीं किया', signedInAs: 'इस नाम से साइन इन:',
  },
};

const users = new Map(seed.users.map((u) => [u.id, u]));
const questionIds = new Set(seed.questions.map((q) => q.id));
const routeQuestion = () => /^#\/questions\/([^/?]+)/.exec(location.hash)?.[1];
// An old-style ?q= link opens that thread.
if (!location.hash && questionIds.has(params.get('q') ?? '')) location.hash = `#/questions/${params.get('q')}`;
// The demo's own controls follow a seeded question (an unknown id still shows the thread's "not found").
const routed = routeQuestion();
let questionId = routed && questionIds.has(routed) ? routed : 'q-1';
let lang = (params.get('lang') ?? 'en') as Lang;
if (!(lang in pageText)) lang = 'en';
const askerOf = (id: string) => seed.questions.find((q) => q.id === id)!.authorId;

/** The viewer choice: anonymous, a member, the asker of the shown question, staff. */
const viewerChoices = () => [
  { value: '', label: 'Anonymous' },
  { value: 'u-noura', label: `Member — ${users.get('u-noura')!.name}` },
  { value: 'asker', label: `Asker — ${users.get(askerOf(questionId))!.name}` },
  { value: 'u-khalid', label: `Expert — ${users.get('u-khalid')!.name}` },
  { value: 'u-sophie', label: `Moderator — ${users.get('u-sophie')!.name}` },
  { value: 'u-layla', label: `Staff — ${users.get('u-layla')!.name}` },
];
let viewerChoice = params.get('viewer') ?? '';
const viewerId = () => (viewerChoice === 'asker' ? askerOf(questionId) : viewerChoice || null);

const endpoint = import.meta.env?.VITE_MAJLIS_ENDPOINT as string | undefined;

/** The host's sign-in, on the reference server: its development login issues a token for a seeded user. */
const tokens = new Map<string, Promise<string>>();
function tokenFor(userId: string): Promise<string> {
  let token = tokens.get(userId);
  if (!token) {
    token = fetch(`${endpoint}/dev/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId }),
    }).then(async (response) => {
      if (!response.ok) throw new Error(`dev login failed: HTTP ${response.status}`);
      return ((await response.json()) as { token: string }).token;
    });
    token.catch(() => tokens.delete(userId));
    tokens.set(userId, token);
  }
  return token;
}

/**
 * The "Failures" control (`?fail=vote`): the in-browser adapter's simulated network, so the error states show.
 * `vote`, `acceptAnswer`, `postAnswer`, `askQuestion`: that call fails; `mutations`/`reads`: every change/read fails;
 * `flaky`: one call in four fails at random, each after 0.3–1.5 s.
 */
let failChoice = params.get('fail') ?? '';
function simulation(choice: string): SimulationOptions {
  if (choice === 'flaky') return { latency: [300, 1500], failRate: 0.25 };
  const failures = ['vote', 'acceptAnswer', 'postAnswer', 'askQuestion', 'moderate', 'setIdeaStatus', 'mutations', 'reads'];
  return failures.includes(choice) ? { latency: 300, failures: { [choice]: 'network' } } : { latency: 300 };
}

const adapter = endpoint
  ? new RestAdapter({ endpoint, getToken: () => (viewerId() ? tokenFor(viewerId()!) : null) })
  : new MemoryAdapter({ seed, viewerId: viewerId(), persist: 'local-storage', storageKey: 'demo', simulate: simulation(failChoice) });
const store = configure({ adapter });
$('data-source').textContent = endpoint ? `Data: reference server (${endpoint})` : 'Data: in-browser';
$('reset').hidden = !(adapter instanceof MemoryAdapter);
$('fail-control').hidden = !(adapter instanceof MemoryAdapter);

/**
 * The page shown: the community, or (`?page=moderation`) the moderation queue, linked from the header for
 * moderators and staff. The queue is created the first time it shows, so other visitors never load its code.
 */
let page = (['moderation', 'ideas', 'live'] as const).find((name) => name === params.get('page')) ?? 'community';
let queue: HTMLElement | undefined;
/** The ideas page (`?page=ideas`), beside the community: created the first time it shows, like the queue. */
let ideas: HTMLElement | undefined;

function showIdeas(): void {
  const showing = page === 'ideas';
  if (showing && !ideas) {
    ideas = document.createElement('majlis-ideas');
    ideas.setAttribute('heading-level', '1');
    ideas.setAttribute('category', 'other');
    $('content').append(ideas);
  }
  if (ideas) ideas.hidden = !showing;
  if (showing) $('community').hidden = true;
  const link = $('ideas-link');
  if (showing) link.setAttribute('aria-current', 'page');
  else link.removeAttribute('aria-current');
  if (showing) {
    for (const nav of document.querySelectorAll('.site-header nav a[data-t="navSupport"]')) nav.removeAttribute('aria-current');
    $('crumb-category').textContent = pageText[lang].navIdeas;
    $('crumb-tail').hidden = false;
  }
}

/**
 * The live sessions page (`?page=live`): the session running today, and links to next week's and last week's (the
 * archive). On the in-browser adapter a scripted host answers a waiting question every ~8 s while it shows.
 */
let live: HTMLElement | undefined;
let stopHost: (() => void) | undefined;

function showLive(): void {
  const showing = page === 'live';
  if (showing && !live) {
    live = document.createElement('div');
    const sessions = document.createElement('nav');
    sessions.className = 'live-sessions';
    sessions.setAttribute('aria-labelledby', 'live-sessions-label');
    const label = document.createElement('span');
    label.id = 'live-sessions-label';
    label.dataset.t = 'liveSessions';
    label.textContent = pageText[lang].liveSessions;
    const element = document.createElement('majlis-live-session');
    element.setAttribute('heading-level', '1');
    element.setAttribute('session-id', params.get('session') ?? LIVE_SESSION_ID);
    const links = (seed.liveSessions ?? []).map((session) => {
      const link = document.createElement('a');
      link.href = `?page=live&session=${session.id}`;
      link.textContent = session.title;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        element.setAttribute('session-id', session.id);
        for (const other of links) other.removeAttribute('aria-current');
        link.setAttribute('aria-current', 'page');
      });
      if (session.id === element.getAttribute('session-id')) link.setAttribute('aria-current', 'page');
      return link;
    });
    sessions.append(label, ...links);
    live.append(sessions, element);
    $('content').append(live);
  }
  if (live) live.hidden = !showing;
  if (showing) $('community').hidden = true;
  const link = $('live-link');
  if (showing) link.setAttribute('aria-current', 'page');
  else link.removeAttribute('aria-current');
  if (showing) {
    for (const nav of document.querySelectorAll('.site-header nav a[data-t="navSupport"]')) nav.removeAttribute('aria-current');
    $('crumb-category').textContent = pageText[lang].navLive;
    $('crumb-tail').hidden = false;
  }
  if (showing && !stopHost && adapter instanceof MemoryAdapter) stopHost = startScriptedHost(seed, 'demo');
  if (!showing) {
    stopHost?.();
    stopHost = undefined;
  }
}

function showPage(): void {
  const moderating = page === 'moderation';
  if (moderating && !queue) {
    queue = document.createElement('majlis-moderation-queue');
    queue.setAttribute('heading-level', '1');
    queue.setAttribute('href-pattern', '#/questions/{id}');
    $('content').append(queue);
  }
  $('community').hidden = moderating;
  if (queue) queue.hidden = !moderating;
  $('layout').classList.toggle('layout--wide', moderating);
  const link = $('moderation-link');
  if (moderating) link.setAttribute('aria-current', 'page');
  else link.removeAttribute('aria-current');
  for (const nav of document.querySelectorAll('.site-header nav a[data-t="navSupport"]')) {
    if (moderating) nav.removeAttribute('aria-current');
    else nav.setAttribute('aria-current', 'page');
  }
  showBreadcrumb();
}

/** Moderators and staff see the header's link to the queue. */
function showModerationLink(): void {
  const role = users.get(viewerId() ?? '')?.role;
  $('moderation-link').hidden = role !== 'moderator' && role !== 'staff';
}

function remember(): void {
  const next = new URLSearchParams({ lang, viewer: viewerChoice });
  if (page === 'moderation' || page === 'ideas' || page === 'live') next.set('page', page);
  if (failChoice) next.set('fail', failChoice);
  if (themeSelect.value !== 'light dark') next.set('theme', themeSelect.value);
  if (brandSelect.value !== 'nuvo') next.set('brand', brandSelect.value);
  history.replaceState(history.state, '', `?${next.toString()}${location.hash}`); // the community keeps its scroll there
}

function showSignedIn(): void {
  showModerationLink();
  const id = viewerId();
  const t = pageText[lang];
  $('signed-in').textContent = id ? `${t.signedInAs} ${users.get(id)!.name}` : t.anonymous;
}

function applyViewer(): void {
  if (adapter instanceof MemoryAdapter) adapter.setViewer(viewerId());
  store.reset();
  showSignedIn();
}

/** A sign-in from Majlis's request: the store reads the viewer again in place and the reader's action resumes. */
async function signedIn(login: LoginRequestDetail | undefined): Promise<void> {
  if (adapter instanceof MemoryAdapter) adapter.setViewer(viewerId());
  showSignedIn();
  await (login ? login.signedIn() : store.refreshViewer());
}

function showBreadcrumb(): void {
  if (page === 'moderation' || page === 'ideas' || page === 'live') {
    $('crumb-category').textContent = pageText[lang][page === 'ideas' ? 'navIdeas' : page === 'live' ? 'navLive' : 'navModeration'];
    $('crumb-tail').hidden = false;
    return;
  }
  const id = routeQuestion();
  const shown = id ? seed.questions.find((q) => q.id === id) : undefined;
  const category = shown && seed.categories.find((c) => c.id === shown.categoryId);
  $('crumb-category').textContent = category ? (category.names?.[lang] ?? category.name) : '';
  $('crumb-tail').hidden = !category;
}

function applyLanguage(): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' || lang === 'ur' ? 'rtl' : 'ltr';
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) el.textContent = pageText[lang][el.dataset.t!] ?? '';
  showBreadcrumb();
  showSignedIn();
}

/** The operator brands of demo/brands.css: Majlis is themed by tokens and parts alone. */
const BRANDS: Record<string, { name: string; home: string }> = {
  nuvo: { name: 'nuvo', home: 'Nuvo Mobile home' },
  brio: { name: 'brio', home: 'Brio home' },
  sao: { name: 'Sao Mobile', home: 'Sao Mobile home' },
};

function applyBrand(): void {
  const brand = BRANDS[brandSelect.value];
  document.documentElement.dataset['brand'] = brandSelect.value;
  $('logo-name').textContent = brand.name;
  document.querySelector('.logo')!.setAttribute('aria-label', brand.home);
}

function fillSelect(select: HTMLSelectElement, options: { value: string; label: string }[], value: string): void {
  select.replaceChildren(...options.map((o) => new Option(o.label, o.value, false, o.value === value)));
}

const viewerSelect = $<HTMLSelectElement>('viewer');
const questionSelect = $<HTMLSelectElement>('question');
const languageSelect = $<HTMLSelectElement>('language');
const themeSelect = $<HTMLSelectElement>('theme');
const brandSelect = $<HTMLSelectElement>('brand');
const failSelect = $<HTMLSelectElement>('fail');

fillSelect(viewerSelect, viewerChoices(), viewerChoice);
fillSelect(
  questionSelect,
  seed.questions.map((q) => ({ value: q.id, label: `${q.id} · ${q.language} · ${q.title.slice(0, 48)}` })),
  questionId,
);
languageSelect.value = lang;
failSelect.value = failChoice;
themeSelect.value = params.get('theme') ?? 'light dark';
document.documentElement.style.colorScheme = themeSelect.value;
brandSelect.value = BRANDS[params.get('brand') ?? ''] ? params.get('brand')! : 'nuvo';
applyBrand();
// Screenshots of the page alone (scripts/theme-screenshots.sh): `?bar=hidden`.
$('demo-bar').hidden = params.get('bar') === 'hidden';

viewerSelect.addEventListener('change', () => {
  viewerChoice = viewerSelect.value;
  applyViewer();
  remember();
});
languageSelect.addEventListener('change', () => {
  lang = languageSelect.value as Lang;
  applyLanguage();
  remember();
});
failSelect.addEventListener('change', () => {
  failChoice = failSelect.value;
  if (adapter instanceof MemoryAdapter) adapter.setSimulation(simulation(failChoice));
  remember();
});
brandSelect.addEventListener('change', () => {
  applyBrand();
  remember();
});
themeSelect.addEventListener('change', () => {
  document.documentElement.style.colorScheme = themeSelect.value;
  remember();
});
questionSelect.addEventListener('change', () => {
  location.hash = `#/questions/${questionSelect.value}`;
});
// The community routes through the hash; the demo follows it for the breadcrumb and the "asker" viewer.
window.addEventListener('hashchange', () => {
  // A thread opened from the queue (its links use the community's routes) shows in the community.
  if ((page === 'moderation' || page === 'ideas' || page === 'live') && location.hash.startsWith('#/')) {
    page = 'community';
    showPage();
    showIdeas();
    showLive();
  }
  const id = routeQuestion();
  if (id && questionIds.has(id)) {
    questionId = id;
    questionSelect.value = id;
    fillSelect(viewerSelect, viewerChoices(), viewerChoice);
    if (viewerChoice === 'asker') applyViewer();
  }
  showBreadcrumb();
  remember();
});
$('reset').addEventListener('click', () => {
  if (adapter instanceof MemoryAdapter) adapter.reset();
  store.reset();
});

// The host page owns sign-in: Majlis only asks for it.
const dialog = $<HTMLDialogElement>('sign-in');
/** The request being answered: told how the sign-in ended, so the kudos, answer or question resumes. */
let login: LoginRequestDetail | undefined;
document.addEventListener('majlis-login-request', (event) => {
  login = event.detail;
  const buttons = ['u-noura', askerOf(questionId), 'u-khalid', 'u-sophie', 'u-layla'].map((id) => {
    const button = document.createElement('button');
    button.value = id;
    button.textContent = users.get(id)!.name;
    return button;
  });
  $('sign-in-users').replaceChildren(...buttons);
  dialog.showModal();
});
dialog.addEventListener('close', () => {
  const id = dialog.returnValue;
  const request = login;
  login = undefined;
  dialog.returnValue = '';
  if (!users.has(id)) return request?.cancelled();
  viewerChoice = id === askerOf(questionId) ? 'asker' : id;
  viewerSelect.value = viewerChoice;
  void signedIn(request);
  remember();
});

$('moderation-link').addEventListener('click', (event) => {
  event.preventDefault();
  page = 'moderation';
  showPage();
  showIdeas();
  showLive();
  remember();
});
$('live-link').addEventListener('click', (event) => {
  event.preventDefault();
  page = 'live';
  showPage();
  showIdeas();
  showLive();
  remember();
});
$('ideas-link').addEventListener('click', (event) => {
  event.preventDefault();
  page = 'ideas';
  showPage();
  showIdeas();
  showLive();
  remember();
});
// The community's own links ("Community" in the breadcrumb) bring it back.
document.querySelector('.breadcrumb a[href="#/"]')!.addEventListener('click', () => {
  page = 'community';
  showPage();
  showIdeas();
  showLive();
  remember();
});

applyLanguage();
showPage();
showIdeas();
showLive();
