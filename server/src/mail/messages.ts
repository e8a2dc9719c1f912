import { primaryLanguage } from '#majlis/core/contract/language.js';
import type { IdeaStatus } from '#majlis/core/idea-names.js';
import { ar } from '#majlis/core/i18n/messages/ar.js';
import { en } from '#majlis/core/i18n/messages/en.js';
import { fr } from '#majlis/core/i18n/messages/fr.js';
import { nl } from '#majlis/core/i18n/messages/nl.js';
import { vi } from '#majlis/core/i18n/messages/vi.js';
import { ur } from '#majlis/core/i18n/messages/ur.js';
import { de } from '#majlis/core/i18n/messages/de.js';
import { hi } from '#majlis/core/i18n/messages/hi.js';
import type { Messages } from '#majlis/core/i18n/messages/types.js';

/** One answer a mail tells about. */
export interface AnsweredItem {
  kind: 'answer';
  questionTitle: string;
  questionUrl: string;
  author: string;
  excerpt: string;
}

/** A change of an idea's status a mail tells about, with the team's public note. */
export interface IdeaStatusItem {
  kind: 'idea-status';
  ideaTitle: string;
  ideaUrl: string;
  status: IdeaStatus;
  by: string;
  note: string | null;
}

/** A host's answer in a live session the member follows; `first`: the session's first one (it has begun). */
export interface SessionAnswerItem extends Omit<AnsweredItem, 'kind'> {
  kind: 'session-answer';
  sessionTitle: string;
  first: boolean;
}

export type MailItem = AnsweredItem | IdeaStatusItem | SessionAnswerItem;

interface Texts {
  dir: 'ltr' | 'rtl';
  subject(title: string): string;
  digestSubject(count: number): string;
  answered(author: string, title: string): string;
  digestIntro: string;
  /** A digest that also tells of ideas' statuses. */
  digestUpdatesSubject(count: number): string;
  digestUpdatesIntro: string;
  /** `status` is the status's name as the ideas element shows it. */
  statusSubject(title: string, status: string): string;
  statusChanged(title: string, status: string): string;
  noteBy(name: string): string;
  openIdea: string;
  whyIdea: string;
  /** A host's answer in a followed live session, and the mail of its first one. */
  sessionSubject(session: string, title: string): string;
  sessionStarted(session: string): string;
  sessionAnswered(author: string, title: string, session: string): string;
  whySession: string;
  open: string;
  why: string;
  unsubscribe: string;
  /** The page an unsubscribe link opens. */
  unsubscribed: string;
  badLink: string;
}

/** The mails' texts, as a native speaker writes them; `{}` placeholders are filled with escaped user text. */
const TEXTS: Record<string, Texts> = {
  en: {
    dir: 'ltr',
    subject: (title) => `New answer: ${title}`,
    digestSubject: (count) => (count === 1 ? 'Today: 1 new answer in what you follow' : `Today: ${count} new answers in what you follow`),
    answered: (author, title) => `${author} answered “${title}”`,
    digestIntro: 'New answers today in the questions and categories you follow:',
    digestUpdatesSubject: (count) => (count === 1 ? 'Today: 1 update in what you follow' : `Today: ${count} updates in what you follow`),
    digestUpdatesIntro: 'Today’s news in the questions, ideas and categories you follow:',
    statusSubject: (title, status) => `Idea “${title}” is now: ${status}`,
    statusChanged: (title, status) => `“${title}” is now: ${status}`,
    noteBy: (name) => `A note from ${name}, for the team:`,
    openIdea: 'See the idea',
    whyIdea: 'You get this mail because you shared or follow this idea.',
    sessionSubject: (session, title) => `${session}: answer to “${title}”`,
    sessionStarted: (session) => `${session} has started: the first answers are in`,
    sessionAnswered: (author, title, session) => `${author} answered “${title}” during “${session}”`,
    whySession: 'You get this mail because you follow this live session.',
    open: 'Read the answer',
    why: 'You get this mail because you follow this question or its category.',
    unsubscribe: 'Stop these mails',
    unsubscribed: 'Done: you will get no more mails about what you follow. You can turn them on again in your notification settings.',
    badLink: 'This unsubscribe link is not valid. Copy the whole link from the mail, or change your notification settings once signed in.',
  },
  ar: {
    dir: 'rtl',
    subject: (title) => `إجابة جديدة: ${title}`,
    digestSubject: (count) => (count === 1 ? 'اليوم: إجابة جديدة واحدة فيما تتابعه' : count === 2 ? 'اليوم: إجابتان جديدتان فيما تتابعه' : `اليوم: إجابات جديدة فيما تتابعه (${count})`),
    answered: (author, title) => `أجاب ${author} عن «${title}»`,
    digestIntro: 'إجابات جديدة اليوم في الأسئلة والفئات التي تتابعها:',
    digestUpdatesSubject: (count) => (count === 1 ? 'اليوم: تحديث واحد فيما تتابعه' : count === 2 ? 'اليوم: تحديثان فيما تتابعه' : `اليوم: تحديثات فيما تتابعه (${count})`),
    digestUpdatesIntro: 'جديد اليوم في الأسئلة والأفكار والفئات التي تتابعها:',
    statusSubject: (title, status) => `الفكرة «${title}» أصبحت: ${status}`,
    statusChanged: (title, status) => `«${title}» أصبحت: ${status}`,
    noteBy: (name) => `ملاحظة من ${name} باسم الفريق:`,
    openIdea: 'اطّلع على الفكرة',
    whyIdea: 'تصلك هذه الرسالة لأنك صاحب هذه الفكرة أو تتابعها.',
    sessionSubject: (session, title) => `الجلسة «${session}»: إجابة عن «${title}»`,
    sessionStarted: (session) => `بدأت الجلسة «${session}»: وصلت أولى الإجابات`,
    sessionAnswered: (author, title, session) => `أجاب ${author} عن «${title}» خلال الجلسة «${session}»`,
    whySession: 'تصلك هذه الرسالة لأنك تتابع هذه الجلسة المباشرة.',
    open: 'اقرأ الإجابة',
    why: 'تصلك هذه الرسالة لأنك تتابع هذا السؤال أو فئته.',
    unsubscribe: 'إيقاف هذه الرسائل',
    unsubscribed: 'تم: لن تصلك بعد الآن رسائل عمّا تتابعه. يمكنك تفعيلها من جديد في إعدادات الإشعارات.',
    badLink: 'رابط إلغاء الاشتراك هذا غير صالح. انسخ الرابط كاملًا من الرسالة، أو غيّر إعدادات الإشعارات بعد تسجيل الدخول.',
  },
  fr: {
    dir: 'ltr',
    subject: (title) => `Nouvelle réponse : ${title}`,
    digestSubject: (count) => (count === 1 ? 'Aujourd’hui : 1 nouvelle réponse dans vos suivis' : `Aujourd’hui : ${count} nouvelles réponses dans vos suivis`),
    answered: (author, title) => `${author} a répondu à « ${title} »`,
    digestIntro: 'Nouvelles réponses du jour dans les questions et catégories que vous suivez :',
    digestUpdatesSubject: (count) => (count === 1 ? 'Aujourd’hui : 1 nouveauté dans vos suivis' : `Aujourd’hui : ${count} nouveautés dans vos suivis`),
    digestUpdatesIntro: 'Les nouveautés du jour dans les questions, idées et catégories que vous suivez :',
    statusSubject: (title, status) => `Idée « ${title} » : ${status}`,
    statusChanged: (title, status) => `« ${title} » est maintenant : ${status}`,
    noteBy: (name) => `Un mot de ${name}, pour l’équipe :`,
    openIdea: 'Voir l’idée',
    whyIdea: 'Vous recevez ce message parce que vous avez proposé ou suivez cette idée.',
    sessionSubject: (session, title) => `${session} : réponse à « ${title} »`,
    sessionStarted: (session) => `La session « ${session} » a commencé : les premières réponses sont là`,
    sessionAnswered: (author, title, session) => `${author} a répondu à « ${title} » pendant la session « ${session} »`,
    whySession: 'Vous recevez ce message parce que vous suivez cette session en direct.',
    open: 'Lire la réponse',
    why: 'Vous recevez ce message parce que vous suivez cette question ou sa catégorie.',
    unsubscribe: 'Ne plus recevoir ces messages',
    unsubscribed: 'C’est fait : vous ne recevrez plus de messages sur vos suivis. Vous pouvez les réactiver dans vos réglages de notification.',
    badLink: 'Ce lien de désinscription n’est pas valide. Copiez le lien entier depuis le message, ou modifiez vos réglages de notification une fois connecté.',
  },
  nl: {
    dir: 'ltr',
    subject: (title) => `Nieuw antwoord: ${title}`,
    digestSubject: (count) => (count === 1 ? 'Vandaag: 1 nieuw antwoord in wat je volgt' : `Vandaag: ${count} nieuwe antwoorden in wat je volgt`),
    answered: (author, title) => `${author} beantwoordde “${title}”`,
    digestIntro: 'Nieuwe antwoorden van vandaag in de vragen en categorieën die je volgt:',
    digestUpdatesSubject: (count) => (count === 1 ? 'Vandaag: 1 update in wat je volgt' : `Vandaag: ${count} updates in wat je volgt`),
    digestUpdatesIntro: 'Nieuw vandaag in de vragen, ideeën en categorieën die je volgt:',
    statusSubject: (title, status) => `Idee “${title}”: ${status}`,
    statusChanged: (title, status) => `“${title}” staat nu op: ${status}`,
    noteBy: (name) => `Een woordje van ${name}, namens het team:`,
    openIdea: 'Idee bekijken',
    whyIdea: 'Je krijgt deze mail omdat je dit idee hebt ingediend of volgt.',
    sessionSubject: (session, title) => `${session}: antwoord op “${title}”`,
    sessionStarted: (session) => `“${session}” is begonnen: de eerste antwoorden zijn er`,
    sessionAnswered: (author, title, session) => `${author} beantwoordde “${title}” tijdens “${session}”`,
    whySession: 'Je krijgt deze mail omdat je deze livesessie volgt.',
    open: 'Antwoord lezen',
    why: 'Je krijgt deze mail omdat je deze vraag of haar categorie volgt.',
    unsubscribe: 'Geen mails meer',
    unsubscribed: 'Gelukt: je krijgt geen mails meer over wat je volgt. Je kunt ze weer aanzetten in je meldingsinstellingen.',
    badLink: 'Deze afmeldlink klopt niet. Kopieer de volledige link uit de mail, of pas je meldingsinstellingen aan nadat je bent aangemeld.',
  },
  vi: {
    dir: 'ltr',
    subject: (title) => `Câu trả lời mới: ${title}`,
    digestSubject: (count) => `Hôm nay: ${count} câu trả lời mới trong mục bạn theo dõi`,
    answered: (author, title) => `${author} đã trả lời “${title}”`,
    digestIntro: 'Các câu trả lời mới hôm nay trong những câu hỏi và chuyên mục bạn theo dõi:',
    digestUpdatesSubject: (count) => `Hôm nay: ${count} cập nhật trong mục bạn theo dõi`,
    digestUpdatesIntro: 'Tin mới hôm nay trong những câu hỏi, ý tưởng và chuyên mục bạn theo dõi:',
    statusSubject: (title, status) => `Ý tưởng “${title}”: ${status}`,
    statusChanged: (title, status) => `“${title}” hiện ở trạng thái: ${status}`,
    noteBy: (name) => `Lời nhắn của ${name}, thay mặt đội ngũ:`,
    openIdea: 'Xem ý tưởng',
    whyIdea: 'Bạn nhận được thư này vì bạn đã gửi hoặc đang theo dõi ý tưởng này.',
    sessionSubject: (session, title) => `${session}: đã có câu trả lời cho “${title}”`,
    sessionStarted: (session) => `“${session}” đã bắt đầu: đã có những câu trả lời đầu tiên`,
    sessionAnswered: (author, title, session) => `${author} đã trả lời “${title}” trong phiên “${session}”`,
    whySession: 'Bạn nhận được thư này vì bạn theo dõi phiên hỏi đáp trực tiếp này.',
    open: 'Đọc câu trả lời',
    why: 'Bạn nhận được thư này vì bạn theo dõi câu hỏi này hoặc chuyên mục của nó.',
    unsubscribe: 'Ngừng nhận thư này',
    unsubscribed: 'Xong: bạn sẽ không nhận thư về những mục bạn theo dõi nữa. Bạn có thể bật lại trong phần cài đặt thông báo.',
    badLink: 'Liên kết hủy đăng ký này không hợp lệ. Hãy sao chép toàn bộ liên kết trong thư, hoặc thay đổi cài đặt thông báo sau khi đăng nhập.',
  },
  ur: {
    dir: 'rtl',
    subject: (title) => `نیا جواب: ${title}`,
    digestSubject: (count) => (count === 1 ? 'آج: آپ کی فالو کی گئی چیزوں میں 1 نیا جواب' : `آج: آپ کی فالو کی گئی چیزوں میں ${count} نئے جوابات`),
    answered: (author, title) => `${author} نے ”${title}“ کا جواب دیا`,
    digestIntro: 'آج آپ کے فالو کیے گئے سوالات اور زمروں میں نئے جوابات:',
    digestUpdatesSubject: (count) => (count === 1 ? 'آج: آپ کی فالو کی گئی چیزوں میں 1 نئی اپ ڈیٹ' : `آج: آپ کی فالو کی گئی چیزوں میں ${count} نئی اپ ڈیٹس`),
    digestUpdatesIntro: 'آج آپ کے فالو کیے گئے سوالات، آئیڈیاز اور زمروں میں نیا کیا ہے:',
    statusSubject: (title, status) => `آئیڈیا ”${title}“ کا اسٹیٹس اب: ${status}`,
    statusChanged: (title, status) => `”${title}“ کا اسٹیٹس اب: ${status}`,
    noteBy: (name) => `ٹیم کی طرف سے ${name} کا نوٹ:`,
    openIdea: 'آئیڈیا دیکھیں',
    whyIdea: 'آپ کو یہ ای میل اس لیے ملی ہے کہ آپ نے یہ آئیڈیا دیا ہے یا اسے فالو کرتے ہیں۔',
    sessionSubject: (session, title) => `${session}: ”${title}“ کا جواب آ گیا`,
    sessionStarted: (session) => `”${session}“ شروع ہو گیا: پہلے جوابات آ گئے ہیں`,
    sessionAnswered: (author, title, session) => `${author} نے ”${session}“ کے دوران ”${title}“ کا جواب دیا`,
    whySession: 'آپ کو یہ ای میل اس لیے ملی ہے کہ آپ یہ لائیو سیشن فالو کرتے ہیں۔',
    open: 'جواب پڑھیں',
    why: 'آپ کو یہ ای میل اس لیے ملی ہے کہ آپ یہ سوال یا اس کا زمرہ فالو کرتے ہیں۔',
    unsubscribe: 'یہ ای میلز بند کریں',
    unsubscribed: 'ہو گیا: اب آپ کو فالو کی گئی چیزوں کے بارے میں ای میلز نہیں آئیں گی۔ آپ انہیں اپنی نوٹیفکیشن سیٹنگز میں دوبارہ آن کر سکتے ہیں۔',
    badLink: 'ان سبسکرائب کا یہ لنک درست نہیں۔ ای میل سے پورا لنک کاپی کریں، یا سائن اِن کر کے اپنی نوٹیفکیشن سیٹنگز بدلیں۔',
  },
  de: {
    dir: 'ltr',
    subject: (title) => `Neue Antwort: ${title}`,
    digestSubject: (count) => (count === 1 ? 'Heute: 1 neue Antwort in Themen, denen Sie folgen' : `Heute: ${count} neue Antworten in Themen, denen Sie folgen`),
    answered: (author, title) => `${author} hat „${title}“ beantwortet`,
    digestIntro: 'Neue Antworten von heute in den Fragen und Kategorien, denen Sie folgen:',
    digestUpdatesSubject: (count) => (count === 1 ? 'Heute: 1 Neuigkeit in Themen, denen Sie folgen' : `Heute: ${count} Neuigkeiten in Themen, denen Sie folgen`),
    digestUpdatesIntro: 'Neues von heute in den Fragen, Ideen und Kategorien, denen Sie folgen:',
    statusSubject: (title, status) => `Idee „${title}“: ${status}`,
    statusChanged: (title, status) => `„${title}“ hat jetzt den Status: ${status}`,
    noteBy: (name) => `Ein Hinweis von ${name} im Namen des Teams:`,
    openIdea: 'Idee ansehen',
    whyIdea: 'Sie erhalten diese E-Mail, weil Sie diese Idee eingereicht haben oder ihr folgen.',
    sessionSubject: (session, title) => `${session}: Antwort auf „${title}“`,
    sessionStarted: (session) => `„${session}“ hat begonnen: Die ersten Antworten sind da`,
    sessionAnswered: (author, title, session) => `${author} hat „${title}“ in „${session}“ beantwortet`,
    whySession: 'Sie erhalten diese E-Mail, weil Sie dieser Live-Fragestunde folgen.',
    open: 'Antwort lesen',
    why: 'Sie erhalten diese E-Mail, weil Sie dieser Frage oder ihrer Kategorie folgen.',
    unsubscribe: 'Diese E-Mails abbestellen',
    unsubscribed: 'Erledigt: Sie erhalten keine E-Mails mehr zu Themen, denen Sie folgen. In Ihren Benachrichtigungseinstellungen können Sie sie wieder einschalten.',
    badLink: 'Dieser Abmeldelink ist ungültig. Kopieren Sie den vollständigen Link aus der E-Mail oder ändern Sie Ihre Benachrichtigungseinstellungen, nachdem Sie sich angemeldet haben.',
  },
  hi: {
    dir: 'ltr',
    subject: (title) => `नया जवाब: ${title}`,
    digestSubject: (count) => (count === 1 ? 'आज: आपकी फ़ॉलो की गई चीज़ों में 1 नया जवाब' : `आज: आपकी फ़ॉलो की गई चीज़ों में ${count} नए जवाब`),
    answered: (author, title) => `${author} ने “${title}” का जवाब दिया`,
    digestIntro: 'आप जिन सवालों और श्रेणियों को फ़ॉलो करते हैं, उनमें आज के नए जवाब:',
    digestUpdatesSubject: (count) => (count === 1 ? 'आज: आपकी फ़ॉलो की गई चीज़ों में 1 नया अपडेट' : `आज: आपकी फ़ॉलो की गई चीज़ों में ${count} नए अपडेट`),
    digestUpdatesIntro: 'आप जिन सवालों, सुझावों और श्रेणियों को फ़ॉलो करते हैं, उनमें आज क्या नया है:',
    statusSubject: (title, status) => `सुझाव “${title}” की स्थिति अब: ${status}`,
    statusChanged: (title, status) => `“${title}” की स्थिति अब: ${status}`,
    noteBy: (name) => `टीम की ओर से ${name} का नोट:`,
    openIdea: 'सुझाव देखें',
    whyIdea: 'आपको यह ई-मेल इसलिए मिला है क्योंकि आपने यह सुझाव दिया है या इसे फ़ॉलो करते हैं।',
    sessionSubject: (session, title) => `${session}: “${title}” का जवाब आ गया`,
    sessionStarted: (session) => `“${session}” शुरू हो गया: पहले जवाब आ गए हैं`,
    sessionAnswered: (author, title, session) => `${author} ने “${session}” के दौरान “${title}” का जवाब दिया`,
    whySession: 'आपको यह ई-मेल इसलिए मिला है क्योंकि आप इस लाइव सेशन को फ़ॉलो करते हैं।',
    open: 'जवाब पढ़ें',
    why: 'आपको यह ई-मेल इसलिए मिला है क्योंकि आप इस सवाल या इसकी श्रेणी को फ़ॉलो करते हैं।',
    unsubscribe: 'ये ई-मेल बंद करें',
    unsubscribed: 'हो गया: अब आपको फ़ॉलो की गई चीज़ों के बारे में ई-मेल नहीं आएँगे। आप इन्हें अपनी नोटिफ़िकेशन सेटिंग में फिर से चालू कर सकते हैं।',
    badLink: 'अनसब्सक्राइब का यह लिंक सही नहीं है। ई-मेल से पूरा लिंक कॉपी करें, या साइन इन करके अपनी नोटिफ़िकेशन सेटिंग बदलें।',
  },
};

export const MAIL_LANGUAGES = Object.keys(TEXTS);

/** User text into HTML: the five characters that matter, escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The ideas element's names of statuses, per mail language (the same words as on the page). */
const CATALOGS: Record<string, Messages> = { en, ar, fr, nl, vi, ur, de, hi };

function textsFor(language: string): { lang: string; texts: Texts; statuses: Messages['ideas']['statuses'] } {
  const lang = primaryLanguage(language);
  const found = TEXTS[lang] === undefined ? 'en' : lang;
  return { lang: found, texts: TEXTS[found], statuses: (CATALOGS[found] ?? en).ideas.statuses };
}

/** An item's heading, excerpt (the answer, or the team's note), link text and link. */
function parts(item: MailItem, texts: Texts, statuses: Messages['ideas']['statuses']) {
  if (item.kind === 'answer') {
    return { heading: texts.answered(item.author, item.questionTitle), intro: null, excerpt: item.excerpt, open: texts.open, url: item.questionUrl };
  }
  if (item.kind === 'session-answer') {
    const heading = texts.sessionAnswered(item.author, item.questionTitle, item.sessionTitle);
    return { heading, intro: null, excerpt: item.excerpt, open: texts.open, url: item.questionUrl };
  }
  const heading = texts.statusChanged(item.ideaTitle, statuses[item.status]);
  return { heading, intro: item.note === null ? null : texts.noteBy(item.by), excerpt: item.note, open: texts.openIdea, url: item.ideaUrl };
}

/** The subject, plain text and HTML of a mail about `items` (one: an immediate mail; several: a digest). */
export function composeMail(
  language: string,
  items: MailItem[],
  unsubscribeUrl: string,
  digest: boolean,
): { subject: string; text: string; html: string } {
  const { lang, texts, statuses } = textsFor(language);
  const first = items[0];
  const updates = items.some((item) => item.kind === 'idea-status');
  let subject: string;
  if (digest) subject = updates ? texts.digestUpdatesSubject(items.length) : texts.digestSubject(items.length);
  else if (first.kind === 'answer') subject = texts.subject(first.questionTitle);
  else if (first.kind === 'session-answer') {
    subject = first.first ? texts.sessionStarted(first.sessionTitle) : texts.sessionSubject(first.sessionTitle, first.questionTitle);
  } else subject = texts.statusSubject(first.ideaTitle, statuses[first.status]);
  const intro = digest ? [updates ? texts.digestUpdatesIntro : texts.digestIntro] : [];
  const why = [
    ...(items.some((item) => item.kind === 'answer') ? [texts.why] : []),
    ...(updates ? [texts.whyIdea] : []),
    ...(items.some((item) => item.kind === 'session-answer') ? [texts.whySession] : []),
  ].join(' ');
  const shown = items.map((item) => parts(item, texts, statuses));
  const textItems = shown.map(({ heading, intro: by, excerpt, open, url }) =>
    [heading, ...(by === null ? [] : [by]), ...(excerpt === null ? [] : [excerpt]), `${open}: ${url}`].join('\n\n'),
  );
  const text = [...intro, ...textItems, `--\n${why}\n${texts.unsubscribe}: ${unsubscribeUrl}`].join('\n\n');
  const htmlItems = shown
    .map(
      ({ heading, intro: by, excerpt, open, url }) =>
        `<h2 style="font-size:1.1em">${escapeHtml(heading)}</h2>` +
        (by === null ? '' : `<p>${escapeHtml(by)}</p>`) +
        (excerpt === null
          ? ''
          : `<blockquote style="margin-inline:0;padding-inline-start:1em;border-inline-start:3px solid #ccc">${escapeHtml(excerpt).replace(/\n/g, '<br>')}</blockquote>`) +
        `<p><a href="${escapeHtml(url)}">${escapeHtml(open)}</a></p>`,
    )
    .join('');
  const html =
    `<!doctype html><html lang="${lang}" dir="${texts.dir}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body dir="${texts.dir}">${intro.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}${htmlItems}` +
    `<hr><p style="color:#555;font-size:0.9em">${escapeHtml(why)} <a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(texts.unsubscribe)}</a></p></body></html>`;
  return { subject, text, html };
}

/** The small page an unsubscribe link answers with, in `language`. */
export function unsubscribePage(language: string, ok: boolean): string {
  const { lang, texts } = textsFor(language);
  const message = escapeHtml(ok ? texts.unsubscribed : texts.badLink);
  return `<!doctype html><html lang="${lang}" dir="${texts.dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(texts.unsubscribe)}</title></head><body><p>${message}</p></body></html>`;
}
