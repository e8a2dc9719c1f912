import type { Messages } from './types.js';

/**
 * Modern Standard Arabic. Counts use all six CLDR forms: zero (لا …), one and two (the noun alone,
 * in singular and dual), few (3–10: plural), many (11–99: singular accusative), other (100+: singular).
 */
export const ar: Messages = {
  community: {
    navigation: 'المجتمع',
    allQuestions: 'كل الأسئلة',
    ask: 'اطرح سؤالًا',
    back: 'العودة إلى كل الأسئلة',
    listHeading: 'أسئلة المجتمع',
    askHeading: 'اسأل المجتمع',
  },
  post: {
    answerBy: (name) => `إجابة من ${name}`,
    acceptedByAsker: 'اعتمدها صاحب السؤال',
    acceptedBy: (name) => `اعتمدها ${name}`,
    editedOn: (date) => `عُدّلت في ${date}`,
    writtenIn: (language) => `مكتوبة باللغة: ${language}`,
    tags: 'الوسوم',
    tagFilter: (tag) => `عرض الأسئلة الموسومة بـ«${tag}»`,
    moreActions: 'إجراءات أخرى',
    history: 'تم التعديل: عرض سجل التعديلات',
  },
  postState: {
    hidden: (reason) => (reason ? `أخفى أحد المشرفين هذه المشاركة: ${reason}` : 'أخفى أحد المشرفين هذه المشاركة.'),
    review: 'هذه المشاركة مخفية إلى أن يراجعها المشرفون.',
    deletedByAuthor: 'حذفها كاتبها.',
    deleted: (reason) => (reason ? `حذفها أحد المشرفين: ${reason}` : 'حذفها أحد المشرفين.'),
    pending: 'بانتظار الموافقة',
    visibleTo: 'لا يراها إلا كاتبها والمشرفون.',
  },
  thread: {
    sortLabel: 'ترتيب الإجابات',
    sort: { votes: 'الأكثر إعجابًا', newest: 'الأحدث أولًا', oldest: 'الأقدم أولًا' },
    showMoreAnswers: (remaining, f) =>
      remaining === undefined
        ? 'عرض مزيد من الإجابات'
        : f.plural(remaining, {
            one: 'عرض إجابة أخرى',
            two: 'عرض إجابتين أخريين',
            few: 'عرض # إجابات أخرى',
            many: 'عرض # إجابةً أخرى',
            other: 'عرض # إجابة أخرى',
          }),
    noAnswers: 'لا توجد إجابات بعد — كن أول من يساعد.',
    notFound: 'لم نعثر على هذا السؤال. ربما حُذف أو أن الرابط غير صحيح.',
    loading: 'جارٍ تحميل السؤال…',
    loadingMore: 'جارٍ تحميل مزيد من الإجابات…',
    link: 'رابط',
    answerLink: (name) => `رابط إجابة ${name}`,
    linkCopied: 'تم نسخ الرابط',
    linkNotCopied: 'تعذّر نسخ الرابط؛ تجده الآن في شريط العنوان',
  },
  questionList: {
    label: 'الأسئلة',
    filters: 'تصفية الأسئلة',
    search: 'بحث',
    category: 'الفئة',
    allCategories: 'كل الفئات',
    status: 'الحالة',
    statusOptions: { all: 'كل الأسئلة', unanswered: 'بلا إجابة', unsolved: 'لم تُحلّ بعد', solved: 'تم حلّها' },
    language: 'اللغة',
    allLanguages: 'كل اللغات',
    sort: 'الترتيب حسب',
    sortOptions: { activity: 'آخر نشاط', newest: 'الأحدث', votes: 'الأكثر إعجابًا', relevance: 'الأكثر صلة' },
    active: 'آخر نشاط',
    results: (n, f) =>
      f.plural(n, {
        zero: 'لا توجد أسئلة مطابقة',
        one: 'سؤال واحد مطابق',
        two: 'سؤالان مطابقان',
        few: '# أسئلة مطابقة',
        many: '# سؤالًا مطابقًا',
        other: '# سؤال مطابق',
      }),
    loadMore: (remaining, f) =>
      remaining === undefined || remaining === 0
        ? 'تحميل مزيد من الأسئلة'
        : f.plural(remaining, {
            one: 'تحميل سؤال آخر',
            two: 'تحميل سؤالين آخرين',
            few: 'تحميل # أسئلة أخرى',
            many: 'تحميل # سؤالًا آخر',
            other: 'تحميل # سؤال آخر',
          }),
    loadingMore: 'جارٍ تحميل مزيد من الأسئلة…',
    loaded: (n, f) =>
      f.plural(n, {
        zero: 'لم تُحمَّل أسئلة أخرى',
        one: 'تم تحميل سؤال آخر',
        two: 'تم تحميل سؤالين آخرين',
        few: 'تم تحميل # أسئلة أخرى',
        many: 'تم تحميل # سؤالًا آخر',
        other: 'تم تحميل # سؤال آخر',
      }),
    loading: 'جارٍ تحميل الأسئلة…',
    empty: 'لا توجد أسئلة تطابق عوامل التصفية هذه.',
    noQuestions: 'لا توجد أسئلة بعد — كن أول من يسأل.',
    clearFilters: 'مسح عوامل التصفية',
    filtersToggle: 'عوامل التصفية',
    activeFilters: (n, f) =>
      f.plural(n, {
        zero: 'لا شيء مفعّل',
        one: 'عامل واحد مفعّل',
        two: 'عاملان مفعّلان',
        few: '# عوامل مفعّلة',
        many: '# عاملًا مفعّلًا',
        other: '# عامل مفعّل',
      }),
    taggedWith: (tag) => `الوسم: «${tag}»`,
    clearTag: (tag) => `إزالة تصفية الوسم «${tag}»`,
  },
  vote: {
    // The button shows the number, so the name writes it as a numeral in every form: after a numeral
    // 3–10 take the plural, 11–99 the singular accusative, and 0, 1, 2 and 100+ the singular.
    label: (n, f) =>
      f.plural(n, {
        few: 'أعجبني، # إعجابات',
        many: 'أعجبني، # إعجابًا',
        other: 'أعجبني، # إعجاب',
      }),
    ownPost: 'لا يمكنك الإعجاب بمشاركتك',
    notAllowed: 'لا يمكن الإعجاب بهذه المشاركة',
  },
  accept: {
    mark: 'قبول كحل',
    unmark: 'حل مقبول — تراجع',
    marked: 'تم قبول الإجابة كحل',
    unmarked: 'لم تعد هذه الإجابة الحل المقبول',
  },
  composer: {
    label: 'إجابتك',
    modes: 'وضع المحرر',
    write: 'كتابة',
    preview: 'معاينة',
    nothingToPreview: 'لا يوجد ما يمكن معاينته بعد.',
    toolbar: 'التنسيق',
    bold: 'غامق',
    italic: 'مائل',
    link: 'رابط',
    linkText: 'نص الرابط',
    code: 'شيفرة برمجية',
    list: 'قائمة نقطية',
    characters: (count, max, f) => `${f.number(count)} / ${f.number(max)}`,
    charactersLabel: (count, max, f) =>
      f.plural(max, {
        one: `${f.number(count)} من أصل حرف واحد`,
        two: `${f.number(count)} من أصل حرفين`,
        few: `${f.number(count)} من أصل # أحرف`,
        many: `${f.number(count)} من أصل # حرفًا`,
        other: `${f.number(count)} من أصل # حرف`,
      }),
    charactersLeft: (n, f) =>
      f.plural(n, {
        zero: 'لم يتبقَّ أي حرف',
        one: 'تبقّى حرف واحد',
        two: 'تبقّى حرفان',
        few: 'تبقّت # أحرف',
        many: 'تبقّى # حرفًا',
        other: 'تبقّى # حرف',
      }),
    tooLong: (n, f) =>
      f.plural(n, {
        one: 'إجابتك أطول من الحد المسموح به بحرف واحد.',
        two: 'إجابتك أطول من الحد المسموح به بحرفين.',
        few: 'إجابتك أطول من الحد المسموح به بـ# أحرف.',
        many: 'إجابتك أطول من الحد المسموح به بـ# حرفًا.',
        other: 'إجابتك أطول من الحد المسموح به بـ# حرف.',
      }),
    tooShort: (n, f) =>
      f.plural(n, {
        one: 'اكتب حرفًا واحدًا على الأقل لنشر إجابة.',
        two: 'اكتب حرفين على الأقل لنشر إجابة.',
        few: 'اكتب # أحرف على الأقل لنشر إجابة.',
        many: 'اكتب # حرفًا على الأقل لنشر إجابة.',
        other: 'اكتب # حرف على الأقل لنشر إجابة.',
      }),
    language: 'لغة الإجابة',
    languageHint: (question, writing) =>
      `هذا السؤال باللغة ${question}، لكنك تكتب باللغة ${writing}. هل تريد تعيين لغة الإجابة إلى ${writing}؟`,
    languageHintChosen: (answer, writing) =>
      `لغة الإجابة المحددة هي ${answer}، لكنك تكتب باللغة ${writing}. هل تريد تغييرها إلى ${writing}؟`,
    switchLanguage: (language) => `التبديل إلى ${language}`,
    keepLanguage: 'إبقاء اللغة كما هي',
    submit: 'نشر الإجابة',
    posting: 'جارٍ النشر…',
    posted: 'تم نشر إجابتك.',
    pending: 'إجابتك بانتظار موافقة أحد المشرفين. وحتى ذلك الحين لا يراها إلا أنت والمشرفون.',
    signInPrompt: 'هل تعرف الإجابة؟ سجّل الدخول لمشاركتها مع المجتمع.',
    signIn: 'سجّل الدخول للإجابة',
    locked: 'هذا السؤال مقفل ولا يقبل إجابات جديدة.',
    cannotAnswer: 'لا تتوفر إمكانية الإجابة عن هذا السؤال.',
  },
  askForm: {
    label: 'اسأل المجتمع',
    title: 'العنوان',
    titleHint: 'لخّص مشكلتك في جملة واحدة، مثل: «لا يعمل 4G بعد نقل eSIM إلى هاتف جديد».',
    titleRequired: 'اكتب عنوانًا لسؤالك.',
    titleTooShort: (n, f) =>
      f.plural(n, {
        one: 'اجعل العنوان حرفًا واحدًا على الأقل.',
        two: 'اجعل العنوان حرفين على الأقل.',
        few: 'اجعل العنوان # أحرف على الأقل.',
        many: 'اجعل العنوان # حرفًا على الأقل.',
        other: 'اجعل العنوان # حرف على الأقل.',
      }),
    titleTooLong: (n, f) =>
      f.plural(n, {
        one: 'العنوان أطول من الحد المسموح به بحرف واحد.',
        two: 'العنوان أطول من الحد المسموح به بحرفين.',
        few: 'العنوان أطول من الحد المسموح به بـ# أحرف.',
        many: 'العنوان أطول من الحد المسموح به بـ# حرفًا.',
        other: 'العنوان أطول من الحد المسموح به بـ# حرف.',
      }),
    body: 'التفاصيل',
    bodyHint: 'نوع هاتفك وباقتك وما جرّبته. لا تشارك أبدًا رمز PIN أو كلمات المرور أو أرقام البطاقات.',
    bodyRequired: 'صِف مشكلتك.',
    bodyTooShort: (n, f) =>
      f.plural(n, {
        one: 'اكتب حرفًا واحدًا على الأقل.',
        two: 'اكتب حرفين على الأقل.',
        few: 'اكتب # أحرف على الأقل.',
        many: 'اكتب # حرفًا على الأقل.',
        other: 'اكتب # حرف على الأقل.',
      }),
    bodyTooLong: (n, f) =>
      f.plural(n, {
        one: 'التفاصيل أطول من الحد المسموح به بحرف واحد.',
        two: 'التفاصيل أطول من الحد المسموح به بحرفين.',
        few: 'التفاصيل أطول من الحد المسموح به بـ# أحرف.',
        many: 'التفاصيل أطول من الحد المسموح به بـ# حرفًا.',
        other: 'التفاصيل أطول من الحد المسموح به بـ# حرف.',
      }),
    category: 'الفئة',
    chooseCategory: 'اختر فئة…',
    categoryRequired: 'اختر الفئة الأنسب لسؤالك.',
    language: 'لغة سؤالك',
    optional: '(اختياري)',
    tags: 'الوسوم',
    tagsHint: (max, f) => `حتى ${f.number(max)} وسوم، افصل بينها بفاصلة أو بمفتاح الإدخال، مثل: esim، تجوال.`,
    tagTooLong: (n, f) =>
      f.plural(n, {
        one: 'لا يتجاوز الوسم حرفًا واحدًا.',
        two: 'لا يتجاوز الوسم حرفين.',
        few: 'لا يتجاوز الوسم # أحرف.',
        many: 'لا يتجاوز الوسم # حرفًا.',
        other: 'لا يتجاوز الوسم # حرف.',
      }),
    tooManyTags: (n, f) =>
      f.plural(n, {
        one: 'يمكنك إضافة وسم واحد فقط.',
        two: 'يمكنك إضافة وسمين فقط.',
        few: 'يمكنك إضافة # وسوم كحد أقصى.',
        many: 'يمكنك إضافة # وسمًا كحد أقصى.',
        other: 'يمكنك إضافة # وسم كحد أقصى.',
      }),
    removeTag: (tag) => `إزالة الوسم ${tag}`,
    similarHeading: 'أسئلة مشابهة — ربما أُجيب عن سؤالك من قبل',
    similarFound: (n, f) =>
      f.plural(n, {
        zero: 'لم يُعثر على أسئلة مشابهة',
        one: 'عُثر على سؤال مشابه واحد',
        two: 'عُثر على سؤالين مشابهين',
        few: 'عُثر على # أسئلة مشابهة',
        many: 'عُثر على # سؤالًا مشابهًا',
        other: 'عُثر على # سؤال مشابه',
      }),
    submit: 'نشر السؤال',
    submitting: 'جارٍ النشر…',
    posted: 'تم نشر سؤالك.',
    pending: 'سؤالك بانتظار موافقة أحد المشرفين. وحتى ذلك الحين لا يراه إلا أنت والمشرفون.',
    signInPrompt: 'سجّل الدخول لطرح سؤال على المجتمع.',
    signIn: 'سجّل الدخول لتسأل',
    languageHint: (selected, writing) =>
      `لغة السؤال المحددة هي ${selected}، لكنك تكتب باللغة ${writing}. هل تريد تغييرها إلى ${writing}؟`,
  },
  personalData: {
    heading: 'بيانات شخصية في مشاركتك',
    found: (summary) => `يمكن للجميع قراءة المجتمع. يبدو أن نصّك يحتوي على ${summary}:`,
    phone: (n, f) =>
      f.plural(n, {
        one: 'رقم هاتف',
        two: 'رقمَي هاتف',
        few: '# أرقام هواتف',
        many: '# رقمًا هاتفيًا',
        other: '# رقم هاتف',
      }),
    email: (n, f) =>
      f.plural(n, {
        one: 'عنوان بريد إلكتروني',
        two: 'عنوانَي بريد إلكتروني',
        few: '# عناوين بريد إلكتروني',
        many: '# عنوانًا للبريد الإلكتروني',
        other: '# عنوان بريد إلكتروني',
      }),
    iban: (n, f) =>
      f.plural(n, {
        one: 'رقم حساب مصرفي (IBAN)',
        two: 'رقمَي حساب مصرفي (IBAN)',
        few: '# أرقام حسابات مصرفية (IBAN)',
        many: '# رقمًا لحسابات مصرفية (IBAN)',
        other: '# رقم حساب مصرفي (IBAN)',
      }),
    imei: (n, f) =>
      f.plural(n, {
        one: 'رقم تسلسلي لهاتف (IMEI)',
        two: 'رقمين تسلسليين لهاتفين (IMEI)',
        few: '# أرقام تسلسلية لهواتف (IMEI)',
        many: '# رقمًا تسلسليًا لهواتف (IMEI)',
        other: '# رقم تسلسلي لهواتف (IMEI)',
      }),
    iccid: (n, f) =>
      f.plural(n, {
        one: 'رقم شريحة SIM ‏(ICCID)',
        two: 'رقمَي شريحتَي SIM ‏(ICCID)',
        few: '# أرقام شرائح SIM ‏(ICCID)',
        many: '# رقمًا لشرائح SIM ‏(ICCID)',
        other: '# رقم شريحة SIM ‏(ICCID)',
      }),
    kinds: { phone: 'رقم الهاتف', email: 'البريد الإلكتروني', iban: 'رقم IBAN', imei: 'رقم IMEI', iccid: 'رقم شريحة SIM' },
    explanation: 'أخفِها كي تبقى بضعة أحرف فقط ظاهرة، أو انشر على أي حال إن كانت معلومات عامة، مثل رقم أحد المتاجر.',
    mask: 'أخفِها',
    postAnyway: 'انشر على أي حال',
    masked: 'تم الإخفاء. راجع نصّك قبل النشر.',
  },
  leaderboard: {
    heading: { members: 'أبرز المساهمين', answers: 'الإجابات الأكثر فائدة' },
    period: 'الفترة',
    periods: { week: 'هذا الأسبوع', month: 'هذا الشهر', all: 'كل الأوقات' },
    metric: 'الترتيب حسب',
    metrics: { reputation: 'السمعة المكتسبة', solutions: 'الحلول المقبولة', kudos: 'الإعجابات المتلقّاة' },
    position: (n, f) => `المركز ${f.number(n)}`,
    answerBy: (name) => `إجابة من ${name}`,
    emptyMembers: {
      week: 'لم تُمنح أي إعجابات هذا الأسبوع بعد — ساعد أحدًا وقد تكون الأول.',
      month: 'لم تُمنح أي إعجابات هذا الشهر بعد — ساعد أحدًا وقد تكون الأول.',
      all: 'لم تُمنح أي إعجابات بعد — ساعد أحدًا وقد تكون الأول.',
    },
    emptyAnswers: {
      week: 'لم تتلقَّ أي إجابة إعجابات هذا الأسبوع بعد.',
      month: 'لم تتلقَّ أي إجابة إعجابات هذا الشهر بعد.',
      all: 'لم تتلقَّ أي إجابة إعجابات بعد.',
    },
    loading: 'جارٍ تحميل لوحة المتصدرين…',
    unsupported: 'لا يوفّر هذا المجتمع لوحة للمتصدرين.',
  },
  postActions: {
    edit: 'تعديل',
    delete: 'حذف',
    flag: 'إبلاغ',
    flagged: 'تم الإبلاغ',
    flagTitle: 'الإبلاغ عن هذه المشاركة',
    flagIntro: 'أخبر المشرفين بما فيها من خطأ. سيراجعونها، ولن يعرف كاتبها من أبلغ عنها.',
    reason: 'السبب',
    reasons: {
      spam: 'رسائل مزعجة أو إعلانات',
      abusive: 'مسيئة أو جارحة',
      'off-topic': 'خارج الموضوع',
      'personal-data': 'تكشف بيانات شخصية (رقم هاتف، عنوان…)',
      other: 'سبب آخر',
    },
    note: 'التفاصيل',
    optional: '(اختياري)',
    chooseReason: 'يُرجى اختيار سبب.',
    noteRequired: 'اذكر المشكلة حتى يعرف المشرفون ما الذي يبحثون عنه.',
    sendFlag: 'إرسال إلى المشرفين',
    sending: 'جارٍ الإرسال…',
    thanks: 'شكرًا لك. سيراجع المشرفون هذه المشاركة.',
    deleteTitle: 'هل تريد حذف هذه المشاركة؟',
    deleteText: 'سيرى القراء عبارة «حذفها كاتبها» في مكانها، وتُسحب الإشادات التي حصلت عليها.',
    acceptedTitle: 'لا يمكن حذف هذه الإجابة',
    acceptedText: 'إنها الحل المقبول، ولا يمكن حذفها إلا بعد إلغاء اعتمادها.',
    confirmDelete: 'حذف المشاركة',
    deleting: 'جارٍ الحذف…',
    deleted: 'حُذفت مشاركتك.',
    editLabel: 'تعديل المشاركة',
    title: 'العنوان',
    tags: 'الوسوم',
    tagsHint: 'افصل بين الوسوم بفواصل.',
    editNote: 'ملاحظة التعديل',
    editNoteHint: 'ما الذي غيّرته؟ تظهر الملاحظة في سجل التعديلات.',
    save: 'حفظ التغييرات',
    saving: 'جارٍ الحفظ…',
    saved: 'حُفظت تغييراتك.',
    historyTitle: 'سجل التعديلات',
    historyLoading: 'جارٍ تحميل سجل التعديلات…',
    original: 'النص الأصلي',
    revision: (n, f) => `النسخة ${f.number(n)}`,
    writtenBy: (name) => `كتبها ${name}`,
    editedBy: (name) => `عدّلها ${name}`,
    changes: 'التغييرات عن النسخة السابقة',
    noChanges: 'لم يتغير النص.',
    removed: 'محذوف:',
    added: 'مضاف:',
    changeEnd: 'نهاية التغيير.',
  },
  common: {
    retry: 'إعادة المحاولة',
    loading: 'جارٍ التحميل…',
    cancel: 'إلغاء',
    close: 'إغلاق',
    signIn: 'تسجيل الدخول',
    showMore: 'عرض المزيد',
  },
  error: {
    unauthenticated: 'يُرجى تسجيل الدخول للقيام بذلك.',
    forbidden: 'ليست لديك صلاحية للقيام بذلك.',
    'not-found': 'لم نعثر على ما تبحث عنه، فربما نُقل أو حُذف.',
    conflict: 'عدّل شخص آخر هذا المحتوى في الوقت نفسه. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.',
    invalid: 'بعض ما أدخلته غير صالح. يُرجى مراجعته والمحاولة مرة أخرى.',
    invalidField: (field) => `يُرجى مراجعة حقل «${field}».`,
    'rate-limited': (seconds, f) =>
      `لقد كررت هذا الإجراء مرات كثيرة. ${
        seconds === undefined
          ? 'يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى.'
          : f.plural(seconds, {
              zero: 'يُرجى المحاولة مرة أخرى الآن.',
              one: 'يُرجى المحاولة مرة أخرى بعد ثانية واحدة.',
              two: 'يُرجى المحاولة مرة أخرى بعد ثانيتين.',
              few: 'يُرجى المحاولة مرة أخرى بعد # ثوانٍ.',
              other: 'يُرجى المحاولة مرة أخرى بعد # ثانية.',
            })
      }`,
    retryAt: (when) => `لقد كررت هذا الإجراء مرات كثيرة. يُرجى المحاولة مرة أخرى ${when}.`,
    reasons: {
      'too-many-links': 'لا يمكن للأعضاء الجدد وضع أكثر من بضعة روابط في المشاركة. احذف بعض الروابط ثم حاول مرة أخرى.',
      duplicate: 'لقد نشرت النص نفسه للتو. غيّره، أو انتظر قليلًا قبل نشره مرة أخرى.',
      suspended: (until) =>
        until
          ? `حسابك موقوف حتى ${until}: يمكنك القراءة، لكن لا يمكنك النشر أو الإشادة أو الإبلاغ.`
          : 'حسابك موقوف: يمكنك القراءة، لكن لا يمكنك النشر أو الإشادة أو الإبلاغ.',
      'edit-window': 'انتهت المدة المتاحة لتعديل هذه المشاركة.',
      'accepted-answer': 'لا يمكن حذف إجابة مقبولة، بل يجب إلغاء اعتمادها أولًا.',
      'already-flagged': 'لقد أبلغت عن هذه المشاركة من قبل.',
    },
    network: 'تعذّر الوصول إلى المجتمع. تحقّق من اتصالك وحاول مرة أخرى.',
    unavailable: 'منتدى المجتمع غير متاح مؤقتًا. يُرجى المحاولة مرة أخرى بعد بضع دقائق.',
    notAnswering: 'عنوان منتدى المجتمع لا يستجيب. يُرجى المحاولة لاحقًا، أو إبلاغ الموقع إذا تكرر ذلك.',
    unknown: 'حدث خطأ ما. يُرجى المحاولة مرة أخرى.',
  },
  field: {
    title: 'العنوان',
    body: 'النص',
    category: 'الفئة',
    language: 'اللغة',
    tags: 'الوسوم',
    cursor: 'الموضع في القائمة',
  },
  config: {
    noAdapter:
      'لا يوجد مصدر بيانات لهذا العنصر من عناصر المجتمع. ضعه داخل <majlis-community>، أو استدعِ configure({ adapter }) مرة واحدة في الصفحة، أو أضف إليه السمة endpoint.',
    restUnavailable:
      'تتطلب السمة endpoint محوّل REST، وهو غير مضمَّن في هذا الإصدار من Majlis. حمّل حزمة majlis الكاملة أو مرّر محوّلًا عبر configure({ adapter }).',
  },
  count: {
    kudos: (n, f) =>
      f.plural(n, {
        zero: 'لا إعجابات',
        one: 'إعجاب واحد',
        two: 'إعجابان',
        few: '# إعجابات',
        many: '# إعجابًا',
        other: '# إعجاب',
      }),
    answers: (n, f) =>
      f.plural(n, {
        zero: 'لا إجابات',
        one: 'إجابة واحدة',
        two: 'إجابتان',
        few: '# إجابات',
        many: '# إجابةً',
        other: '# إجابة',
      }),
    questions: (n, f) =>
      f.plural(n, {
        zero: 'لا أسئلة',
        one: 'سؤال واحد',
        two: 'سؤالان',
        few: '# أسئلة',
        many: '# سؤالًا',
        other: '# سؤال',
      }),
    points: (n, f) =>
      f.plural(n, {
        zero: 'لا نقاط',
        one: 'نقطة واحدة',
        two: 'نقطتان',
        few: '# نقاط',
        many: '# نقطةً',
        other: '# نقطة',
      }),
    acceptedSolutions: (n, f) =>
      f.plural(n, {
        zero: 'لا حلول مقبولة',
        one: 'حل مقبول واحد',
        two: 'حلّان مقبولان',
        few: '# حلول مقبولة',
        many: '# حلًّا مقبولًا',
        other: '# حل مقبول',
      }),
    solutions: (n, f) =>
      f.plural(n, { zero: 'لا حلول', one: 'حل واحد', two: 'حلّان', few: '# حلول', many: '# حلًّا', other: '# حل' }),
  },
  role: {
    member: 'عضو',
    expert: 'خبير',
    staff: 'موظف',
    moderator: 'مشرف',
  },
  recognition: {
    ranks: { newcomer: 'عضو جديد', member: 'عضو', helper: 'مساعد', expert: 'خبير', guru: 'مرجع' },
    badges: {
      'first-question': 'السؤال الأول',
      'first-answer': 'الإجابة الأولى',
      'first-solution': 'الحل الأول',
      'ten-solutions': 'عشرة حلول',
      'hundred-kudos': 'مئة إعجاب',
      polyglot: 'متعدد اللغات',
    },
    earnBy: {
      answers: (n, f) =>
        f.plural(n, { one: 'انشر إجابتك الأولى', two: 'انشر إجابتين', few: 'انشر # إجابات', many: 'انشر # إجابةً', other: 'انشر # إجابة' }),
      solutions: (n, f) =>
        f.plural(n, {
          one: 'أن تُقبل إحدى إجاباتك حلًّا',
          two: 'أن تُقبل إجابتان لك حلولًا',
          few: 'أن تُقبل # إجابات لك حلولًا',
          many: 'أن تُقبل # إجابةً لك حلولًا',
          other: 'أن تُقبل # إجابة لك حلولًا',
        }),
      kudosReceived: (n, f) =>
        f.plural(n, { one: 'تلقَّ إعجابًا واحدًا', two: 'تلقَّ إعجابين', few: 'تلقَّ # إعجابات', many: 'تلقَّ # إعجابًا', other: 'تلقَّ # إعجاب' }),
      helpfulLanguages: (n, f) =>
        f.plural(n, {
          one: 'قدّم إجابة مفيدة',
          two: 'قدّم إجابات مفيدة بلغتين',
          few: 'قدّم إجابات مفيدة بـ# لغات',
          many: 'قدّم إجابات مفيدة بـ# لغةً',
          other: 'قدّم إجابات مفيدة بـ# لغة',
        }),
      questions: (n, f) =>
        f.plural(n, { one: 'اطرح سؤالك الأول', two: 'اطرح سؤالين', few: 'اطرح # أسئلة', many: 'اطرح # سؤالًا', other: 'اطرح # سؤال' }),
    },
    earnedOn: (date) => `حصلت عليها في ${date}`,
    earned: (badge) => `حصلت على شارة: ${badge}`,
    pointsTo: (n, rank, f) =>
      f.plural(n, {
        one: `بقيت نقطة واحدة لبلوغ رتبة ${rank}`,
        two: `بقيت نقطتان لبلوغ رتبة ${rank}`,
        few: `بقيت # نقاط لبلوغ رتبة ${rank}`,
        many: `بقيت # نقطةً لبلوغ رتبة ${rank}`,
        other: `بقيت # نقطة لبلوغ رتبة ${rank}`,
      }),
    howItWorks: 'كيف تُحتسب السمعة',
    answerKudos: (n, f) =>
      f.plural(n, { one: '+نقطة واحدة لكل إعجاب على إجابة', two: '+نقطتان لكل إعجاب على إجابة', few: '+# نقاط لكل إعجاب على إجابة', many: '+# نقطةً لكل إعجاب على إجابة', other: '+# نقطة لكل إعجاب على إجابة' }),
    questionKudos: (n, f) =>
      f.plural(n, { one: '+نقطة واحدة لكل إعجاب على سؤال', two: '+نقطتان لكل إعجاب على سؤال', few: '+# نقاط لكل إعجاب على سؤال', many: '+# نقطةً لكل إعجاب على سؤال', other: '+# نقطة لكل إعجاب على سؤال' }),
    acceptedAnswer: (n, f) =>
      f.plural(n, { one: '+نقطة واحدة لكل حل مقبول', two: '+نقطتان لكل حل مقبول', few: '+# نقاط لكل حل مقبول', many: '+# نقطةً لكل حل مقبول', other: '+# نقطة لكل حل مقبول' }),
    questionAsked: (n, f) =>
      f.plural(n, { one: '+نقطة واحدة لكل سؤال تطرحه', two: '+نقطتان لكل سؤال تطرحه', few: '+# نقاط لكل سؤال تطرحه', many: '+# نقطةً لكل سؤال تطرحه', other: '+# نقطة لكل سؤال تطرحه' }),
    dailyCap: (n, f) =>
      f.plural(n, { one: 'نقطة واحدة على الأكثر يوميًا من الإعجابات', two: 'نقطتان على الأكثر يوميًا من الإعجابات', few: '# نقاط على الأكثر يوميًا من الإعجابات', many: '# نقطةً على الأكثر يوميًا من الإعجابات', other: '# نقطة على الأكثر يوميًا من الإعجابات' }),
    undone: 'سحب الإعجاب أو القبول يسترجع نقاطه. ولا تنزل السمعة أبدًا عن الصفر.',
    ranksHeading: 'الرتب',
    from: (n, f) =>
      f.plural(n, { zero: 'من صفر نقاط', one: 'من نقطة واحدة', two: 'من نقطتين', few: 'من # نقاط', many: 'من # نقطةً', other: 'من # نقطة' }),
    badgesHeading: 'الشارات',
  },
  userCard: {
    unknownUser: 'عضو غير معروف',
    reputation: 'السمعة',
    rank: 'الرتبة',
    acceptedSolutions: 'الحلول المقبولة',
    kudosReceived: 'الإعجابات المتلقّاة',
    memberSince: 'عضو منذ',
    badges: 'الشارات',
    position: 'المركز',
    rankValue: (rank, f) => `المرتبة ${f.number(rank)} في المجتمع`,
    unranked: 'لم يُصنَّف بعد',
  },
  status: {
    open: 'مفتوح',
    locked: 'مقفل',
    solved: 'تم الحل',
    acceptedSolution: 'الحل المقبول',
    mostHelpful: 'الأكثر فائدة',
    edited: 'تم التعديل',
  },
};
