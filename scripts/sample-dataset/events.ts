/**
 * 12 trade-promotion events: fairs, exhibitions, product weeks and trade meetings, from 2025 to
 * September 2027. One runs across the dataset's "today" (26/11/2026); five are still to come.
 * Registrations show each state on that day: the Long Biên product week closes the next day
 * (27/11), the Tết fair has weeks left (31/12), the 2026 supermarket meeting closed long ago.
 */
import {hanoi, image, ref, refs, rich, slug, vietnameseSlug, type Doc} from './lib.ts'

interface Venue {
  name: string
  address?: string
  area?: string
  location: [number, number]
}

const VENUES = {
  vietXo: {name: 'Cung Văn hóa Hữu nghị Việt Xô', address: 'Số 91 phố Trần Hưng Đạo', area: 'area-cua-nam', location: [21.0246, 105.8448]},
  giangVo: {name: 'Trung tâm Triển lãm Giảng Võ', address: 'Số 148 phố Giảng Võ', area: 'area-giang-vo', location: [21.0272, 105.8214]},
  hoGuom: {name: 'Phố đi bộ Hồ Gươm, đoạn phố Đinh Tiên Hoàng', address: 'Phố Đinh Tiên Hoàng', area: 'area-hoan-kiem', location: [21.0287, 105.8526]},
  soCongThuong: {name: 'Hội trường Sở Công Thương Hà Nội', address: 'Số 331 đường Cầu Giấy', area: 'area-cau-giay', location: [21.0355, 105.7905]},
  batTrang: {name: 'Sân chợ gốm Bát Tràng', address: 'Thôn Giang Cao', area: 'area-bat-trang', location: [20.9764, 105.9128]},
  longBien: {name: 'Siêu thị Nông sản Sạch Long Biên', address: 'Số 150 đường Nguyễn Văn Cừ', area: 'area-long-bien', location: [21.0458, 105.8771]},
  vanPhuc: {name: 'Sân đình làng Vạn Phúc', address: 'Phố Vạn Phúc', area: 'area-ha-dong', location: [20.9799, 105.7752]},
  sonTay: {name: 'Khu vực Thành cổ Sơn Tây', area: 'area-son-tay', location: [21.1403, 105.5056]},
} satisfies Record<string, Venue>

type Kind = 'hoi-cho' | 'trien-lam' | 'tuan-hang' | 'ket-noi-giao-thuong'

interface EventInput {
  id: string
  title: string
  kind: Kind
  start: [string, string]
  end: [string, string]
  venue: Venue
  organiser: string
  summary: string
  description: string[]
  images: [string, string, string?][]
  registration?: {deadline: [string, string]; url?: string}
  producers?: string[]
  products?: string[]
}

const SCT = 'Sở Công Thương Hà Nội'
const HPA = 'Trung tâm Xúc tiến Đầu tư, Thương mại, Du lịch thành phố Hà Nội'

export const EVENTS: EventInput[] = [
  {
    id: 'event-hoi-cho-san-pham-ocop-ha-noi-2025',
    title: 'Hội chợ sản phẩm OCOP Hà Nội năm 2025',
    kind: 'hoi-cho',
    start: ['2025-10-16', '8:00'],
    end: ['2025-10-20', '21:00'],
    venue: VENUES.vietXo,
    organiser: SCT,
    summary: 'Năm ngày trưng bày và bán sản phẩm OCOP của các xã, phường Hà Nội, với khu ẩm thực và khu trình diễn nghề thủ công.',
    description: [
      'Hội chợ có khoảng hai trăm gian hàng, chia theo sáu nhóm sản phẩm OCOP. Khu trình diễn có thợ gốm Bát Tràng vuốt phôi và thợ làng Chuông khâu nón.',
      'Mỗi tối có chương trình giới thiệu sản phẩm của một vùng: Ba Vì, Sóc Sơn, Chương Mỹ, Thanh Oai và Bát Tràng.',
    ],
    images: [['fair', 'Hình minh họa ba gian hàng hội chợ mái đỏ, xanh lam, xanh lá dưới dây cờ đuôi nheo và đèn lồng']],
    producers: ['producer-gom-minh-lam', 'producer-htx-banh-chung-tranh-khuc', 'producer-non-la-le-thi-hoa', 'producer-htx-bo-sua-tan-vien'],
    products: ['product-binh-gom-men-lam', 'product-banh-chung-tranh-khuc', 'product-non-la-chuong', 'product-sua-tuoi-thanh-trung-ba-vi'],
  },
  {
    id: 'event-tuan-hang-ocop-pho-di-bo-ho-guom-2025',
    title: 'Tuần hàng OCOP và làng nghề tại phố đi bộ Hồ Gươm',
    kind: 'tuan-hang',
    start: ['2025-12-12', '8:00'],
    end: ['2025-12-14', '23:00'],
    venue: VENUES.hoGuom,
    organiser: HPA,
    summary: 'Ba ngày cuối tuần với năm mươi gian hàng OCOP và làng nghề trên phố đi bộ quanh Hồ Gươm, hợp cho khách du lịch mua quà.',
    description: [
      'Các gian hàng được bố trí dọc phố Đinh Tiên Hoàng, mỗi gian giới thiệu sản phẩm của một chủ thể OCOP.',
      'Khách quét mã QR trên tem OCOP để xem thông tin sản phẩm và nơi mua lại sau khi về.',
    ],
    images: [['market-week', 'Hình minh họa dãy sạp hàng mái che sọc đỏ, lam, xanh bày nong quả và rau']],
    producers: ['producer-htx-lua-van-phuc', 'producer-tra-sen-nguyen-thi-thu-ha', 'producer-htx-kham-trai-chuyen-my'],
    products: ['product-khan-lua-van-phuc', 'product-tra-sen-tay-ho', 'product-hop-go-kham-trai-chuyen-my'],
  },
  {
    id: 'event-hoi-cho-xuan-binh-ngo-2026',
    title: 'Hội chợ Xuân Bính Ngọ 2026',
    kind: 'hoi-cho',
    start: ['2026-01-30', '8:00'],
    end: ['2026-02-12', '22:00'],
    venue: VENUES.giangVo,
    organiser: SCT,
    summary: 'Hội chợ Tết bán bánh chưng, giò chả, chè, mứt, hoa và quà biếu của các chủ thể OCOP Hà Nội trong hai tuần trước Tết Bính Ngọ.',
    description: [
      'Hội chợ chia làm ba khu: thực phẩm Tết, quà biếu thủ công và hoa, cây cảnh. Khu hoa bày lan hồ điệp, bưởi cảnh và đào.',
      '## Giờ mở cửa',
      '- Từ 30/01 đến 05/02/2026: 8:00–21:00.',
      '- Từ 06/02 đến 12/02/2026: 8:00–22:00.',
    ],
    images: [
      ['fair', 'Hình minh họa các gian hàng hội chợ Tết có dây cờ và đèn lồng đỏ', 'banh-chung'],
      ['pomelo-tree', 'Hình minh họa cây bưởi cảnh trong chậu đeo nhiều quả'],
    ],
    producers: ['producer-htx-banh-chung-tranh-khuc', 'producer-htx-gio-cha-uoc-le', 'producer-hoa-lan-o-dien', 'producer-htx-buoi-dien'],
    products: ['product-banh-chung-tranh-khuc', 'product-gio-lua-uoc-le', 'product-lan-ho-diep-o-dien', 'product-buoi-dien-canh'],
  },
  {
    id: 'event-trien-lam-lang-nghe-ocop-ha-noi-2026',
    title: 'Triển lãm làng nghề và sản phẩm OCOP Hà Nội 2026',
    kind: 'trien-lam',
    start: ['2026-04-10', '8:30'],
    end: ['2026-04-14', '17:30'],
    venue: VENUES.vietXo,
    organiser: SCT,
    summary: 'Triển lãm sản phẩm thủ công mỹ nghệ của các làng nghề Hà Nội, có khu nghệ nhân làm nghề tại chỗ và khu giới thiệu bao bì mới.',
    description: [
      'Triển lãm giới thiệu gốm, lụa, mây tre đan, khảm trai, sơn mài và đồ gỗ của các làng nghề có sản phẩm OCOP.',
      'Khu bao bì trưng bày mẫu hộp, nhãn và tem QR mà các chủ thể làm mới sau lớp tập huấn năm trước.',
    ],
    images: [['exhibition', 'Hình minh họa phòng triển lãm có ba khung trưng bày bình gốm, nón lá và dải lụa']],
    producers: ['producer-htx-kham-trai-chuyen-my', 'producer-my-nghe-son-dong', 'producer-son-mai-duc-minh', 'producer-ho-nguyen-van-thanh'],
    products: ['product-tranh-kham-trai-chuyen-my', 'product-tuong-go-mit-son-dong', 'product-tranh-son-mai-phong-canh', 'product-den-may-tre-phu-vinh'],
  },
  {
    id: 'event-ket-noi-nong-san-ocop-chuoi-sieu-thi-2026',
    title: 'Kết nối nông sản OCOP Hà Nội với các chuỗi siêu thị',
    kind: 'ket-noi-giao-thuong',
    start: ['2026-06-18', '8:00'],
    end: ['2026-06-18', '11:30'],
    venue: VENUES.soCongThuong,
    organiser: SCT,
    summary: 'Buổi gặp giữa chủ thể OCOP nhóm thực phẩm và đồ uống với bộ phận thu mua của các chuỗi siêu thị, cửa hàng tiện lợi.',
    description: [
      'Mỗi chủ thể có năm phút giới thiệu sản phẩm, sau đó gặp riêng các bên mua tại bàn.',
      'Sở Công Thương ghi nhận các thỏa thuận ban đầu và theo dõi việc đưa hàng lên kệ trong ba tháng sau.',
    ],
    images: [['trade-meeting', 'Hình minh họa bàn họp dài bày sản phẩm mẫu, hai người ngồi hai đầu bàn']],
    registration: {deadline: ['2026-06-10', '17:00'], url: 'https://forms.gle/ketnoiocop2026'},
    producers: ['producer-htx-bo-sua-tan-vien', 'producer-htx-nong-nghiep-soc-son', 'producer-htx-nong-san-quoc-oai', 'producer-htx-che-ba-vi'],
    products: ['product-sua-tuoi-thanh-trung-ba-vi', 'product-ga-doi-soc-son', 'product-tinh-bot-san-day-quoc-oai', 'product-tra-xanh-tui-loc-ba-vi'],
  },
  {
    id: 'event-trien-lam-gom-bat-trang-2026',
    title: 'Triển lãm gốm Bát Tràng 2026',
    kind: 'trien-lam',
    start: ['2026-09-25', '8:00'],
    end: ['2026-09-28', '20:00'],
    venue: VENUES.batTrang,
    organiser: 'UBND xã Bát Tràng',
    summary: 'Bốn ngày trưng bày gốm của các xưởng Bát Tràng ngay tại làng, có thi vuốt gốm và khu cho trẻ em nặn đất.',
    description: [
      'Các xưởng mang đến những dòng men tiêu biểu: men lam, men rạn, men ngọc, men hỏa biến. Mỗi gian ghi rõ tên xưởng và nơi bán.',
      'Chiều 27/9 có cuộc thi vuốt gốm cho thợ trẻ dưới ba mươi tuổi.',
    ],
    images: [
      ['exhibition', 'Hình minh họa khu trưng bày với bình gốm trong khung và bục bày'],
      ['vase-flame', 'Hình minh họa lọ men hỏa biến chuyển màu từ lam sang đỏ tía'],
    ],
    producers: ['producer-gom-minh-lam'],
    products: ['product-binh-gom-men-lam', 'product-bo-am-chen-men-ran-bat-trang', 'product-lo-hoa-men-hoa-bien', 'product-trai-nghiem-lam-gom-bat-trang'],
  },
  {
    id: 'event-hoi-cho-san-pham-ocop-ha-noi-2026',
    title: 'Hội chợ sản phẩm OCOP Hà Nội năm 2026',
    kind: 'hoi-cho',
    start: ['2026-11-24', '8:00'],
    end: ['2026-11-30', '21:00'],
    venue: VENUES.giangVo,
    organiser: SCT,
    summary: 'Bảy ngày với khoảng hai trăm rưởi gian hàng OCOP của Hà Nội và các tỉnh, có khu thương mại điện tử và khu thử trà, cà phê.',
    description: [
      'Hội chợ năm nay có khu riêng cho sản phẩm vừa được công nhận trong năm 2026 và khu giới thiệu sản phẩm tiềm năng 5 sao.',
      '## Hoạt động chính',
      '- Hằng ngày 9:00–11:00: trình diễn làm gốm, khâu nón, đan mây.',
      '- Tối 26/11: phiên livestream bán hàng của mười chủ thể OCOP.',
      '- Ngày 28–29/11: tư vấn miễn phí về bao bì và tem truy xuất nguồn gốc.',
      'Vé vào cửa miễn phí. Khách đi xe máy gửi xe trong khuôn viên, vào từ cổng phố Giảng Võ.',
    ],
    images: [
      ['fair', 'Hình minh họa các gian hàng hội chợ mái nhọn nhiều màu, dây cờ và đèn lồng'],
      ['trade-meeting', 'Hình minh họa bàn tư vấn bày sản phẩm mẫu, hai người ngồi trao đổi'],
    ],
    producers: [
      'producer-gom-minh-lam',
      'producer-htx-lua-van-phuc',
      'producer-htx-che-ba-vi',
      'producer-htx-huong-son',
      'producer-nem-phung-nguyen-thi-lan',
      'producer-htx-kham-trai-chuyen-my',
    ],
    products: [
      'product-bo-am-chen-men-ran-bat-trang',
      'product-ao-dai-lua-van-phuc',
      'product-che-bup-ba-vi',
      'product-ruou-mo-huong-son',
      'product-nem-phung',
      'product-tranh-kham-trai-chuyen-my',
      'product-gio-may-phu-vinh',
      'product-tra-hoa-cuc-vang-o-dien',
    ],
  },
  {
    id: 'event-tuan-hang-ocop-sieu-thi-long-bien',
    title: 'Tuần hàng OCOP Hà Nội tại Siêu thị Nông sản Sạch Long Biên',
    kind: 'tuan-hang',
    start: ['2026-12-18', '8:00'],
    end: ['2026-12-24', '21:00'],
    venue: VENUES.longBien,
    organiser: HPA,
    summary: 'Một tuần giảm giá và dùng thử sản phẩm OCOP nhóm thực phẩm, đồ uống ngay tại quầy OCOP của siêu thị Long Biên.',
    description: [
      'Mỗi ngày có hai chủ thể đứng quầy giới thiệu và mời khách dùng thử: gà đồi, giò chả, sữa tươi, chè và trà hoa.',
      'Khách mua từ 300.000 ₫ được tặng một hộp trà túi lọc.',
    ],
    images: [['supermarket', 'Hình minh họa quầy siêu thị với kệ hàng nhiều tầng', 'milk-bottle']],
    registration: {deadline: ['2026-11-27', '17:00'], url: 'https://forms.gle/tuanhangocoplongbien'},
    producers: ['producer-htx-nong-nghiep-soc-son', 'producer-htx-gio-cha-uoc-le', 'producer-htx-bo-sua-tan-vien'],
    products: ['product-ga-doi-soc-son', 'product-gio-lua-uoc-le', 'product-sua-tuoi-thanh-trung-ba-vi'],
  },
  {
    id: 'event-hoi-cho-tet-dinh-mui-2027',
    title: 'Hội chợ Tết Đinh Mùi 2027',
    kind: 'hoi-cho',
    start: ['2027-01-22', '8:00'],
    end: ['2027-02-04', '22:00'],
    venue: VENUES.vietXo,
    organiser: SCT,
    summary: 'Hội chợ Tết của các chủ thể OCOP Hà Nội trong hai tuần trước Tết Đinh Mùi: thực phẩm Tết, quà biếu, hoa và cây cảnh.',
    description: [
      'Hội chợ dự kiến có khoảng ba trăm gian hàng tiêu chuẩn 3 × 3 m. Chủ thể OCOP của Hà Nội được ưu tiên đăng ký và giảm phí gian hàng.',
      '## Đăng ký gian hàng',
      'Chủ thể gửi đăng ký qua biểu mẫu trực tuyến trước ngày 31/12/2026. Ban tổ chức xếp vị trí theo nhóm sản phẩm và thông báo trước ngày 10/01/2027.',
    ],
    images: [
      ['fair', 'Hình minh họa gian hàng hội chợ Tết với dây cờ nhiều màu và đèn lồng đỏ', 'pomelo-tree'],
      ['chrys-pot', 'Hình minh họa chậu cúc nở hoa vàng và trắng'],
    ],
    registration: {deadline: ['2026-12-31', '17:00'], url: 'https://forms.gle/hoichotet2027ocophn'},
    producers: ['producer-htx-banh-chung-tranh-khuc', 'producer-htx-buoi-dien', 'producer-vuon-hoa-me-linh-xanh', 'producer-com-vong-thu-hang'],
    products: ['product-banh-chung-tranh-khuc', 'product-banh-chung-gac-tranh-khuc', 'product-buoi-dien-canh', 'product-cuc-hoa-mi-chau-me-linh'],
  },
  {
    id: 'event-ket-noi-ocop-ha-noi-cac-tinh-phia-nam-2027',
    title: 'Kết nối giao thương sản phẩm OCOP Hà Nội với các tỉnh phía Nam',
    kind: 'ket-noi-giao-thuong',
    start: ['2027-03-18', '8:30'],
    end: ['2027-03-18', '16:30'],
    venue: VENUES.soCongThuong,
    organiser: HPA,
    summary: 'Một ngày gặp gỡ giữa chủ thể OCOP Hà Nội và doanh nghiệp phân phối từ các tỉnh phía Nam, chủ yếu nhóm thủ công mỹ nghệ và đồ uống.',
    description: [
      'Buổi sáng là phiên giới thiệu chung; buổi chiều các bên gặp riêng theo lịch hẹn đặt trước qua biểu mẫu đăng ký.',
      'Chủ thể tham gia nên mang theo mẫu sản phẩm, bảng giá bán buôn và thông tin về khả năng cung ứng mỗi tháng.',
    ],
    images: [['trade-meeting', 'Hình minh họa bàn gặp gỡ bày sản phẩm, đường nối các điểm tròn nhiều màu phía trên']],
    registration: {deadline: ['2027-03-05', '17:00'], url: 'https://forms.gle/ketnoiphianam2027'},
    producers: ['producer-htx-kham-trai-chuyen-my', 'producer-son-mai-duc-minh', 'producer-tra-sen-nguyen-thi-thu-ha', 'producer-htx-huong-son'],
    products: ['product-hop-go-kham-trai-chuyen-my', 'product-hop-tron-son-mai', 'product-tra-sen-tay-ho', 'product-ruou-mo-huong-son'],
  },
  {
    id: 'event-trien-lam-lua-thu-cong-my-nghe-2027',
    title: 'Triển lãm lụa và thủ công mỹ nghệ Hà Nội 2027',
    kind: 'trien-lam',
    start: ['2027-05-14', '8:00'],
    end: ['2027-05-17', '20:00'],
    venue: VENUES.vanPhuc,
    organiser: 'UBND phường Hà Đông',
    summary: 'Bốn ngày triển lãm lụa Vạn Phúc và đồ thủ công của các làng nghề lân cận ngay trong làng lụa, có trình diễn dệt trên khung gỗ.',
    description: [
      'Triển lãm bày lụa vân, lụa trơn và sản phẩm may từ lụa của các hộ trong làng, cùng nón lá Chuông, dao kéo Đa Sỹ và mây tre Phú Vinh.',
      'Khách có thể đi bộ theo lộ trình gợi ý qua các xưởng dệt còn hoạt động.',
    ],
    images: [
      ['exhibition', 'Hình minh họa khu trưng bày với khung treo lụa và bục bày đồ thủ công', 'scarf'],
      ['loom', 'Hình minh họa khung dệt gỗ đang dệt lụa'],
    ],
    registration: {deadline: ['2027-04-20', '17:00']},
    producers: ['producer-htx-lua-van-phuc', 'producer-non-la-le-thi-hoa', 'producer-ren-da-sy-pham-van-tuan', 'producer-ho-nguyen-van-thanh'],
    products: ['product-khan-lua-van-phuc', 'product-ao-dai-lua-van-phuc', 'product-non-la-ve-tay-chuong', 'product-dao-bep-thep-nhip-da-sy'],
  },
  {
    id: 'event-tuan-hang-dac-san-ba-vi-son-tay-2027',
    title: 'Tuần hàng đặc sản Ba Vì – Sơn Tây 2027',
    kind: 'tuan-hang',
    start: ['2027-09-10', '8:00'],
    end: ['2027-09-13', '21:00'],
    venue: VENUES.sonTay,
    organiser: HPA,
    summary: 'Bốn ngày bán và giới thiệu đặc sản vùng Ba Vì, Sơn Tây: sữa, chè, bánh tẻ, chè lam, lá thuốc người Dao.',
    description: [
      'Các gian hàng được dựng quanh khu vực Thành cổ Sơn Tây. Mỗi tối có chương trình văn nghệ của các nhóm văn hóa dân tộc Dao và Mường.',
      'Các hợp tác xã Ba Vì mở thêm tuyến tham quan trang trại bò sữa và đồi chè vào cuối tuần diễn ra tuần hàng.',
    ],
    images: [['market-week', 'Hình minh họa dãy sạp hàng có mái che bày nong quả, rau và chai lọ', 'tea-branch']],
    registration: {deadline: ['2027-08-20', '17:00'], url: 'https://forms.gle/tuanhangbavisontay2027'},
    producers: ['producer-htx-bo-sua-tan-vien', 'producer-htx-che-ba-vi', 'producer-thuoc-nam-trieu-thi-mai', 'producer-htx-banh-te-phu-nhi'],
    products: ['product-banh-sua-ba-vi', 'product-che-bup-ba-vi', 'product-la-tam-nguoi-dao-ba-vi', 'product-banh-te-phu-nhi'],
  },
]

export function eventDoc(e: EventInput): Doc {
  return {
    _id: e.id,
    _type: 'event',
    title: e.title,
    slug: slug(vietnameseSlug(e.title)),
    kind: e.kind,
    startsAt: hanoi(...e.start),
    endsAt: hanoi(...e.end),
    venue: {
      _type: 'venue',
      name: e.venue.name,
      ...(e.venue.address ? {address: e.venue.address} : {}),
      ...(e.venue.area ? {area: ref(e.venue.area)} : {}),
      location: {_type: 'geopoint', lat: e.venue.location[0], lng: e.venue.location[1]},
    },
    organiser: e.organiser,
    summary: e.summary,
    description: rich(...e.description),
    images: e.images.map(([motif, alt, companion], i) =>
      image({motif, palette: 'event', seed: `${e.id}#${i}`, ...(companion ? {companion} : {})}, alt),
    ),
    ...(e.registration ? {registrationDeadline: hanoi(...e.registration.deadline)} : {}),
    ...(e.registration?.url ? {registrationUrl: e.registration.url} : {}),
    ...(e.producers ? {producers: refs(e.producers)} : {}),
    ...(e.products ? {products: refs(e.products)} : {}),
  }
}

export const events: Doc[] = EVENTS.map(eventDoc)
