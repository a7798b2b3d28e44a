/**
 * 8 trainings for OCOP producers: four still open for registration on 26/11/2026, four closed.
 */
import {attachment, hanoi, ref, rich, slug, vietnameseSlug, type Doc} from './lib.ts'

const SCT_HALL = {
  _type: 'venue',
  name: 'Hội trường Sở Công Thương Hà Nội',
  address: 'Số 331 đường Cầu Giấy',
  area: ref('area-cau-giay'),
  location: {_type: 'geopoint', lat: 21.0355, lng: 105.7905},
}

const CONTACT_PHONE = '024 3833 6452'

interface TrainingInput {
  id: string
  title: string
  topic: string
  audience: string
  start: [string, string]
  end: [string, string]
  deadline: [string, string]
  venue?: Record<string, unknown>
  onlineUrl?: string
  seats?: number
  fee: number
  registrationUrl?: string
  contactPhone?: string
  contactEmail?: string
  summary: string
  description: string[]
  attachments?: ReturnType<typeof attachment>[]
}

const TRAININGS: TrainingInput[] = [
  {
    id: 'training-ban-hang-tren-san-thuong-mai-dien-tu',
    title: 'Bán hàng OCOP trên sàn thương mại điện tử',
    topic: 'Thương mại điện tử',
    audience: 'Chủ thể OCOP 3 sao trở lên chưa có gian hàng trực tuyến hoặc mới mở gian hàng',
    start: ['2026-12-08', '8:30'],
    end: ['2026-12-08', '11:30'],
    deadline: ['2026-12-05', '17:00'],
    onlineUrl: 'https://meet.google.com/ocp-tmdt-hnx',
    seats: 150,
    fee: 0,
    registrationUrl: 'https://forms.gle/taphuantmdt122026',
    contactPhone: CONTACT_PHONE,
    summary: 'Buổi học trực tuyến ba giờ: mở gian hàng, đăng sản phẩm có tem OCOP, định giá, đóng gói và trả lời khách.',
    description: [
      'Giảng viên là người vận hành gian hàng của các hợp tác xã đã bán tốt trên sàn. Học viên được xem thao tác trực tiếp trên gian hàng mẫu.',
      '## Nội dung',
      '- Chuẩn bị giấy tờ và mở gian hàng.',
      '- Viết tên, mô tả sản phẩm và đưa thông tin chứng nhận OCOP lên trang.',
      '- Tính phí vận chuyển, đóng gói hàng dễ vỡ và thực phẩm.',
      '- Trả lời đánh giá và xử lý đơn hoàn.',
      'Đường dẫn vào lớp được gửi lại qua tin nhắn một ngày trước buổi học.',
    ],
  },
  {
    id: 'training-thiet-ke-bao-bi-nhan-hang-hoa',
    title: 'Thiết kế bao bì và nhãn hàng hóa cho sản phẩm OCOP',
    topic: 'Bao bì, nhãn hàng hóa',
    audience: 'Hợp tác xã, doanh nghiệp nhỏ và hộ kinh doanh có sản phẩm OCOP nhóm thực phẩm, đồ uống',
    start: ['2026-12-15', '8:00'],
    end: ['2026-12-16', '16:30'],
    deadline: ['2026-12-10', '17:00'],
    venue: SCT_HALL,
    seats: 40,
    fee: 0,
    contactPhone: CONTACT_PHONE,
    contactEmail: 'taphuan.ocop@hanoi.gov.vn',
    summary: 'Hai ngày học tại hội trường Sở Công Thương: nhãn đúng quy định, chọn vật liệu bao bì, làm mẫu hộp và nhận góp ý trực tiếp.',
    description: [
      'Ngày thứ nhất học về thông tin bắt buộc trên nhãn, cách ghi hạn dùng, thành phần và vị trí tem OCOP.',
      'Ngày thứ hai, học viên mang bao bì đang dùng đến lớp để được chuyên gia thiết kế góp ý và làm lại mẫu.',
      'Chương trình chi tiết trong tệp đính kèm. Lớp có 40 chỗ, xếp theo thứ tự đăng ký.',
    ],
    attachments: [
      attachment('Chương trình lớp tập huấn bao bì, nhãn hàng hóa (PDF)', {
        filename: 'chuong-trinh-tap-huan-bao-bi-12-2026.pdf',
        lines: [
          'OCOP Ha Noi - Training programme: packaging and product labels',
          '15-16 December 2026, Hall of the Department of Industry and Trade, 331 Cau Giay',
          'Day 1, 08:00-11:30: mandatory label information, expiry dates, ingredients',
          'Day 1, 13:30-16:30: where to place the OCOP stamp and the QR code',
          'Day 2, 08:00-11:30: packaging materials for food and drinks',
          'Day 2, 13:30-16:30: review of participants\' packaging, one by one',
          'Sample document generated for the OCOP Ha Noi demonstration dataset.',
        ],
      }),
    ],
  },
  {
    id: 'training-truy-xuat-nguon-goc-bang-ma-qr',
    title: 'Truy xuất nguồn gốc bằng mã QR trên tem OCOP',
    topic: 'Truy xuất nguồn gốc',
    audience: 'Chủ thể OCOP đã được cấp tem có mã QR hoặc đang chuẩn bị đăng ký',
    start: ['2027-01-12', '14:00'],
    end: ['2027-01-12', '16:30'],
    deadline: ['2027-01-08', '17:00'],
    onlineUrl: 'https://meet.google.com/ocp-qr-truyxuat',
    seats: 200,
    fee: 0,
    registrationUrl: 'https://forms.gle/taphuanqr012027',
    summary: 'Buổi học trực tuyến về cách cập nhật thông tin lô hàng để mã QR trên tem OCOP luôn đúng với sản phẩm khách cầm trên tay.',
    description: [
      'Hà Nội đã gắn mã QR lên tem OCOP để người mua biết sản phẩm từ đâu. Mã chỉ có ích khi thông tin phía sau được cập nhật theo từng lô.',
      'Buổi học hướng dẫn nhập nhật ký sản xuất, ngày thu hoạch, ngày đóng gói và cách in tem cho từng lô hàng.',
    ],
  },
  {
    id: 'training-an-toan-thuc-pham-co-so-nho',
    title: 'An toàn thực phẩm cho cơ sở sản xuất nhỏ',
    topic: 'An toàn thực phẩm',
    audience: 'Hộ kinh doanh, hợp tác xã chế biến thực phẩm ở các xã phía tây thành phố',
    start: ['2027-03-09', '8:00'],
    end: ['2027-03-09', '16:30'],
    deadline: ['2027-03-02', '17:00'],
    venue: {
      _type: 'venue',
      name: 'Hội trường UBND xã Ba Vì',
      area: ref('area-ba-vi'),
      location: {_type: 'geopoint', lat: 21.0921, lng: 105.3832},
    },
    seats: 60,
    fee: 0,
    contactPhone: '0246 326 0587',
    summary: 'Một ngày học tại Ba Vì về điều kiện nhà xưởng, nước sạch, ghi chép nguyên liệu và lưu mẫu, dành cho cơ sở chế biến nhỏ.',
    description: [
      'Lớp do cán bộ quản lý an toàn thực phẩm hướng dẫn, có phần thực hành ghi sổ theo dõi nguyên liệu và lưu mẫu thức ăn.',
      'Học viên được phát mẫu sổ ghi chép và danh sách kiểm tra nhà xưởng để dùng tại cơ sở.',
    ],
  },
  {
    id: 'training-ke-chuyen-san-pham',
    title: 'Kể câu chuyện sản phẩm cho trang bán hàng và bao bì',
    topic: 'Câu chuyện sản phẩm',
    audience: 'Chủ thể OCOP nhóm thủ công mỹ nghệ và du lịch làng nghề',
    start: ['2027-04-06', '8:30'],
    end: ['2027-04-07', '16:00'],
    deadline: ['2027-03-30', '17:00'],
    venue: {
      _type: 'venue',
      name: 'Nhà văn hóa thôn Giang Cao',
      address: 'Thôn Giang Cao',
      area: ref('area-bat-trang'),
      location: {_type: 'geopoint', lat: 20.9779, lng: 105.9107},
    },
    seats: 30,
    fee: 0,
    contactPhone: CONTACT_PHONE,
    summary: 'Hai ngày ở Bát Tràng: viết câu chuyện sản phẩm ngắn, đúng sự thật, dùng được cho trang bán hàng, tờ rơi và tem QR.',
    description: [
      'Học viên mang theo một sản phẩm của mình. Mỗi người viết một đoạn giới thiệu dưới 200 chữ và được góp ý ngay tại lớp.',
      'Buổi chiều ngày thứ hai, cả lớp đi thăm hai xưởng gốm để xem cách các xưởng giới thiệu nghề với khách.',
    ],
  },
  {
    id: 'training-chup-anh-san-pham-bang-dien-thoai',
    title: 'Chụp ảnh sản phẩm bằng điện thoại',
    topic: 'Hình ảnh sản phẩm',
    audience: 'Người phụ trách bán hàng trực tuyến của các chủ thể OCOP',
    start: ['2026-10-20', '8:30'],
    end: ['2026-10-20', '16:30'],
    deadline: ['2026-10-15', '17:00'],
    venue: SCT_HALL,
    seats: 35,
    fee: 200000,
    contactPhone: CONTACT_PHONE,
    summary: 'Một ngày thực hành chụp ảnh sản phẩm bằng điện thoại: ánh sáng cửa sổ, phông giấy, bố cục và chỉnh ảnh đơn giản.',
    description: [
      'Học phí dùng để chuẩn bị phông, đèn và đạo cụ cho buổi thực hành. Học viên mang theo điện thoại và hai sản phẩm của mình.',
      'Cuối buổi, mỗi người có một bộ ảnh gồm ảnh chính, ảnh chi tiết và ảnh dùng sản phẩm để đăng lên gian hàng.',
    ],
  },
  {
    id: 'training-livestream-ban-hang',
    title: 'Livestream bán hàng cho chủ thể OCOP',
    topic: 'Bán hàng trực tuyến',
    audience: 'Chủ thể OCOP đã có gian hàng trên sàn thương mại điện tử hoặc mạng xã hội',
    start: ['2026-11-30', '19:30'],
    end: ['2026-11-30', '21:30'],
    deadline: ['2026-11-25', '17:00'],
    onlineUrl: 'https://meet.google.com/ocp-livestream-hn',
    seats: 100,
    fee: 0,
    registrationUrl: 'https://forms.gle/livestreamocop112026',
    summary: 'Buổi tối trực tuyến về chuẩn bị một phiên livestream: kịch bản, ánh sáng, trình bày sản phẩm và chốt đơn.',
    description: [
      'Giảng viên phân tích lại ba phiên livestream của các chủ thể OCOP tại hội chợ năm nay và chỉ ra điều nên giữ, điều nên bỏ.',
      'Lớp đã đủ người đăng ký; người chưa đăng ký có thể xem lại bản ghi trên trang của Sở Công Thương sau buổi học.',
    ],
  },
  {
    id: 'training-hoan-thien-ho-so-danh-gia-ocop',
    title: 'Hoàn thiện hồ sơ đánh giá, phân hạng sản phẩm OCOP',
    topic: 'Hồ sơ đánh giá OCOP',
    audience: 'Chủ thể đăng ký đánh giá sản phẩm OCOP lần đầu hoặc đánh giá lại khi chứng nhận hết hạn',
    start: ['2026-08-20', '8:00'],
    end: ['2026-08-20', '11:30'],
    deadline: ['2026-08-14', '17:00'],
    venue: SCT_HALL,
    seats: 80,
    fee: 0,
    contactPhone: CONTACT_PHONE,
    summary: 'Buổi hướng dẫn chuẩn bị hồ sơ theo bộ tiêu chí OCOP: phiếu đăng ký, phương án sản xuất kinh doanh, câu chuyện sản phẩm và mẫu.',
    description: [
      'Cán bộ của Sở Công Thương đi qua từng mục trong hồ sơ và những lỗi thường gặp khiến hồ sơ phải bổ sung.',
      '## Chủ thể cần mang theo',
      '- Giấy đăng ký kinh doanh hoặc giấy tờ của hợp tác xã.',
      '- Kết quả kiểm nghiệm sản phẩm còn hạn.',
      '- Nhãn và bao bì đang dùng.',
    ],
  },
]

export const trainings: Doc[] = TRAININGS.map((t) => ({
  _id: t.id,
  _type: 'training',
  title: t.title,
  slug: slug(vietnameseSlug(t.title)),
  topic: t.topic,
  audience: t.audience,
  startsAt: hanoi(...t.start),
  endsAt: hanoi(...t.end),
  ...(t.venue ? {venue: t.venue} : {}),
  ...(t.onlineUrl ? {onlineUrl: t.onlineUrl} : {}),
  ...(t.seats ? {seats: t.seats} : {}),
  fee: t.fee,
  registrationDeadline: hanoi(...t.deadline),
  ...(t.registrationUrl ? {registrationUrl: t.registrationUrl} : {}),
  ...(t.contactPhone ? {contactPhone: t.contactPhone} : {}),
  ...(t.contactEmail ? {contactEmail: t.contactEmail} : {}),
  summary: t.summary,
  description: rich(...t.description),
  ...(t.attachments ? {attachments: t.attachments} : {}),
}))
