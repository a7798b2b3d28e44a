/**
 * The 25 producers (chủ thể OCOP): cooperatives, companies, household businesses and individuals.
 * Names of people and businesses are invented; the villages and their crafts are real.
 */
import {image, ref, slug, vietnameseSlug, type Doc, type Palette} from './lib.ts'

type Kind = 'hop-tac-xa' | 'doanh-nghiep' | 'ho-kinh-doanh' | 'ca-nhan'
type LinkKind = 'website' | 'shopee' | 'lazada' | 'tiki' | 'tiktok' | 'facebook' | 'zalo' | 'phone'

interface ProducerInput {
  id: string
  name: string
  /** The slug, when it differs from vietnameseSlug(name) (kept from the original sample or shortened). */
  slug?: string
  /** Slugs the producer's page had before; each keeps redirecting to it. */
  previousSlugs?: string[]
  kind: Kind
  area: string
  address: string
  phone: string
  email?: string
  website?: string
  links?: [LinkKind, string, string?][]
  description: string
  logo: {motif: string; palette: Palette; alt: string}
}

const PRODUCERS: ProducerInput[] = [
  {
    id: 'producer-htx-banh-chung-tranh-khuc',
    name: 'Hợp tác xã Bánh chưng Tranh Khúc',
    slug: 'htx-banh-chung-tranh-khuc',
    kind: 'hop-tac-xa',
    area: 'area-nam-phu',
    address: 'Thôn Tranh Khúc',
    phone: '0243 686 1234',
    email: 'banhchungtranhkhuc.htx@gmail.com',
    links: [
      ['facebook', 'https://www.facebook.com/banhchungtranhkhuc.htx', 'Trang Facebook của hợp tác xã'],
      ['phone', 'tel:02436861234', 'Gọi đặt bánh'],
    ],
    description:
      'Hợp tác xã quy tụ hơn ba mươi hộ gói bánh lâu năm của làng Tranh Khúc, cùng nhau giữ công thức truyền thống và giao bánh cho các cửa hàng trong nội thành.',
    logo: {motif: 'banh-chung', palette: 'thuc-pham', alt: 'Biểu trưng của hợp tác xã: chiếc bánh chưng gói lá dong trong vòng tròn đỏ'},
  },
  {
    id: 'producer-gom-minh-lam',
    name: 'Công ty TNHH Gốm sứ Minh Lam',
    slug: 'gom-su-minh-lam',
    kind: 'doanh-nghiep',
    area: 'area-bat-trang',
    address: 'Xóm 3, thôn Giang Cao',
    phone: '0912 345 678',
    email: 'lienhe.gomminhlam@gmail.com',
    website: 'https://sites.google.com/view/gom-minh-lam',
    links: [
      ['shopee', 'https://shopee.vn/gom-minh-lam-battrang', 'Gian hàng trên Shopee'],
      ['facebook', 'https://www.facebook.com/gomminhlam.battrang'],
      ['zalo', 'https://zalo.me/0912345678'],
    ],
    description:
      'Xưởng gốm gia đình ba đời ở Bát Tràng, nổi tiếng với dòng men lam vẽ tay và các bộ ấm chén dùng hằng ngày. Xưởng có một lò ga và một lò củi nhỏ, nhận khách đến xem thợ vuốt phôi và vẽ men.',
    logo: {motif: 'vase-lam', palette: 'thu-cong-my-nghe', alt: 'Biểu trưng của xưởng gốm Minh Lam: bình gốm trắng vẽ hoa sen màu lam'},
  },
  {
    id: 'producer-htx-lua-van-phuc',
    name: 'Hợp tác xã Lụa Vạn Phúc',
    slug: 'htx-lua-van-phuc',
    kind: 'hop-tac-xa',
    area: 'area-ha-dong',
    address: 'Phố Vạn Phúc',
    phone: '0243 382 5678',
    email: 'htxluavanphuc@gmail.com',
    links: [
      ['lazada', 'https://www.lazada.vn/shop/lua-van-phuc-htx', 'Gian hàng trên Lazada'],
      ['facebook', 'https://www.facebook.com/htxluavanphuc'],
    ],
    description:
      'Các hộ dệt của làng lụa Vạn Phúc góp sức trong một hợp tác xã để giữ nghề dệt lụa tơ tằm trên khung máy cổ. Hợp tác xã lo phần nhuộm, hoàn thiện và bán hàng, các hộ lo dệt.',
    logo: {motif: 'scarf', palette: 'thu-cong-my-nghe', alt: 'Biểu trưng của hợp tác xã: dải lụa xanh lam uốn lượn in hoa nhỏ'},
  },
  {
    id: 'producer-htx-bo-sua-tan-vien',
    name: 'Hợp tác xã Bò sữa Tản Viên',
    slug: 'htx-bo-sua-tan-vien',
    kind: 'hop-tac-xa',
    area: 'area-ba-vi',
    address: 'Thôn Yên Bai',
    phone: '0986 123 456',
    email: 'bosuatanvien@gmail.com',
    links: [
      ['tiktok', 'https://www.tiktok.com/@bosuatanvien', 'Kênh TikTok của trang trại'],
      ['zalo', 'https://zalo.me/0986123456', 'Đặt sữa qua Zalo'],
    ],
    description:
      'Hơn trăm hộ nuôi bò sữa dưới chân núi Ba Vì cùng thu gom sữa tươi mỗi sáng và chế biến tại xưởng của hợp tác xã.',
    logo: {motif: 'milk-bottle', palette: 'thuc-pham', alt: 'Biểu trưng của hợp tác xã: hai chai sữa trắng nắp đỏ'},
  },
  {
    id: 'producer-ho-nguyen-van-thanh',
    name: 'Hộ kinh doanh Nguyễn Văn Thành',
    slug: 'ho-kinh-doanh-nguyen-van-thanh',
    kind: 'ho-kinh-doanh',
    area: 'area-phu-nghia',
    address: 'Thôn Phú Vinh',
    phone: '0977 654 321',
    links: [['facebook', 'https://www.facebook.com/maytrephuvinh.thanh', 'Trang Facebook của xưởng']],
    description: 'Gia đình ông Thành đan mây tre từ thời ông nội, nay làm khay, giỏ và đèn mây theo đơn đặt hàng.',
    logo: {motif: 'basket', palette: 'thu-cong-my-nghe', alt: 'Biểu trưng của xưởng: chiếc giỏ mây đan có quai'},
  },
  {
    id: 'producer-htx-banh-te-phu-nhi',
    name: 'Hợp tác xã Bánh tẻ Phú Nhi',
    kind: 'hop-tac-xa',
    area: 'area-son-tay',
    address: 'Làng Phú Nhi',
    phone: '0983 214 657',
    links: [['facebook', 'https://www.facebook.com/banhtephunhi.htx']],
    description:
      'Hai mươi hai hộ làm bánh tẻ ở làng Phú Nhi cùng mua gạo, lá dong và giao bánh chung. Bánh làm trong đêm, sáng sớm đã có mặt ở các chợ Sơn Tây.',
    logo: {motif: 'banh-te', palette: 'thuc-pham', alt: 'Biểu trưng của hợp tác xã: những chiếc bánh tẻ thon dài gói lá dong'},
  },
  {
    id: 'producer-non-la-le-thi-hoa',
    name: 'Hộ kinh doanh Nón lá Lê Thị Hòa',
    kind: 'ho-kinh-doanh',
    area: 'area-dan-hoa',
    address: 'Làng Chuông',
    phone: '0356 778 912',
    links: [
      ['shopee', 'https://shopee.vn/nonlachuong.lethihoa', 'Gian hàng trên Shopee'],
      ['phone', 'tel:0356778912'],
    ],
    description:
      'Bà Hòa khâu nón từ năm mười hai tuổi. Nay cả nhà bốn người cùng làm, mỗi tuần được khoảng sáu mươi chiếc nón trắng và một ít nón vẽ tay theo đặt hàng.',
    logo: {motif: 'hat', palette: 'thu-cong-my-nghe', alt: 'Biểu trưng của hộ làm nón: chiếc nón lá trắng viền xanh'},
  },
  {
    id: 'producer-htx-gio-cha-uoc-le',
    name: 'Hợp tác xã Giò chả Ước Lễ',
    kind: 'hop-tac-xa',
    area: 'area-dan-hoa',
    address: 'Làng Ước Lễ',
    phone: '0868 452 301',
    email: 'giochauocle.htx@gmail.com',
    links: [
      ['tiki', 'https://tiki.vn/cua-hang/gio-cha-uoc-le', 'Gian hàng trên Tiki'],
      ['zalo', 'https://zalo.me/0868452301'],
    ],
    description:
      'Hợp tác xã của các gia đình làm giò chả lâu đời ở làng Ước Lễ. Thịt được mua trong ngày từ các lò mổ có kiểm dịch, giã bằng máy và gói lá chuối tại xưởng chung.',
    logo: {motif: 'gio', palette: 'thuc-pham', alt: 'Biểu trưng của hợp tác xã: khoanh giò lụa gói lá chuối'},
  },
  {
    id: 'producer-htx-che-ba-vi',
    name: 'Hợp tác xã Chè an toàn Ba Vì',
    kind: 'hop-tac-xa',
    area: 'area-ba-vi',
    address: 'Xóm Đồi Chè',
    phone: '0772 615 204',
    email: 'cheantoanbavi@gmail.com',
    links: [
      ['shopee', 'https://shopee.vn/che-an-toan-ba-vi', 'Gian hàng trên Shopee'],
      ['facebook', 'https://www.facebook.com/cheantoanbavi'],
    ],
    description:
      'Bốn mươi hộ trồng chè trên sườn đồi phía đông núi Ba Vì, canh tác theo quy trình an toàn và tự sao chè tại xưởng của hợp tác xã.',
    logo: {motif: 'tea-branch', palette: 'do-uong', alt: 'Biểu trưng của hợp tác xã: cành chè một tôm hai lá'},
  },
  {
    id: 'producer-thuoc-nam-trieu-thi-mai',
    name: 'Hộ kinh doanh Thuốc nam Triệu Thị Mai',
    kind: 'ho-kinh-doanh',
    area: 'area-ba-vi',
    address: 'Thôn Yên Sơn',
    phone: '0589 320 417',
    links: [
      ['facebook', 'https://www.facebook.com/thuocnamdao.trieuthimai'],
      ['phone', 'tel:0589320417', 'Hỏi đường đến nhà'],
    ],
    description:
      'Gia đình người Dao ở thôn Yên Sơn, nhiều đời hái và phơi lá thuốc trên núi Ba Vì. Bà Mai bán lá tắm, trà thảo mộc và đón khách nghỉ lại nhà sàn.',
    logo: {motif: 'herb-bundle', palette: 'duoc-lieu', alt: 'Biểu trưng của hộ kinh doanh: bó lá thuốc buộc lạt'},
  },
  {
    id: 'producer-htx-nong-nghiep-soc-son',
    name: 'Hợp tác xã Nông nghiệp sinh thái Sóc Sơn',
    kind: 'hop-tac-xa',
    area: 'area-soc-son',
    address: 'Xóm Đồi',
    phone: '0963 507 118',
    email: 'nongnghiepsinhthaisocson@gmail.com',
    website: 'https://sites.google.com/view/htx-sinh-thai-soc-son',
    links: [
      ['facebook', 'https://www.facebook.com/htxsinhthaisocson'],
      ['tiktok', 'https://www.tiktok.com/@gadoisocson'],
    ],
    description:
      'Hợp tác xã nuôi gà thả đồi, trồng chè và sả trên vùng đồi Sóc Sơn, đón khách về trải nghiệm làm nông vào cuối tuần.',
    logo: {motif: 'chicken', palette: 'thuc-pham', alt: 'Biểu trưng của hợp tác xã: con gà mái lông nâu'},
  },
  {
    id: 'producer-htx-nong-san-quoc-oai',
    name: 'Hợp tác xã Nông sản Quốc Oai',
    kind: 'hop-tac-xa',
    area: 'area-quoc-oai',
    address: 'Thôn 3',
    phone: '0329 846 270',
    links: [['lazada', 'https://www.lazada.vn/shop/nong-san-quoc-oai', 'Gian hàng trên Lazada']],
    description:
      'Hợp tác xã thu mua sắn dây và nghệ của các hộ trong vùng, lọc bột và sấy tại xưởng có phòng sạch nhỏ.',
    logo: {motif: 'turmeric', palette: 'duoc-lieu', alt: 'Biểu trưng của hợp tác xã: củ nghệ vàng bên đĩa bột nghệ'},
  },
  {
    id: 'producer-nem-phung-nguyen-thi-lan',
    name: 'Hộ kinh doanh Nem Phùng Nguyễn Thị Lan',
    kind: 'ho-kinh-doanh',
    area: 'area-dan-phuong',
    address: 'Phố Phùng',
    phone: '0915 236 048',
    links: [
      ['facebook', 'https://www.facebook.com/nemphung.nguyenthilan'],
      ['phone', 'tel:0915236048', 'Đặt nem qua điện thoại'],
    ],
    description:
      'Cơ sở làm nem Phùng của gia đình bà Lan, mở cửa từ năm 1998. Nem được làm mới mỗi sáng và giao trong ngày cho khách ở nội thành.',
    logo: {motif: 'nem', palette: 'thuc-pham', alt: 'Biểu trưng của cơ sở: những gói nem nhỏ bọc lá, buộc lạt'},
  },
  {
    id: 'producer-hoa-lan-o-dien',
    name: 'Công ty TNHH Hoa lan Ô Diên',
    kind: 'doanh-nghiep',
    area: 'area-o-dien',
    address: 'Cụm 7',
    phone: '024 3388 5120',
    email: 'hoalanodien@gmail.com',
    website: 'https://sites.google.com/view/hoa-lan-o-dien',
    links: [['shopee', 'https://shopee.vn/hoalanodien', 'Gian hàng trên Shopee']],
    description:
      'Công ty có ba nhà kính trồng lan hồ điệp và một vườn cúc, cung cấp lan chậu cho các cửa hàng hoa và doanh nghiệp dịp lễ, Tết.',
    logo: {motif: 'orchid', palette: 'sinh-vat-canh', alt: 'Biểu trưng của công ty: chậu lan hồ điệp hoa trắng'},
  },
  {
    id: 'producer-com-vong-thu-hang',
    name: 'Hộ kinh doanh Cốm Vòng Thu Hằng',
    kind: 'ho-kinh-doanh',
    area: 'area-cau-giay',
    address: 'Ngõ 2, làng Vòng',
    phone: '0904 318 562',
    links: [
      ['facebook', 'https://www.facebook.com/comvongthuhang'],
      ['zalo', 'https://zalo.me/0904318562'],
    ],
    description:
      'Gia đình chị Hằng là một trong số ít hộ còn giã cốm ở làng Vòng. Lúa nếp được mua ở ngoại thành khi hạt còn ngậm sữa và làm cốm ngay trong ngày.',
    logo: {motif: 'com', palette: 'thuc-pham', alt: 'Biểu trưng của hộ làm cốm: nắm cốm xanh trên lá sen'},
  },
  {
    id: 'producer-htx-buoi-dien',
    name: 'Hợp tác xã Bưởi Diễn Phú Diễn',
    kind: 'hop-tac-xa',
    area: 'area-phu-dien',
    address: 'Tổ dân phố 5',
    phone: '0948 271 635',
    links: [['facebook', 'https://www.facebook.com/buoidienphudien.htx']],
    description:
      'Các hộ còn giữ vườn bưởi Diễn trong khu dân cư Phú Diễn lập hợp tác xã để cùng chăm sóc, dán tem và bán bưởi quả, bưởi cảnh.',
    logo: {motif: 'pomelo', palette: 'thuc-pham', alt: 'Biểu trưng của hợp tác xã: hai quả bưởi vàng xanh'},
  },
  {
    id: 'producer-tra-sen-nguyen-thi-thu-ha',
    name: 'Nguyễn Thị Thu Hà',
    slug: 'tra-sen-nguyen-thi-thu-ha',
    kind: 'ca-nhan',
    area: 'area-tay-ho',
    address: 'Ngõ 52 phố Đặng Thai Mai',
    phone: '0936 482 019',
    links: [['facebook', 'https://www.facebook.com/trasentayho.thuha', 'Trang Facebook trà sen']],
    description:
      'Bà Thu Hà ướp trà sen theo cách học từ mẹ: mỗi cân chè cần hạt gạo sen của khoảng một nghìn bông sen Bách Diệp hái từ sáng sớm.',
    logo: {motif: 'lotus', palette: 'do-uong', alt: 'Biểu trưng trà sen: bông sen hồng bên lá sen'},
  },
  {
    id: 'producer-my-nghe-son-dong',
    name: 'Công ty TNHH Mỹ nghệ Sơn Đồng',
    kind: 'doanh-nghiep',
    area: 'area-son-dong',
    address: 'Xóm Chợ, làng Sơn Đồng',
    phone: '0243 365 4781',
    email: 'mynghesondong@gmail.com',
    website: 'https://sites.google.com/view/my-nghe-son-dong',
    links: [['zalo', 'https://zalo.me/0912784356', 'Tư vấn qua Zalo']],
    description:
      'Xưởng tạc tượng và làm đồ thờ gỗ với mười hai thợ, nhận làm hoành phi, câu đối và tượng theo kích thước của đình, chùa và gia đình.',
    logo: {motif: 'panel', palette: 'thu-cong-my-nghe', alt: 'Biểu trưng của công ty: bức hoành phi sơn son có hoa văn mây'},
  },
  {
    id: 'producer-htx-kham-trai-chuyen-my',
    name: 'Hợp tác xã Khảm trai Chuyên Mỹ',
    kind: 'hop-tac-xa',
    area: 'area-chuyen-my',
    address: 'Xóm Chợ',
    phone: '0973 605 842',
    email: 'khamtraichuyenmy@gmail.com',
    links: [
      ['shopee', 'https://shopee.vn/khamtraichuyenmy', 'Gian hàng trên Shopee'],
      ['facebook', 'https://www.facebook.com/khamtraichuyenmy.htx'],
    ],
    description:
      'Hợp tác xã của các thợ khảm trai, khảm ốc ở Chuyên Mỹ, làm tranh, hộp và khay khảm trên nền gỗ và sơn mài.',
    logo: {motif: 'inlay-picture', palette: 'thu-cong-my-nghe', alt: 'Biểu trưng của hợp tác xã: bức tranh khảm trai hình con hạc bên khóm trúc'},
  },
  {
    id: 'producer-ren-da-sy-pham-van-tuan',
    name: 'Hộ kinh doanh Rèn Đa Sỹ Phạm Văn Tuấn',
    kind: 'ho-kinh-doanh',
    area: 'area-kien-hung',
    address: 'Làng Đa Sỹ',
    phone: '0389 152 746',
    links: [
      ['shopee', 'https://shopee.vn/daokeodasy.tuan', 'Gian hàng trên Shopee'],
      ['phone', 'tel:0389152746'],
    ],
    description: 'Lò rèn của anh Tuấn có ba thợ, chuyên dao bếp và kéo làm từ thép nhíp ô tô, tôi và mài bằng tay.',
    logo: {motif: 'knife', palette: 'thu-cong-my-nghe', alt: 'Biểu trưng của lò rèn: hai con dao bếp cán gỗ'},
  },
  {
    id: 'producer-htx-huong-son',
    name: 'Hợp tác xã Dịch vụ nông nghiệp Hương Sơn',
    kind: 'hop-tac-xa',
    area: 'area-huong-son',
    address: 'Thôn Yến Vĩ',
    phone: '0246 328 9054',
    email: 'htxhuongson@gmail.com',
    links: [
      ['facebook', 'https://www.facebook.com/monhuongson.htx', 'Trang Facebook của hợp tác xã'],
      ['tiktok', 'https://www.tiktok.com/@mohuongson'],
    ],
    description:
      'Hợp tác xã thu mua mơ của các hộ trồng quanh núi Hương Sơn, làm mơ muối, siro và rượu mơ, và tổ chức đò đưa khách trên suối Yến.',
    logo: {motif: 'apricot', palette: 'do-uong', alt: 'Biểu trưng của hợp tác xã: những quả mơ vàng trên nong tre'},
  },
  {
    id: 'producer-vuon-hoa-me-linh-xanh',
    name: 'Công ty TNHH Vườn hoa Mê Linh Xanh',
    // A cooperative until it became a company: its old page address is printed on earlier packaging.
    previousSlugs: ['htx-hoa-me-linh-xanh'],
    kind: 'doanh-nghiep',
    area: 'area-me-linh',
    address: 'Thôn Hạ Lôi',
    phone: '0917 402 683',
    email: 'vuonhoamelinhxanh@gmail.com',
    links: [
      ['website', 'https://sites.google.com/view/vuon-hoa-me-linh-xanh'],
      ['zalo', 'https://zalo.me/0917402683', 'Đặt hoa qua Zalo'],
    ],
    description: 'Công ty trồng hoa hồng và cúc chậu trên sáu héc-ta ở Mê Linh, bán buôn cho các chợ hoa và giao lẻ trong nội thành.',
    logo: {motif: 'rose', palette: 'sinh-vat-canh', alt: 'Biểu trưng của công ty: bó hoa hồng đỏ'},
  },
  {
    id: 'producer-htx-nam-hoa-lac',
    name: 'Hợp tác xã Nấm Hòa Lạc',
    kind: 'hop-tac-xa',
    area: 'area-hoa-lac',
    address: 'Thôn 5',
    phone: '0392 718 405',
    links: [['lazada', 'https://www.lazada.vn/shop/nam-hoa-lac', 'Gian hàng trên Lazada']],
    description: 'Hợp tác xã trồng nấm linh chi và nấm sò trong nhà lưới, sấy bằng lò sấy nhiệt thấp tại chỗ.',
    logo: {motif: 'lingzhi', palette: 'duoc-lieu', alt: 'Biểu trưng của hợp tác xã: ba tai nấm linh chi màu nâu đỏ'},
  },
  {
    id: 'producer-ngo-van-binh',
    name: 'Ngô Văn Bình',
    slug: 'vuon-ngo-van-binh',
    kind: 'ca-nhan',
    area: 'area-dong-anh',
    address: 'Xóm Mới',
    phone: '0858 630 217',
    links: [['facebook', 'https://www.facebook.com/vuonbonsaingobinh']],
    description: 'Anh Bình trồng dưa lưới trong nhà màng và chăm một vườn bonsai nhỏ ở Đông Anh, bán hàng chủ yếu qua Facebook.',
    logo: {motif: 'bonsai', palette: 'sinh-vat-canh', alt: 'Biểu trưng của vườn: cây bonsai thân uốn trong chậu'},
  },
  {
    id: 'producer-son-mai-duc-minh',
    name: 'Hộ kinh doanh Sơn mài Đức Minh',
    kind: 'ho-kinh-doanh',
    area: 'area-thuong-tin',
    address: 'Thôn Hạ Thái',
    phone: '0965 384 720',
    links: [
      ['tiki', 'https://tiki.vn/cua-hang/son-mai-duc-minh', 'Gian hàng trên Tiki'],
      ['facebook', 'https://www.facebook.com/sonmaiducminh'],
    ],
    description:
      'Xưởng sơn mài của gia đình anh Minh làm tranh, hộp và khay sơn mài; mỗi sản phẩm qua hàng chục lớp sơn, mài và phơi.',
    logo: {motif: 'lacquer-box', palette: 'thu-cong-my-nghe', alt: 'Biểu trưng của xưởng: hộp tròn sơn mài đỏ và đen'},
  },
]

export const producerIds = PRODUCERS.map((p) => p.id)

export function producerArea(id: string): string {
  const producer = PRODUCERS.find((p) => p.id === id)
  if (!producer) throw new Error(`Unknown producer ${id}`)
  return producer.area
}

export function producerPhone(id: string): string {
  const producer = PRODUCERS.find((p) => p.id === id)
  if (!producer) throw new Error(`Unknown producer ${id}`)
  return producer.phone
}

export const producers: Doc[] = PRODUCERS.map((p) => ({
  _id: p.id,
  _type: 'producer',
  name: p.name,
  slug: slug(p.slug ?? vietnameseSlug(p.name)),
  ...(p.previousSlugs ? {previousSlugs: p.previousSlugs} : {}),
  kind: p.kind,
  logo: image({motif: p.logo.motif, palette: p.logo.palette, seed: p.id, shape: 'square'}, p.logo.alt),
  description: p.description,
  address: p.address,
  area: ref(p.area),
  phone: p.phone,
  ...(p.email ? {email: p.email} : {}),
  ...(p.website ? {website: p.website} : {}),
  ...(p.links ? {links: p.links.map(([kind, url, label]) => ({_type: 'shopLink', kind, url, ...(label ? {label} : {})}))} : {}),
}))
