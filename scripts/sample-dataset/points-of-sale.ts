/**
 * 15 places that introduce and sell OCOP products: craft-village showrooms, supermarket counters,
 * shops. The names are invented; what each carries follows from the products' own lists.
 */
import {image, ref, refs, slug, TET_2027, vietnameseSlug, weeklyHours, type Doc, type Palette} from './lib.ts'
import {productProducer, products} from './products.ts'

type Kind = 'showroom' | 'sieu-thi' | 'lang-nghe' | 'cua-hang'

interface PointOfSaleInput {
  id: string
  name: string
  kind: Kind
  address: string
  area: string
  location: [number, number]
  hours: ReturnType<typeof weeklyHours>
  phone: string
  description: string
  /** [motif or scene, alt text, companion motif] */
  images: [string, string, string?][]
  palette?: Palette
}

const POINTS: PointOfSaleInput[] = [
  {
    id: 'pos-cho-gom-bat-trang',
    name: 'Điểm bán sản phẩm OCOP chợ gốm Bát Tràng',
    kind: 'lang-nghe',
    address: 'Chợ gốm Bát Tràng, thôn Giang Cao',
    area: 'area-bat-trang',
    location: [20.9766, 105.9131],
    hours: weeklyHours([['mo-su', '7:30', '18:00']]),
    phone: '0243 874 2215',
    description:
      'Gian hàng ở cửa chợ gốm, bày gốm của các xưởng có sản phẩm OCOP trong làng. Có chỗ gửi xe máy và đóng gói hàng dễ vỡ để mang đi xa.',
    images: [
      ['showroom', 'Hình minh họa gian hàng mái ngói với kệ bày bình gốm men lam và bát đĩa'],
      ['vase-lam', 'Hình minh họa bình gốm men lam bày trên kệ cùng ấm chén', 'teaset'],
    ],
  },
  {
    id: 'pos-lang-lua-van-phuc',
    name: 'Cửa hàng lụa đầu làng Vạn Phúc',
    kind: 'lang-nghe',
    address: 'Đầu làng Vạn Phúc, phố Vạn Phúc',
    area: 'area-ha-dong',
    location: [20.9806, 105.7737],
    hours: weeklyHours([['mo-su', '8:00', '19:00']], {exceptions: [TET_2027]}),
    phone: '0243 382 5678',
    description:
      'Cửa hàng của Hợp tác xã Lụa Vạn Phúc, bán lụa theo mét, khăn, áo dài may sẵn và nhận may đo. Phía sau cửa hàng có một khung dệt để khách xem.',
    images: [['shopfront', 'Hình minh họa mặt tiền cửa hàng có mái hiên sọc đỏ trắng, trong tủ kính bày lụa', 'scarf']],
  },
  {
    id: 'pos-ocop-ho-guom',
    name: 'Điểm giới thiệu sản phẩm OCOP Hồ Gươm',
    kind: 'showroom',
    address: 'Số 12 phố Lê Thái Tổ',
    area: 'area-hoan-kiem',
    location: [21.0302, 105.8506],
    hours: weeklyHours(
      [
        ['mo-th', '8:30', '21:30'],
        ['fr-su', '8:30', '24:00'],
      ],
      {note: 'Tối thứ Sáu, thứ Bảy và Chủ Nhật mở đến nửa đêm, theo giờ phố đi bộ Hồ Gươm.'},
    ),
    phone: '024 3826 4410',
    description:
      'Điểm giới thiệu sản phẩm OCOP của nhiều xã, phường Hà Nội, gần Hồ Gươm, hợp với khách du lịch tìm quà. Có khu thử trà và góc chụp ảnh sản phẩm.',
    images: [
      ['exhibition', 'Hình minh họa phòng trưng bày với ba khung tranh và các bục bày sản phẩm'],
      ['shopfront', 'Hình minh họa mặt tiền điểm giới thiệu sản phẩm với mái hiên sọc và cửa kính'],
    ],
  },
  {
    id: 'pos-sieu-thi-long-bien',
    name: 'Siêu thị Nông sản Sạch Long Biên',
    kind: 'sieu-thi',
    address: 'Số 150 đường Nguyễn Văn Cừ',
    area: 'area-long-bien',
    location: [21.0458, 105.8771],
    hours: weeklyHours([['mo-su', '7:00', '22:00']]),
    phone: '0243 872 6631',
    description:
      'Siêu thị thực phẩm có quầy riêng cho sản phẩm OCOP: thịt, giò chả, rau quả, sữa tươi ở tủ mát và các loại chè, bánh đóng gói.',
    images: [['supermarket', 'Hình minh họa quầy siêu thị với ba tầng kệ xếp hộp, chai và lọ nhiều màu']],
    palette: 'shop',
  },
  {
    id: 'pos-ttm-cau-giay',
    name: 'Quầy OCOP Trung tâm thương mại Cầu Giấy',
    kind: 'sieu-thi',
    address: 'Tầng 1, số 88 đường Trần Thái Tông',
    area: 'area-cau-giay',
    location: [21.0338, 105.7902],
    hours: weeklyHours([['mo-su', '9:00', '22:00']]),
    phone: '0246 295 3380',
    description:
      'Quầy giới thiệu sản phẩm OCOP ở tầng trệt trung tâm thương mại, bán quà tặng thủ công, trà, nấm và đặc sản đóng hộp. Nhận gói quà cho doanh nghiệp.',
    images: [
      ['supermarket', 'Hình minh họa quầy hàng trong trung tâm thương mại, kệ bày hộp quà và chai lọ'],
      ['lamp', 'Hình minh họa chao đèn mây treo trên quầy', 'inlay-box'],
    ],
    palette: 'shop',
  },
  {
    id: 'pos-sieu-thi-ha-dong',
    name: 'Siêu thị Hà Đông – quầy đặc sản OCOP',
    kind: 'sieu-thi',
    address: 'Số 30 đường Quang Trung',
    area: 'area-ha-dong',
    location: [20.9688, 105.7748],
    hours: weeklyHours([['mo-su', '8:00', '21:30']]),
    phone: '0243 352 7190',
    description:
      'Quầy đặc sản trong siêu thị, tập trung sản phẩm của Hà Đông và các xã phía nam thành phố: giò chả, dao kéo Đa Sỹ, lụa, nón lá.',
    images: [['supermarket', 'Hình minh họa kệ hàng đặc sản với các hộp và lọ xếp thẳng hàng']],
    palette: 'shop',
  },
  {
    id: 'pos-showroom-son-dong',
    name: 'Nhà trưng bày mỹ nghệ Sơn Đồng',
    kind: 'lang-nghe',
    address: 'Xóm Chợ, làng Sơn Đồng',
    area: 'area-son-dong',
    location: [21.0468, 105.7071],
    hours: weeklyHours([['mo-sa', '8:00', '17:30']], {exceptions: [TET_2027]}),
    phone: '0243 365 4781',
    description:
      'Nhà trưng bày của Công ty TNHH Mỹ nghệ Sơn Đồng, bày tượng, hoành phi, câu đối và đồ thờ. Khách được xem xưởng tạc tượng ở phía sau.',
    images: [['showroom', 'Hình minh họa gian trưng bày kiểu nhà truyền thống mái ngói, cột son', 'statue']],
  },
  {
    id: 'pos-nha-trung-bay-chuyen-my',
    name: 'Nhà trưng bày khảm trai Chuyên Mỹ',
    kind: 'lang-nghe',
    address: 'Xóm Chợ',
    area: 'area-chuyen-my',
    location: [20.7583, 105.8652],
    hours: weeklyHours([['mo-su', '8:00', '17:00']], {exceptions: [TET_2027]}),
    phone: '0973 605 842',
    description:
      'Phòng trưng bày của Hợp tác xã Khảm trai Chuyên Mỹ, có tranh, hộp, khay và một bàn thợ để khách xem cưa trai, gắn trai.',
    images: [
      ['showroom', 'Hình minh họa nhà trưng bày mái ngói với kệ bày hộp và tranh khảm'],
      ['inlay-box', 'Hình minh họa hộp gỗ đen khảm hoa trắng trên kệ trưng bày'],
    ],
  },
  {
    id: 'pos-dac-san-ba-vi',
    name: 'Cửa hàng đặc sản Ba Vì',
    kind: 'cua-hang',
    address: 'Số 45 phố Quảng Oai',
    area: 'area-quang-oai',
    location: [21.1995, 105.4247],
    hours: weeklyHours([['mo-su', '7:00', '20:00']], {exceptions: [TET_2027]}),
    phone: '0246 326 0587',
    description:
      'Cửa hàng bán sữa, bánh sữa, chè Ba Vì, lá tắm người Dao và đặc sản Sơn Tây. Khách đi Ba Vì hay dừng mua quà trên đường về.',
    images: [['shopfront', 'Hình minh họa cửa hàng đặc sản có mái hiên sọc và tủ kính bày chai lọ', 'milk-bottle']],
  },
  {
    id: 'pos-nong-san-soc-son',
    name: 'Cửa hàng nông sản OCOP Sóc Sơn',
    kind: 'cua-hang',
    address: 'Số 18 đường Núi Đôi',
    area: 'area-soc-son',
    location: [21.2566, 105.8489],
    hours: weeklyHours([['mo-su', '7:00', '19:00']]),
    phone: '0963 507 118',
    description: 'Cửa hàng của Hợp tác xã Nông nghiệp sinh thái Sóc Sơn, bán gà đồi làm sẵn, chè, tinh dầu và nhận đăng ký trải nghiệm ở trang trại.',
    images: [['market-week', 'Hình minh họa ba sạp hàng có mái che sọc, bày nong quả và rau']],
  },
  {
    id: 'pos-ben-duc-huong-son',
    name: 'Điểm bán sản phẩm OCOP bến Đục',
    kind: 'cua-hang',
    address: 'Khu bến Đục, thôn Yến Vĩ',
    area: 'area-huong-son',
    location: [20.6176, 105.7457],
    hours: weeklyHours([['mo-su', '6:30', '18:00']], {
      exceptions: [{from: '2027-02-11', to: '2027-05-05', reason: 'Mùa lễ hội chùa Hương (mùng 6 tháng Giêng đến hết tháng Ba âm lịch)', opens: '6:30', closes: '20:00'}],
    }),
    phone: '0246 328 9054',
    description:
      'Gian hàng của Hợp tác xã Dịch vụ nông nghiệp Hương Sơn ngay bến đò, bán mơ muối, siro và rượu mơ, nhận đặt đò và người dẫn đường.',
    images: [['market-week', 'Hình minh họa các sạp hàng có mái che bày quả mơ vàng và lá', 'apricot-jar']],
  },
  {
    id: 'pos-showroom-phu-vinh',
    name: 'Showroom mây tre đan Phú Vinh',
    kind: 'lang-nghe',
    address: 'Thôn Phú Vinh',
    area: 'area-phu-nghia',
    location: [20.9187, 105.6668],
    hours: weeklyHours([['mo-su', '8:00', '17:30']], {exceptions: [TET_2027]}),
    phone: '0977 654 321',
    description: 'Gian trưng bày khay, giỏ, đèn và đồ trang trí mây tre của các hộ trong làng; có bàn đan để khách xem thợ làm.',
    images: [
      ['showroom', 'Hình minh họa gian trưng bày mái ngói, trên kệ có giỏ và đèn mây'],
      ['basket', 'Hình minh họa giỏ mây có quai bên chiếc khay mây tròn', 'tray'],
    ],
  },
  {
    id: 'pos-ocop-dan-phuong',
    name: 'Điểm giới thiệu sản phẩm OCOP Đan Phượng',
    kind: 'showroom',
    address: 'Số 6 phố Phùng',
    area: 'area-dan-phuong',
    location: [21.0873, 105.6631],
    hours: weeklyHours([['mo-su', '7:30', '20:00']]),
    phone: '0243 388 6402',
    description: 'Điểm giới thiệu sản phẩm của các chủ thể OCOP ở Đan Phượng: nem Phùng, giò thủ, lan hồ điệp và trà hoa cúc.',
    images: [['exhibition', 'Hình minh họa phòng trưng bày có kệ gỗ và khung ảnh sản phẩm', 'orchid']],
  },
  {
    id: 'pos-dac-san-tay-ho',
    name: 'Cửa hàng trà và đặc sản Tây Hồ',
    kind: 'cua-hang',
    address: 'Số 35 đường Xuân Diệu',
    area: 'area-tay-ho',
    location: [21.0629, 105.8289],
    hours: weeklyHours([['mo-su', '8:00', '21:00']]),
    phone: '0936 482 019',
    description: 'Cửa hàng nhỏ bán trà sen, trà nhài, chè xanh và ấm chén gốm. Có bàn uống thử trà.',
    images: [['shopfront', 'Hình minh họa cửa hàng trà có mái hiên sọc đỏ, trong tủ kính bày hộp trà', 'lotus']],
  },
  {
    id: 'pos-sieu-thi-ngoc-hoi',
    name: 'Siêu thị Ngọc Hồi – quầy OCOP',
    kind: 'sieu-thi',
    address: 'Quốc lộ 1A, thôn Ngọc Hồi',
    area: 'area-ngoc-hoi',
    location: [20.9131, 105.8423],
    hours: weeklyHours([['mo-su', '7:30', '21:30']]),
    phone: '0243 688 1057',
    description: 'Quầy OCOP trong siêu thị ven quốc lộ, bán bánh chưng Tranh Khúc, giò chả, gà đồi và nước mơ.',
    images: [['supermarket', 'Hình minh họa dãy kệ siêu thị với sản phẩm xếp ba tầng']],
    palette: 'shop',
  },
]

export const pointOfSaleIds = POINTS.map((p) => p.id)

/** What each point carries, from the products' lists of points of sale. */
function carried(posId: string): {products: string[]; producers: string[]} {
  const productIds = products.filter((p) => ((p.pointsOfSale as {_ref: string}[] | undefined) ?? []).some((r) => r._ref === posId)).map((p) => p._id)
  const producerIds = [...new Set(productIds.map((id) => productProducer.get(id) as string))]
  return {products: productIds, producers: producerIds}
}

export const pointsOfSale: Doc[] = POINTS.map((p) => {
  const {products: carriedProducts, producers: carriedProducers} = carried(p.id)
  return {
    _id: p.id,
    _type: 'pointOfSale',
    name: p.name,
    slug: slug(vietnameseSlug(p.name)),
    kind: p.kind,
    address: p.address,
    area: ref(p.area),
    location: {_type: 'geopoint', lat: p.location[0], lng: p.location[1]},
    hours: p.hours,
    phone: p.phone,
    description: p.description,
    images: p.images.map(([motif, alt, companion], i) =>
      image({motif, palette: p.palette ?? 'shop', seed: `${p.id}#${i}`, ...(companion ? {companion} : {})}, alt),
    ),
    producers: refs(carriedProducers),
    products: refs(carriedProducts),
  }
})
