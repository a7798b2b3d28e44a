/**
 * Eight craft villages of Hà Nội with their OCOP products, producers and showrooms.
 * History is kept to what is commonly known; visiting details are practical, not promotional.
 */
import {image, ref, refs, rich, slug, TET_2027, vietnameseSlug, weeklyHours, type Doc} from './lib.ts'
import {productProducer} from './products.ts'

interface VillageInput {
  id: string
  name: string
  area: string
  crafts: string
  summary: string
  story: string[]
  gettingThere: string
  hours: ReturnType<typeof weeklyHours>
  experiences: string[]
  location: [number, number]
  /** Only where the village really has a market on lunar days. */
  marketDays?: {name: string; lunarDays: number[]; opens: string; closes: string; note?: string}
  images: [string, string, string?][]
  producers: string[]
  showrooms: string[]
}

const VILLAGES: VillageInput[] = [
  {
    id: 'village-bat-trang',
    name: 'Làng gốm Bát Tràng',
    area: 'area-bat-trang',
    crafts: 'Gốm sứ men lam, men rạn, men ngọc, gốm mỹ nghệ và đồ gia dụng',
    summary: 'Làng gốm ven sông Hồng đã làm gốm hơn năm trăm năm, có chợ gốm, hàng trăm xưởng và lò nung, nhận khách tự tay nặn gốm.',
    story: [
      'Bát Tràng nằm bên tả ngạn sông Hồng, cách trung tâm Hà Nội khoảng mười ba cây số. Nghề gốm ở đây có từ thời Lý, Trần và phát triển mạnh từ thế kỷ XV.',
      '## Xem gì ở làng',
      'Khu làng cổ còn những ngõ nhỏ lát gạch, tường nhà dán bã than để phơi làm chất đốt cho lò. Nhiều xưởng mở cửa cho khách xem thợ vuốt phôi, vẽ men và xếp lò.',
      'Chợ gốm ở đầu làng bán đủ loại từ bát đĩa dùng hằng ngày đến bình, lọ trang trí, giá theo từng loại men và độ khó của hoa văn.',
    ],
    gettingThere:
      'Từ trung tâm đi theo đường đê sông Hồng qua cầu Chương Dương, khoảng 30 phút bằng xe máy. Xe buýt số 47A chạy từ Long Biên về Bát Tràng. Gửi xe ở bãi gần chợ gốm.',
    hours: weeklyHours([['mo-su', '7:30', '18:00']]),
    experiences: [
      'Tự nặn gốm trên bàn xoay và vẽ men (khoảng 90 phút)',
      'Đi dạo ngõ cổ, xem tường nhà dán bã than',
      'Xem xếp lò và ra lò ở một xưởng gia đình',
    ],
    location: [20.977, 105.912],
    images: [
      ['village-gate', 'Hình minh họa cổng làng mái ngói bên cây đa lớn, bên cạnh là bình gốm men lam', 'vase-lam'],
      ['pottery-wheel', 'Hình minh họa bàn xoay làm gốm với chiếc bình đất sét đang vuốt'],
      ['bowls', 'Hình minh họa bát đĩa men ngọc xếp chồng'],
    ],
    producers: ['producer-gom-minh-lam'],
    showrooms: ['pos-cho-gom-bat-trang', 'pos-ocop-ho-guom'],
  },
  {
    id: 'village-van-phuc',
    name: 'Làng lụa Vạn Phúc',
    area: 'area-ha-dong',
    crafts: 'Lụa tơ tằm, lụa vân hoa chìm, khăn, áo dài',
    summary: 'Làng dệt lụa bên sông Nhuệ, nay ở phường Hà Đông, nổi tiếng với lụa vân dệt hoa chìm; phố làng có hàng chục cửa hàng lụa.',
    story: [
      'Vạn Phúc là làng dệt lâu đời của xứ Hà Đông. Lụa vân của làng có hoa văn dệt chìm, chỉ hiện ra khi tấm lụa nghiêng dưới ánh sáng.',
      'Ngày nay phần lớn các hộ dệt bằng khung máy, một số nhà còn giữ khung dệt gỗ để dệt những tấm lụa đặc biệt và cho khách xem.',
      '## Xem gì ở làng',
      'Con phố chính của làng là dãy cửa hàng lụa liền nhau. Đi sâu vào ngõ, có thể nghe tiếng khung dệt và xem thợ mắc sợi, nhuộm vải.',
    ],
    gettingThere:
      'Cách Hồ Gươm khoảng 12 km. Đi tàu điện Cát Linh – Hà Đông, xuống ga Văn Quán rồi đi tiếp khoảng 2 km bằng xe ôm hoặc taxi. Đi xe máy mất chừng 35 phút.',
    hours: weeklyHours([['mo-su', '8:00', '19:00']], {exceptions: [TET_2027]}),
    experiences: ['Xem dệt lụa trên khung gỗ và thử dệt vài đường', 'May đo áo dài lụa trong năm ngày', 'Học cách phân biệt lụa tơ tằm với lụa pha'],
    location: [20.9802, 105.7744],
    images: [
      ['village-gate', 'Hình minh họa cổng làng lụa mái ngói bên cây đa, cạnh đó là dải lụa xanh', 'scarf'],
      ['loom', 'Hình minh họa khung dệt gỗ đang dệt tấm lụa'],
    ],
    producers: ['producer-htx-lua-van-phuc'],
    showrooms: ['pos-lang-lua-van-phuc', 'pos-sieu-thi-ha-dong'],
  },
  {
    id: 'village-chuong',
    name: 'Làng nón Chuông',
    area: 'area-dan-hoa',
    crafts: 'Nón lá trắng, nón vẽ tay, nón quai thao',
    summary: 'Làng làm nón lá lâu đời ở vùng Thanh Oai cũ; phiên chợ Chuông họp sáu ngày mỗi tháng theo lịch âm, bán nón, lá và khung nón.',
    story: [
      'Làng Chuông thuộc vùng Phương Trung, huyện Thanh Oai cũ, cách trung tâm Hà Nội khoảng ba mươi cây số về phía nam. Gần như nhà nào trong làng cũng có người làm nón.',
      'Nón Chuông làm từ lá cọ phơi sương cho trắng, khâu trên khung mười sáu vòng tre. Nón mỏng, nhẹ và đường khâu đều.',
      '## Chợ Chuông',
      'Chợ họp vào các ngày 4, 10, 14, 20, 24 và 30 âm lịch, từ sáng sớm. Đây là nơi người làm nón mua lá, khung và bán nón cho các mối buôn.',
    ],
    gettingThere: 'Từ Hà Đông đi theo quốc lộ 21B về phía Kim Bài, khoảng 50 phút bằng xe máy tính từ trung tâm. Nên đến vào buổi sáng của ngày có phiên chợ.',
    hours: weeklyHours([['mo-su', '8:00', '17:00']], {note: 'Giờ các hộ làm nón đón khách; chợ Chuông họp từ 5:00 đến trưa vào các phiên chợ.'}),
    experiences: ['Đi chợ Chuông vào buổi sáng phiên chợ', 'Xem là lá, xếp lá và khâu nón ở một gia đình', 'Tự trang trí một chiếc nón để mang về'],
    marketDays: {
      name: 'Chợ Chuông',
      lunarDays: [4, 10, 14, 20, 24, 30],
      opens: '05:00',
      closes: '12:00',
      note: 'Đông nhất từ sáng sớm đến khoảng 9 giờ; phiên tháng Chạp bán nhiều nón mới cho dịp Tết.',
    },
    location: [20.8583, 105.7648],
    images: [
      ['village-gate', 'Hình minh họa cổng làng mái ngói và cây đa, bên cạnh là chiếc nón lá trắng', 'hat'],
      ['hat-painted', 'Hình minh họa chiếc nón lá vẽ hoa sen'],
    ],
    producers: ['producer-non-la-le-thi-hoa'],
    showrooms: ['pos-ocop-ho-guom', 'pos-sieu-thi-ha-dong'],
  },
  {
    id: 'village-tranh-khuc',
    name: 'Làng bánh chưng Tranh Khúc',
    area: 'area-nam-phu',
    crafts: 'Bánh chưng, bánh chưng gấc, bánh giầy',
    summary: 'Làng ven sông Hồng ở vùng Thanh Trì cũ, gói và luộc bánh chưng quanh năm; tháng Chạp cả làng đỏ lửa ngày đêm.',
    story: [
      'Tranh Khúc nằm ở vùng Thanh Trì cũ, cách trung tâm khoảng mười lăm cây số. Làng gói bánh chưng quanh năm, giao cho các cửa hàng và nhà hàng trong nội thành.',
      'Những ngày giáp Tết, nhiều nhà đặt nồi luộc bánh lớn ngoài sân, lửa củi cháy suốt đêm. Một nhà có thể gói hàng nghìn chiếc bánh mỗi ngày.',
      'Khách đến vào tháng Chạp có thể xem cả quá trình: rửa lá dong, vo gạo, gói bánh bằng khuôn và bằng tay, xếp bánh vào nồi.',
    ],
    gettingThere: 'Đi theo đường Giải Phóng và quốc lộ 1A về phía nam rồi rẽ về phía đê sông Hồng, khoảng 35 phút bằng xe máy.',
    hours: weeklyHours([['mo-su', '8:00', '20:00']], {note: 'Giờ các hộ làm bánh đón khách; đông nhất vào tháng Chạp.'}),
    experiences: ['Tự gói một chiếc bánh chưng bằng tay (khoảng 30 phút)', 'Xem luộc bánh bằng nồi lớn vào những ngày giáp Tết'],
    location: [20.9031, 105.8661],
    images: [
      ['village-gate', 'Hình minh họa cổng làng mái ngói bên cây đa, cạnh đó là chiếc bánh chưng vuông', 'banh-chung'],
      ['banh-chung', 'Hình minh họa chiếc bánh chưng gói lá dong, buộc lạt giang'],
    ],
    producers: ['producer-htx-banh-chung-tranh-khuc'],
    showrooms: ['pos-ocop-ho-guom', 'pos-sieu-thi-ngoc-hoi'],
  },
  {
    id: 'village-phu-vinh',
    name: 'Làng mây tre đan Phú Vinh',
    area: 'area-phu-nghia',
    crafts: 'Mây tre đan: khay, giỏ, đèn, tranh và đồ trang trí',
    summary: 'Làng đan mây tre ở vùng Chương Mỹ cũ, nổi tiếng với những sản phẩm đan rất mảnh; nhiều nhà vẫn đan tại hiên nhà.',
    story: [
      'Phú Vinh thuộc vùng Chương Mỹ cũ, cách trung tâm Hà Nội khoảng hai mươi lăm cây số về phía tây nam. Người làng đan mây tre từ nhiều đời.',
      'Thợ giỏi ở Phú Vinh đan được những sợi mây chẻ mảnh như sợi chỉ, làm tranh đan và lọ hoa đan kín không lọt nước sau khi phủ sơn.',
      '## Xem gì ở làng',
      'Buổi chiều, nhiều gia đình ngồi đan ở hiên nhà. Khách có thể xem chẻ mây, vót nan, uốn khung và đan; một số nhà nhận dạy đan một chiếc lót cốc nhỏ.',
    ],
    gettingThere: 'Đi theo Đại lộ Thăng Long rồi rẽ về phía Chương Mỹ, hoặc theo quốc lộ 6 qua Hà Đông; khoảng 45 phút bằng xe máy.',
    hours: weeklyHours([['mo-su', '8:00', '17:30']], {exceptions: [TET_2027]}),
    experiences: ['Xem chẻ mây, vót nan và đan ở hiên nhà', 'Học đan một chiếc lót cốc (khoảng 60 phút)', 'Đặt làm đèn mây theo kích thước riêng'],
    location: [20.9189, 105.6662],
    images: [
      ['village-gate', 'Hình minh họa cổng làng mái ngói bên cây đa, bên cạnh là chiếc giỏ mây', 'basket'],
      ['lamp', 'Hình minh họa chao đèn mây đan đang sáng'],
      ['tray', 'Hình minh họa khay mây tròn đan mắt cáo'],
    ],
    producers: ['producer-ho-nguyen-van-thanh'],
    showrooms: ['pos-showroom-phu-vinh', 'pos-ocop-ho-guom'],
  },
  {
    id: 'village-son-dong',
    name: 'Làng tạc tượng Sơn Đồng',
    area: 'area-son-dong',
    crafts: 'Tạc tượng gỗ, đồ thờ, hoành phi câu đối, sơn son thếp vàng',
    summary: 'Làng tạc tượng và làm đồ thờ ở vùng Hoài Đức cũ; nhiều đình, chùa trong và ngoài Hà Nội đặt tượng, hoành phi tại đây.',
    story: [
      'Sơn Đồng thuộc vùng Hoài Đức cũ, cách trung tâm Hà Nội khoảng mười lăm cây số về phía tây. Làng nổi tiếng với nghề tạc tượng và làm đồ thờ bằng gỗ.',
      'Một pho tượng qua tay nhiều thợ: thợ tạc, thợ sơn và thợ thếp. Phần sơn son thếp vàng có nhiều công đoạn, mỗi lớp sơn phải để khô trong buồng ẩm.',
      '## Xem gì ở làng',
      'Dọc đường làng là các xưởng mở cửa, thấy thợ ngồi đục gỗ ngay ở sân. Khách có thể vào xem, nhưng nên hỏi trước khi chụp ảnh tượng đang làm.',
    ],
    gettingThere: 'Đi theo Đại lộ Thăng Long hoặc quốc lộ 32 về phía Hoài Đức, khoảng 30 phút bằng xe máy. Đường làng hẹp, ô tô nên đỗ ở đầu làng.',
    hours: weeklyHours([['mo-sa', '8:00', '17:30']], {exceptions: [TET_2027]}),
    experiences: ['Xem thợ tạc tượng và thợ sơn thếp làm việc', 'Thử đục một hoa văn đơn giản trên gỗ mềm'],
    location: [21.0466, 105.7068],
    images: [
      ['village-gate', 'Hình minh họa cổng làng mái ngói bên cây đa, cạnh đó là pho tượng sơn son', 'statue'],
      ['panel', 'Hình minh họa hoành phi và câu đối sơn son có hoa văn mây'],
    ],
    producers: ['producer-my-nghe-son-dong'],
    showrooms: ['pos-showroom-son-dong'],
  },
  {
    id: 'village-chuyen-my',
    name: 'Làng khảm trai Chuyên Mỹ',
    area: 'area-chuyen-my',
    crafts: 'Khảm trai, khảm ốc trên gỗ và sơn mài: tranh, hộp, khay, đồ nội thất',
    summary: 'Làng khảm trai lâu đời ở vùng Phú Xuyên cũ; thợ cưa, mài vỏ trai, vỏ ốc thành hình rồi gắn vào mặt gỗ thành tranh và đồ dùng.',
    story: [
      'Chuyên Mỹ cách trung tâm Hà Nội khoảng bốn mươi cây số về phía nam. Nghề khảm trai ở đây có từ nhiều trăm năm và nay vẫn là nghề chính của nhiều gia đình.',
      'Nguyên liệu là vỏ trai, vỏ ốc, có loại nhập từ vùng biển. Thợ mài mỏng vỏ, cưa theo mẫu vẽ, đục rãnh trên gỗ và gắn từng mảnh.',
      '## Xem gì ở làng',
      'Ở các xưởng, có thể thấy cả dây chuyền: người mài vỏ, người cưa trai bằng cưa tay rất mảnh, người gắn và người đánh bóng.',
    ],
    gettingThere: 'Đi theo quốc lộ 1A hoặc đường cao tốc Pháp Vân – Cầu Giẽ về phía Phú Xuyên, khoảng 60 đến 75 phút bằng ô tô.',
    hours: weeklyHours([['mo-su', '8:00', '17:00']], {exceptions: [TET_2027]}),
    experiences: ['Xem cưa trai và gắn trai ở bàn thợ', 'Tự khảm một miếng lót cốc nhỏ có sẵn mẫu (khoảng 90 phút)'],
    location: [20.7582, 105.8654],
    images: [
      ['village-gate', 'Hình minh họa cổng làng mái ngói bên cây đa, cạnh đó là bức tranh khảm trai', 'inlay-picture'],
      ['inlay-tray', 'Hình minh họa khay trà sơn đen khảm hoa'],
    ],
    producers: ['producer-htx-kham-trai-chuyen-my'],
    showrooms: ['pos-nha-trung-bay-chuyen-my', 'pos-ocop-ho-guom'],
  },
  {
    id: 'village-da-sy',
    name: 'Làng rèn Đa Sỹ',
    area: 'area-kien-hung',
    crafts: 'Rèn dao, kéo và dụng cụ làm vườn',
    summary: 'Làng rèn ở vùng Hà Đông, nay thuộc phường Kiến Hưng; các lò rèn làm dao bếp, kéo và dụng cụ từ thép nhíp.',
    story: [
      'Đa Sỹ là làng rèn có tiếng của vùng Hà Đông. Sản phẩm chính là dao bếp, dao chặt, kéo và các dụng cụ làm vườn.',
      'Thép dùng để rèn phần nhiều là thép nhíp ô tô cũ, cứng và dẻo. Thợ nung thép trong lò than, đập trên đe rồi tôi lưỡi bằng nước.',
      'Nhiều lò nay dùng búa máy cho phần đập thô, nhưng việc tôi và mài lưỡi vẫn làm bằng tay.',
    ],
    gettingThere: 'Cách trung tâm Hà Đông khoảng 3 km về phía đông nam; từ Hồ Gươm khoảng 40 phút bằng xe máy. Xe ô tô vào được đến đầu làng.',
    hours: weeklyHours([['mo-su', '7:00', '11:30'], ['mo-su', '13:30', '17:00']], {note: 'Giờ các lò rèn làm việc.'}),
    experiences: ['Xem nung, đập và tôi lưỡi dao ở lò rèn', 'Mài lại dao mang theo từ nhà, có thợ hướng dẫn'],
    location: [20.9561, 105.7879],
    images: [
      ['village-gate', 'Hình minh họa cổng làng mái ngói bên cây đa, bên cạnh là hai con dao bếp', 'knife'],
      ['scissors', 'Hình minh họa chiếc kéo thép tay cầm tròn'],
    ],
    producers: ['producer-ren-da-sy-pham-van-tuan'],
    showrooms: ['pos-sieu-thi-ha-dong'],
  },
]

export const villageIds = VILLAGES.map((v) => v.id)

export const villages: Doc[] = VILLAGES.map((v) => ({
  _id: v.id,
  _type: 'craftVillage',
  name: v.name,
  slug: slug(vietnameseSlug(v.name)),
  area: ref(v.area),
  crafts: v.crafts,
  summary: v.summary,
  story: rich(...v.story),
  images: v.images.map(([motif, alt, companion], i) =>
    image({motif, palette: i === 0 ? 'village' : v.id === 'village-tranh-khuc' ? 'thuc-pham' : 'thu-cong-my-nghe', seed: `${v.id}#${i}`, ...(companion ? {companion} : {})}, alt),
  ),
  visit: {
    gettingThere: v.gettingThere,
    hours: v.hours,
    experiences: v.experiences,
    location: {_type: 'geopoint', lat: v.location[0], lng: v.location[1]},
    ...(v.marketDays ? {marketDays: v.marketDays} : {}),
  },
  products: refs([...productProducer].filter(([, producer]) => v.producers.includes(producer)).map(([id]) => id)),
  producers: refs(v.producers),
  showrooms: refs(v.showrooms),
}))
