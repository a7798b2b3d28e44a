/**
 * 15 articles: news (tin-tuc), announcements (thong-bao) and official documents (van-ban) with
 * their PDF files. Numbers of plans and decisions are those of the sample dataset.
 */
import {attachment, hanoi, image, refs, rich, slug, vietnameseSlug, type Doc, type ImagePlaceholder} from './lib.ts'

type Kind = 'tin-tuc' | 'thong-bao' | 'van-ban'

interface ArticleInput {
  id: string
  title: string
  kind: Kind
  published: [string, string]
  excerpt: string
  body: string[]
  mainImage?: ImagePlaceholder
  attachments?: ReturnType<typeof attachment>[]
  relatedProducts?: string[]
  relatedEvents?: string[]
}

const newsImage = (motif: string, seed: string, alt: string, companion?: string) =>
  image({motif, palette: 'event', seed, ...(companion ? {companion} : {})}, alt)

export const ARTICLES: ArticleInput[] = [
  {
    id: 'article-khai-mac-hoi-cho-san-pham-ocop-ha-noi-2026',
    title: 'Khai mạc Hội chợ sản phẩm OCOP Hà Nội năm 2026',
    kind: 'tin-tuc',
    published: ['2026-11-24', '11:00'],
    excerpt: 'Sáng 24/11, Hội chợ sản phẩm OCOP Hà Nội năm 2026 mở cửa tại Trung tâm Triển lãm Giảng Võ, kéo dài đến hết ngày 30/11.',
    body: [
      'Hội chợ năm nay có khu riêng cho các sản phẩm được công nhận trong năm 2026 và khu giới thiệu sản phẩm tiềm năng 5 sao của Hà Nội.',
      'Ngay trong buổi sáng đầu tiên, gian hàng gốm Bát Tràng và gian trà Ba Vì đông khách nhất. Nhiều khách dùng điện thoại quét mã QR trên tem OCOP để xem nơi sản xuất.',
      '## Lịch trình diễn nghề',
      'Từ 9:00 đến 11:00 hằng ngày, thợ gốm, thợ nón và thợ đan mây làm nghề tại chỗ. Tối 26/11 có phiên livestream bán hàng của mười chủ thể OCOP.',
    ],
    mainImage: newsImage('fair', 'article-khai-mac-2026', 'Hình minh họa các gian hàng hội chợ mái nhọn nhiều màu dưới dây cờ và đèn lồng'),
    relatedProducts: ['product-bo-am-chen-men-ran-bat-trang', 'product-che-bup-ba-vi', 'product-tranh-kham-trai-chuyen-my'],
    relatedEvents: ['event-hoi-cho-san-pham-ocop-ha-noi-2026'],
  },
  {
    id: 'article-tem-ocop-co-ma-qr',
    title: 'Tem OCOP có mã QR: quét để biết sản phẩm từ đâu',
    kind: 'tin-tuc',
    published: ['2026-10-05', '9:00'],
    excerpt: 'Hà Nội gắn mã QR lên tem OCOP của hơn ba nghìn dòng sản phẩm. Người mua chỉ cần camera điện thoại để xem nơi sản xuất và chứng nhận.',
    body: [
      'Mỗi tem OCOP của Hà Nội có một mã QR. Quét mã, người mua thấy tên sản phẩm, chủ thể, địa chỉ nơi sản xuất, số sao và ngày chứng nhận hết hiệu lực.',
      'Với các sản phẩm như gà đồi, giò chả, bưởi, một số chủ thể còn cập nhật thông tin từng lô: ngày thu hoạch, ngày đóng gói.',
      '## Khi quét mã',
      '- Kiểm tra tên sản phẩm trên màn hình có trùng với bao bì không.',
      '- Xem ngày hết hiệu lực của chứng nhận.',
      '- Nếu thông tin không khớp, báo cho đường dây nóng của Sở Công Thương.',
    ],
    mainImage: newsImage('shopfront', 'article-tem-qr', 'Hình minh họa cửa hàng có tủ kính bày sản phẩm gắn tem'),
    relatedProducts: ['product-ga-doi-soc-son', 'product-buoi-dien-phu-dien', 'product-gio-lua-uoc-le'],
  },
  {
    id: 'article-banh-chung-tranh-khuc-vao-vu-tet',
    title: 'Bánh chưng Tranh Khúc vào vụ Tết',
    kind: 'tin-tuc',
    published: ['2026-11-18', '8:30'],
    excerpt: 'Hơn một tháng trước Tết Đinh Mùi, các hộ ở làng Tranh Khúc đã nhận đặt bánh và chuẩn bị lá dong, gạo nếp cho vụ lớn nhất trong năm.',
    body: [
      'Ở Tranh Khúc, bánh chưng được gói quanh năm, nhưng tháng Chạp mới là lúc cả làng đỏ lửa. Hợp tác xã Bánh chưng Tranh Khúc đã nhận đơn của nhiều cửa hàng và cơ quan.',
      'Lá dong năm nay được đặt từ sớm để chọn được lá bánh tẻ, tàu to. Gạo nếp cái hoa vàng mua của các hợp tác xã ngoại thành.',
      'Khách muốn mua bánh ở làng nên đặt trước vài ngày, nhất là từ ngày 20 tháng Chạp.',
    ],
    mainImage: newsImage('banh-chung', 'article-banh-chung-tet', 'Hình minh họa chiếc bánh chưng vuông gói lá dong bên miếng bánh cắt đôi', 'banh-chung-slice'),
    relatedProducts: ['product-banh-chung-tranh-khuc', 'product-banh-chung-gac-tranh-khuc'],
    relatedEvents: ['event-hoi-cho-tet-dinh-mui-2027'],
  },
  {
    id: 'article-trien-lam-gom-bat-trang-2026-khep-lai',
    title: 'Triển lãm gốm Bát Tràng 2026 khép lại sau bốn ngày',
    kind: 'tin-tuc',
    published: ['2026-09-29', '10:00'],
    excerpt: 'Triển lãm gốm ngay tại làng Bát Tràng kết thúc tối 28/9 với cuộc thi vuốt gốm của thợ trẻ và nhiều đơn đặt hàng cho mùa quà Tết.',
    body: [
      'Trong bốn ngày, các xưởng gốm bày những dòng men tiêu biểu của làng. Gian men rạn và men hỏa biến thu hút nhiều khách hỏi về cách làm.',
      'Cuộc thi vuốt gốm chiều 27/9 có hai mươi thợ dưới ba mươi tuổi tham gia, mỗi người vuốt một chiếc bình theo mẫu trong bốn mươi phút.',
    ],
    mainImage: newsImage('vase-lam', 'article-trien-lam-gom', 'Hình minh họa bình gốm men lam bên bộ ấm chén', 'teaset'),
    relatedProducts: ['product-binh-gom-men-lam', 'product-lo-hoa-men-hoa-bien'],
    relatedEvents: ['event-trien-lam-gom-bat-trang-2026'],
  },
  {
    id: 'article-mua-mo-huong-son',
    title: 'Mùa mơ Hương Sơn: hợp tác xã thu mua quả cho người trồng',
    kind: 'tin-tuc',
    published: ['2026-04-20', '9:30'],
    excerpt: 'Hợp tác xã Dịch vụ nông nghiệp Hương Sơn thu mua mơ chín của các hộ quanh núi để làm mơ muối, siro và rượu mơ.',
    body: [
      'Mơ Hương Sơn chín rộ vào tháng Ba âm lịch. Hợp tác xã đặt điểm cân mơ ở thôn Yến Vĩ, trả tiền ngay cho các hộ mang quả đến.',
      'Quả đẹp được dùng làm mơ muối và rượu mơ; quả nhỏ hơn dùng ngâm siro. Nhờ đó các hộ bán được gần như toàn bộ vụ mơ.',
    ],
    mainImage: newsImage('apricot', 'article-mua-mo', 'Hình minh họa những quả mơ vàng trên nong tre có lá xanh'),
    relatedProducts: ['product-o-mai-mo-muoi-huong-son', 'product-ruou-mo-huong-son', 'product-siro-mo-huong-son'],
  },
  {
    id: 'article-chu-the-ocop-ban-hang-qua-livestream',
    title: 'Nhiều chủ thể OCOP bán hàng qua livestream',
    kind: 'tin-tuc',
    published: ['2026-08-12', '15:00'],
    excerpt: 'Từ nem Phùng đến nón Chuông, nhiều chủ thể OCOP nhỏ đã tự livestream bán hàng mỗi tuần sau các lớp tập huấn của Sở Công Thương.',
    body: [
      'Chị chủ cơ sở nem Phùng livestream hai buổi tối mỗi tuần, vừa gói nem vừa trả lời khách hỏi. Đơn hàng chủ yếu là khách nội thành đặt giao trong ngày.',
      'Một số hộ làm nón ở làng Chuông livestream lúc khâu nón để khách thấy từng công đoạn.',
      'Sở Công Thương sẽ tổ chức thêm lớp về livestream cho các chủ thể đã có gian hàng trực tuyến.',
    ],
    relatedProducts: ['product-nem-phung', 'product-non-la-chuong'],
  },
  {
    id: 'article-moi-dang-ky-gian-hang-hoi-cho-tet-dinh-mui-2027',
    title: 'Mời đăng ký gian hàng Hội chợ Tết Đinh Mùi 2027',
    kind: 'thong-bao',
    published: ['2026-11-20', '8:00'],
    excerpt: 'Sở Công Thương Hà Nội mời các chủ thể OCOP đăng ký gian hàng tại Hội chợ Tết Đinh Mùi 2027, hạn đăng ký đến 17:00 ngày 31/12/2026.',
    body: [
      'Hội chợ diễn ra từ ngày 22/01 đến 04/02/2027 tại Cung Văn hóa Hữu nghị Việt Xô. Chủ thể OCOP của Hà Nội được giảm 50% phí gian hàng.',
      '## Cách đăng ký',
      '1. Điền biểu mẫu trực tuyến tại [đường dẫn đăng ký](https://forms.gle/hoichotet2027ocophn).',
      '2. Gửi kèm ảnh chụp giấy chứng nhận OCOP còn hiệu lực.',
      '3. Chờ thông báo vị trí gian hàng trước ngày 10/01/2027.',
      'Mọi thắc mắc xin gọi 024 3833 6452 trong giờ hành chính.',
    ],
    mainImage: newsImage('fair', 'article-moi-dang-ky-tet', 'Hình minh họa gian hàng hội chợ Tết có dây cờ và đèn lồng đỏ', 'pomelo-tree'),
    relatedEvents: ['event-hoi-cho-tet-dinh-mui-2027'],
  },
  {
    id: 'article-thong-bao-lop-tap-huan-bao-bi',
    title: 'Thông báo mở lớp tập huấn thiết kế bao bì và nhãn hàng hóa',
    kind: 'thong-bao',
    published: ['2026-11-10', '8:00'],
    excerpt: 'Lớp tập huấn hai ngày 15–16/12/2026 tại hội trường Sở Công Thương, miễn học phí, 40 chỗ, dành cho chủ thể OCOP nhóm thực phẩm, đồ uống.',
    body: [
      'Học viên mang theo bao bì và nhãn đang dùng để được góp ý và làm lại mẫu ngay tại lớp.',
      'Đăng ký qua điện thoại 024 3833 6452 hoặc thư điện tử taphuan.ocop@hanoi.gov.vn trước 17:00 ngày 10/12/2026.',
    ],
  },
  {
    id: 'article-lich-tiep-nhan-ho-so-danh-gia-ocop-2027',
    title: 'Lịch tiếp nhận hồ sơ đánh giá, phân hạng sản phẩm OCOP năm 2027',
    kind: 'thong-bao',
    published: ['2026-11-02', '8:00'],
    excerpt: 'Năm 2027, hồ sơ đánh giá sản phẩm OCOP được nhận theo hai đợt. Chủ thể có chứng nhận sắp hết hạn nên nộp hồ sơ đánh giá lại ngay đợt đầu.',
    body: [
      'Đợt 1 nhận hồ sơ từ 01/03 đến 30/04/2027; đợt 2 từ 01/08 đến 30/09/2027. Hồ sơ nộp tại UBND xã, phường nơi chủ thể đặt cơ sở sản xuất.',
      'Sản phẩm đạt 3 và 4 sao do thành phố công nhận. Sản phẩm được thành phố đánh giá tiềm năng 5 sao sẽ được gửi lên Trung ương.',
      'Chứng nhận OCOP có hiệu lực 36 tháng. Chủ thể nên kiểm tra ngày hết hiệu lực ghi trên giấy chứng nhận.',
    ],
  },
  {
    id: 'article-diem-gioi-thieu-ho-guom-doi-gio-mo-cua',
    title: 'Điểm giới thiệu sản phẩm OCOP Hồ Gươm mở cửa muộn hơn dịp cuối năm',
    kind: 'thong-bao',
    published: ['2026-11-21', '16:00'],
    excerpt: 'Từ ngày 01/12/2026 đến hết Tết Đinh Mùi, điểm giới thiệu sản phẩm OCOP ở phố Lê Thái Tổ mở cửa đến 22:30 mỗi ngày.',
    body: [
      'Điểm giới thiệu vẫn mở cửa từ 8:30 như thường lệ. Khu thử trà đóng cửa lúc 21:00.',
      'Khách mua quà cho cơ quan, doanh nghiệp có thể đặt trước qua điện thoại 024 3826 4410 để được gói sẵn.',
    ],
  },
  {
    id: 'article-nhac-kiem-tra-thoi-han-chung-nhan-ocop',
    title: 'Nhắc chủ thể kiểm tra thời hạn giấy chứng nhận OCOP',
    kind: 'thong-bao',
    published: ['2026-07-01', '8:00'],
    excerpt: 'Một số sản phẩm được công nhận năm 2022 và 2023 đã hết hiệu lực chứng nhận. Sản phẩm hết hạn không được dùng tem OCOP cho đến khi được đánh giá lại.',
    body: [
      'Giấy chứng nhận OCOP có hiệu lực 36 tháng kể từ ngày ký quyết định. Trên website, sản phẩm có chứng nhận hết hạn được ghi rõ "hết hiệu lực".',
      'Chủ thể cần chuẩn bị hồ sơ đánh giá lại và nộp trong đợt tiếp nhận gần nhất.',
    ],
    relatedProducts: ['product-sua-chua-ba-vi', 'product-lo-hoa-men-hoa-bien', 'product-hong-tra-ba-vi', 'product-keo-cat-canh-da-sy'],
  },
  {
    id: 'article-ke-hoach-hoi-cho-san-pham-ocop-2026',
    title: 'Kế hoạch tổ chức Hội chợ sản phẩm OCOP Hà Nội năm 2026',
    kind: 'van-ban',
    published: ['2026-08-05', '9:00'],
    excerpt: 'Kế hoạch số 186/KH-SCT của Sở Công Thương về tổ chức Hội chợ sản phẩm OCOP Hà Nội năm 2026 tại Trung tâm Triển lãm Giảng Võ.',
    body: [
      'Kế hoạch nêu thời gian, địa điểm, quy mô khoảng 250 gian hàng, đối tượng tham gia và phân công nhiệm vụ giữa các đơn vị.',
      'Toàn văn kế hoạch trong tệp đính kèm.',
    ],
    attachments: [
      attachment('Kế hoạch số 186/KH-SCT (PDF)', {
        filename: 'ke-hoach-186-KH-SCT-hoi-cho-ocop-2026.pdf',
        lines: [
          'OCOP Ha Noi - Plan 186/KH-SCT: OCOP products fair 2026',
          'Time: 24-30 November 2026. Place: Giang Vo Exhibition Centre, 148 Giang Vo.',
          'Scale: about 250 standard booths, grouped by the six OCOP product groups.',
          'Participants: OCOP producers of Ha Noi and invited provinces.',
          'Sample document generated for the OCOP Ha Noi demonstration dataset.',
        ],
      }),
    ],
    relatedEvents: ['event-hoi-cho-san-pham-ocop-ha-noi-2026'],
  },
  {
    id: 'article-quyet-dinh-4670-cong-nhan-san-pham-ocop',
    title: 'Quyết định số 4670/QĐ-UBND công nhận sản phẩm OCOP đợt 2 năm 2026',
    kind: 'van-ban',
    published: ['2026-09-22', '10:00'],
    excerpt: 'Quyết định ngày 18/9/2026 công nhận kết quả đánh giá, phân hạng sản phẩm OCOP 3 sao và 4 sao của thành phố Hà Nội đợt 2 năm 2026.',
    body: [
      'Danh sách sản phẩm được công nhận kèm theo quyết định, gồm tên sản phẩm, chủ thể, số sao và nhóm sản phẩm.',
      'Chứng nhận có hiệu lực 36 tháng kể từ ngày ký quyết định, đến ngày 18/9/2029.',
    ],
    attachments: [
      attachment('Quyết định số 4670/QĐ-UBND (PDF)', {
        filename: 'quyet-dinh-4670-QD-UBND-2026.pdf',
        lines: [
          'OCOP Ha Noi - Decision 4670/QD-UBND, 18 September 2026',
          'Recognition of OCOP products rated 3 and 4 stars, second round of 2026.',
          'Certificates are valid for 36 months, until 18 September 2029.',
          'Sample document generated for the OCOP Ha Noi demonstration dataset.',
        ],
      }),
    ],
    relatedProducts: [
      'product-gio-may-phu-vinh',
      'product-che-lam-gung-son-tay',
      'product-tra-xanh-tui-loc-ba-vi',
      'product-tinh-dau-sa-chanh-soc-son',
      'product-tra-hoa-cuc-vang-o-dien',
      'product-khay-tra-kham-trai',
      'product-cuc-hoa-mi-chau-me-linh',
      'product-nam-so-tuoi-hoa-lac',
    ],
  },
  {
    id: 'article-sau-nhom-san-pham-ocop',
    title: 'Sáu nhóm sản phẩm OCOP theo bộ tiêu chí năm 2023',
    kind: 'van-ban',
    published: ['2025-07-15', '9:00'],
    excerpt: 'Tài liệu tóm tắt sáu nhóm sản phẩm OCOP theo Quyết định 148/QĐ-TTg năm 2023 và cách xếp các sản phẩm cũ vào nhóm mới.',
    body: [
      'Từ năm 2023, sản phẩm OCOP được chia thành sáu nhóm: thực phẩm; đồ uống; dược liệu và sản phẩm từ dược liệu; hàng thủ công mỹ nghệ; sinh vật cảnh; dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch.',
      'Sản phẩm được đánh giá theo thang 100 điểm: từ 90 điểm đạt 5 sao, từ 70 đến 89 điểm đạt 4 sao, từ 50 đến 69 điểm đạt 3 sao.',
      'Tài liệu tóm tắt trong tệp đính kèm do Sở Công Thương soạn để các chủ thể tra cứu nhanh; văn bản gốc là Quyết định 148/QĐ-TTg.',
    ],
    attachments: [
      attachment('Tóm tắt sáu nhóm sản phẩm OCOP (PDF)', {
        filename: 'tom-tat-sau-nhom-san-pham-ocop.pdf',
        lines: [
          'OCOP Ha Noi - Summary: the six OCOP product groups (Decision 148/QD-TTg, 2023)',
          '1. Food  2. Drinks  3. Herbs and herbal products  4. Handicrafts',
          '5. Ornamental plants and animals  6. Community tourism, eco-tourism and tourist sites',
          'Stars: 90-100 points = 5 stars; 70-89 = 4 stars; 50-69 = 3 stars.',
          'Sample document generated for the OCOP Ha Noi demonstration dataset.',
        ],
      }),
    ],
  },
  {
    id: 'article-quy-che-diem-gioi-thieu-ban-san-pham-ocop',
    title: 'Quy chế quản lý điểm giới thiệu và bán sản phẩm OCOP',
    kind: 'van-ban',
    published: ['2026-05-12', '9:00'],
    excerpt: 'Quy chế quy định điều kiện, trách nhiệm và việc kiểm tra các điểm giới thiệu và bán sản phẩm OCOP trên địa bàn Hà Nội.',
    body: [
      'Điểm giới thiệu và bán sản phẩm OCOP phải có khu trưng bày riêng, niêm yết giá, chỉ bày sản phẩm còn hiệu lực chứng nhận và có mã QR để khách tra cứu.',
      'Điểm bán tại làng nghề khuyến khích có khu trình diễn nghề và khu chụp ảnh sản phẩm.',
    ],
    attachments: [
      attachment('Quy chế quản lý điểm giới thiệu và bán sản phẩm OCOP (PDF)', {
        filename: 'quy-che-diem-gioi-thieu-ban-san-pham-ocop.pdf',
        lines: [
          'OCOP Ha Noi - Rules for OCOP introduction and sales points',
          'A separate display area; prices shown; only products with a valid certificate.',
          'A QR code for visitors to look up each product.',
          'Points in craft villages are encouraged to add demonstration and photo areas.',
          'Sample document generated for the OCOP Ha Noi demonstration dataset.',
        ],
      }),
    ],
    mainImage: newsImage('exhibition', 'article-quy-che-diem-ban', 'Hình minh họa phòng trưng bày sản phẩm có khung tranh và bục bày'),
  },
]

export function articleDoc(a: ArticleInput): Doc {
  return {
    _id: a.id,
    _type: 'article',
    title: a.title,
    slug: slug(vietnameseSlug(a.title)),
    kind: a.kind,
    publishedAt: hanoi(...a.published),
    excerpt: a.excerpt,
    ...(a.mainImage ? {mainImage: a.mainImage} : {}),
    body: rich(...a.body),
    ...(a.attachments ? {attachments: a.attachments} : {}),
    ...(a.relatedProducts ? {relatedProducts: refs(a.relatedProducts)} : {}),
    ...(a.relatedEvents ? {relatedEvents: refs(a.relatedEvents)} : {}),
  }
}

export const articles: Doc[] = ARTICLES.map(articleDoc)
