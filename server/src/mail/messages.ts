import { primaryLanguage } from '#majlis/core/contract/language.js';

/** One answer a mail tells about. */
export interface AnsweredItem {
  questionTitle: string;
  questionUrl: string;
  author: string;
  excerpt: string;
}

interface Texts {
  dir: 'ltr' | 'rtl';
  subject(title: string): string;
  digestSubject(count: number): string;
  answered(author: string, title: string): string;
  digestIntro: string;
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
    open: 'Đọc câu trả lời',
    why: 'Bạn nhận được thư này vì bạn theo dõi câu hỏi này hoặc chuyên mục của nó.',
    unsubscribe: 'Ngừng nhận thư này',
    unsubscribed: 'Xong: bạn sẽ không nhận thư về những mục bạn theo dõi nữa. Bạn có thể bật lại trong phần cài đặt thông báo.',
    badLink: 'Liên kết hủy đăng ký này không hợp lệ. Hãy sao chép toàn bộ liên kết trong thư, hoặc thay đổi cài đặt thông báo sau khi đăng nhập.',
  },
};

export const MAIL_LANGUAGES = Object.keys(TEXTS);

/** User text into HTML: the five characters that matter, escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function textsFor(language: string): { lang: string; texts: Texts } {
  const lang = primaryLanguage(language);
  const texts = TEXTS[lang];
  return texts === undefined ? { lang: 'en', texts: TEXTS.en } : { lang, texts };
}

/** The subject, plain text and HTML of a mail about `items` (one: an immediate mail; several: a digest). */
export function composeMail(
  language: string,
  items: AnsweredItem[],
  unsubscribeUrl: string,
  digest: boolean,
): { subject: string; text: string; html: string } {
  const { lang, texts } = textsFor(language);
  const first = items[0];
  const subject = digest ? texts.digestSubject(items.length) : texts.subject(first.questionTitle);
  const textItems = items.map((item) => `${texts.answered(item.author, item.questionTitle)}\n\n${item.excerpt}\n\n${texts.open}: ${item.questionUrl}`);
  const text = [...(digest ? [texts.digestIntro] : []), ...textItems, `--\n${texts.why}\n${texts.unsubscribe}: ${unsubscribeUrl}`].join('\n\n');
  const htmlItems = items
    .map(
      (item) =>
        `<h2 style="font-size:1.1em">${escapeHtml(texts.answered(item.author, item.questionTitle))}</h2>` +
        `<blockquote style="margin-inline:0;padding-inline-start:1em;border-inline-start:3px solid #ccc">${escapeHtml(item.excerpt).replace(/\n/g, '<br>')}</blockquote>` +
        `<p><a href="${escapeHtml(item.questionUrl)}">${escapeHtml(texts.open)}</a></p>`,
    )
    .join('');
  const html =
    `<!doctype html><html lang="${lang}" dir="${texts.dir}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body dir="${texts.dir}">${digest ? `<p>${escapeHtml(texts.digestIntro)}</p>` : ''}${htmlItems}` +
    `<hr><p style="color:#555;font-size:0.9em">${escapeHtml(texts.why)} <a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(texts.unsubscribe)}</a></p></body></html>`;
  return { subject, text, html };
}

/** The small page an unsubscribe link answers with, in `language`. */
export function unsubscribePage(language: string, ok: boolean): string {
  const { lang, texts } = textsFor(language);
  const message = escapeHtml(ok ? texts.unsubscribed : texts.badLink);
  return `<!doctype html><html lang="${lang}" dir="${texts.dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(texts.unsubscribe)}</title></head><body><p>${message}</p></body></html>`;
}
