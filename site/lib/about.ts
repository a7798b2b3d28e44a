/** The page about the OCOP programme: its address and summary, for the page and the search index. */
export const ABOUT_PAGE = {
  path: '/gioi-thieu/',
  title: 'Về chương trình OCOP',
  description: 'OCOP là gì, sáu nhóm sản phẩm, cách chấm điểm và xếp hạng 3, 4, 5 sao, thời hạn chứng nhận và cách đọc số sao trên trang này.',
  /** The programme's other names. */
  aliases: ['Mỗi xã một sản phẩm', 'One Commune One Product'],
  /** What people ask that this page answers. */
  keywords: ['OCOP là gì', 'xếp hạng sao, chấm điểm, bộ tiêu chí', 'giấy chứng nhận, thời hạn, hết hiệu lực', 'nhãn OCOP trên bao bì'],
} as const
