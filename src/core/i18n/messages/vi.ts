import type { Messages } from './types.js';

/** Vietnamese. Nouns do not inflect for number, so counts have one form. */
export const vi: Messages = {
  post: {
    answerBy: (name) => `Câu trả lời của ${name}`,
    acceptedByAsker: 'Được người hỏi chấp nhận',
    acceptedBy: (name) => `Được ${name} chấp nhận`,
    editedOn: (date) => `Đã sửa vào ${date}`,
    writtenIn: (language) => `Viết bằng ${language}`,
  },
  thread: {
    sortLabel: 'Sắp xếp câu trả lời',
    sort: { votes: 'Nhiều kudos nhất', newest: 'Mới nhất trước', oldest: 'Cũ nhất trước' },
    showMoreAnswers: (remaining, f) =>
      remaining === undefined ? 'Xem thêm câu trả lời' : f.plural(remaining, { other: 'Xem thêm # câu trả lời' }),
    noAnswers: 'Chưa có câu trả lời — hãy là người đầu tiên giúp đỡ.',
    notFound: 'Không tìm thấy câu hỏi này. Có thể câu hỏi đã bị xóa hoặc liên kết không đúng.',
    loading: 'Đang tải câu hỏi…',
    loadingMore: 'Đang tải thêm câu trả lời…',
  },
  vote: {
    label: (n, f) => f.plural(n, { other: 'Thích, # lượt thích' }),
    ownPost: 'Bạn không thể thích bài viết của chính mình',
    notAllowed: 'Bạn không thể thích bài viết này',
  },
  accept: {
    mark: 'Chấp nhận làm giải pháp',
    unmark: 'Giải pháp được chấp nhận — hoàn tác',
    marked: 'Đã đánh dấu là giải pháp được chấp nhận',
    unmarked: 'Không còn là giải pháp được chấp nhận',
  },
  composer: {
    label: 'Câu trả lời của bạn',
    modes: 'Chế độ soạn thảo',
    write: 'Viết',
    preview: 'Xem trước',
    nothingToPreview: 'Chưa có nội dung để xem trước.',
    toolbar: 'Định dạng',
    bold: 'In đậm',
    italic: 'In nghiêng',
    link: 'Liên kết',
    code: 'Mã',
    list: 'Danh sách dấu đầu dòng',
    characters: (count, max, f) => `${f.number(count)} / ${f.number(max)}`,
    charactersLabel: (count, max, f) => f.plural(max, { other: `${f.number(count)} trên # ký tự` }),
    charactersLeft: (n, f) => f.plural(n, { other: 'Còn # ký tự' }),
    tooLong: (n, f) => f.plural(n, { other: 'Câu trả lời của bạn dài quá # ký tự.' }),
    tooShort: (n, f) => f.plural(n, { other: 'Hãy viết ít nhất # ký tự để đăng câu trả lời.' }),
    language: 'Ngôn ngữ của câu trả lời',
    languageHint: (question, writing) =>
      `Câu hỏi này được viết bằng ${question}. Bạn đang viết bằng ${writing} — đặt ngôn ngữ của câu trả lời thành ${writing}?`,
    languageHintChosen: (answer, writing) =>
      `Ngôn ngữ của câu trả lời đang là ${answer}, nhưng bạn đang viết bằng ${writing}. Chuyển sang ${writing}?`,
    switchLanguage: (language) => `Chuyển sang ${language}`,
    keepLanguage: 'Giữ nguyên',
    submit: 'Đăng câu trả lời',
    posting: 'Đang đăng…',
    posted: 'Câu trả lời của bạn đã được đăng.',
    signInPrompt: 'Bạn biết câu trả lời? Hãy đăng nhập để chia sẻ với cộng đồng.',
    signIn: 'Đăng nhập để trả lời',
    locked: 'Câu hỏi này đã bị khóa và không nhận thêm câu trả lời mới.',
    cannotAnswer: 'Không thể trả lời câu hỏi này.',
  },
  common: {
    retry: 'Thử lại',
    loading: 'Đang tải…',
    cancel: 'Hủy',
    close: 'Đóng',
    signIn: 'Đăng nhập',
    showMore: 'Xem thêm',
  },
  error: {
    unauthenticated: 'Vui lòng đăng nhập để thực hiện thao tác này.',
    forbidden: 'Bạn không có quyền thực hiện thao tác này.',
    'not-found': 'Không tìm thấy nội dung này. Có thể nội dung đã bị di chuyển hoặc xóa.',
    conflict: 'Người khác vừa thay đổi nội dung này cùng lúc. Vui lòng tải lại trang và thử lại.',
    invalid: 'Một số thông tin bạn nhập không hợp lệ. Vui lòng kiểm tra và thử lại.',
    invalidField: (field) => `Vui lòng kiểm tra trường “${field}”.`,
    'rate-limited': (seconds, f) =>
      `Bạn thực hiện thao tác này quá nhiều lần. ${
        seconds === undefined ? 'Vui lòng đợi một lát rồi thử lại.' : f.plural(seconds, { other: 'Vui lòng thử lại sau # giây.' })
      }`,
    network: 'Có vẻ bạn đang ngoại tuyến. Vui lòng kiểm tra kết nối và thử lại.',
    unavailable: 'Cộng đồng tạm thời không khả dụng. Vui lòng thử lại sau vài phút.',
    unknown: 'Đã xảy ra lỗi. Vui lòng thử lại.',
  },
  field: {
    title: 'Tiêu đề',
    body: 'Nội dung',
    category: 'Danh mục',
    language: 'Ngôn ngữ',
    tags: 'Thẻ',
    cursor: 'Vị trí trong danh sách',
  },
  config: {
    noAdapter:
      'Thành phần cộng đồng này chưa có nguồn dữ liệu. Hãy đặt nó bên trong <majlis-community>, gọi configure({ adapter }) một lần trên trang hoặc thêm thuộc tính endpoint cho nó.',
    restUnavailable:
      'Thuộc tính endpoint cần bộ điều hợp REST, nhưng bản dựng Majlis này không có. Hãy tải gói majlis đầy đủ hoặc truyền bộ điều hợp qua configure({ adapter }).',
  },
  count: {
    kudos: (n, f) => f.plural(n, { other: '# lượt thích' }),
    answers: (n, f) => f.plural(n, { other: '# câu trả lời' }),
    questions: (n, f) => f.plural(n, { other: '# câu hỏi' }),
    points: (n, f) => f.plural(n, { other: '# điểm' }),
    acceptedSolutions: (n, f) => f.plural(n, { other: '# giải pháp được chấp nhận' }),
  },
  role: {
    member: 'Thành viên',
    expert: 'Chuyên gia',
    staff: 'Nhân viên',
    moderator: 'Điều hành viên',
  },
  userCard: {
    unknownUser: 'Thành viên không xác định',
    reputation: 'Uy tín',
    rank: 'Thứ hạng',
    acceptedSolutions: 'Giải pháp được chấp nhận',
    kudosReceived: 'Lượt thích đã nhận',
    memberSince: 'Thành viên từ',
    rankValue: (rank, f) => `Hạng ${f.number(rank)} trong cộng đồng`,
    unranked: 'Chưa được xếp hạng',
  },
  status: {
    open: 'Đang mở',
    locked: 'Đã khóa',
    solved: 'Đã giải quyết',
    acceptedSolution: 'Giải pháp được chấp nhận',
    mostHelpful: 'Hữu ích nhất',
    edited: 'Đã chỉnh sửa',
  },
};
