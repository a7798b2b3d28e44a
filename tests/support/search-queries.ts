/**
 * What visitors type into search on the sample site, and what they expect to see: the yardstick
 * of search quality (scripts/measure-search-quality.ts reports hit@1 and hit@5 on it). Rows state
 * what a visitor means, not what the engine answers today; many are meant to fail until it learns.
 *
 * How a row is judged, on the first page of results of /tim-kiem/ as of the sample's now
 * (26/11/2026, tests/support/clock.ts):
 * - `top`: every title is among the first `within` results (3 unless given); `top[0]` is the page
 *   the visitor means, the one hit@1 and hit@5 look for. Titles are exactly as the pages show them.
 * - `unknown`: nothing on the site is what the visitor means; the page shows no result and says so,
 *   naming `unknown`, the word that matched nothing.
 */
export type SearchCase =
  | {query: string; why: string; top: string[]; within?: number}
  | {query: string; why: string; unknown: string}

/**
 * The teas, ahead of the tray "Khay trà khảm trai" whose title also says "trà": any tea is right,
 * so the row asks for the five-star one, which stars put first of teas that match alike.
 */
const TEA = ['Trà sen Tây Hồ']

/** The craft village and its ceramics, ahead of shops, past fairs and news that name Bát Tràng. */
const BAT_TRANG_CERAMICS = ['Làng gốm Bát Tràng', 'Bộ ấm chén men rạn Bát Tràng', 'Bình gốm men lam vẽ tay', 'Bộ bát đĩa men ngọc Bát Tràng', 'Lọ hoa men hỏa biến']

/** What happens in December 2026, soonest first: two trainings (8/12, 15–16/12) and a product week (18–24/12). */
const DECEMBER = ['Bán hàng OCOP trên sàn thương mại điện tử', 'Thiết kế bao bì và nhãn hàng hóa cho sản phẩm OCOP', 'Tuần hàng OCOP Hà Nội tại Siêu thị Nông sản Sạch Long Biên']

/** The fairs still to come on 26/11/2026, soonest first: the city's OCOP fair (24–30/11, on now), then the Tết fair. */
const UPCOMING_FAIRS = ['Hội chợ sản phẩm OCOP Hà Nội năm 2026', 'Hội chợ Tết Đinh Mùi 2027']

export const SEARCH_CASES: SearchCase[] = [
  // Names typed with and without diacritics, in capitals, with extra spaces, in NFD.
  {query: 'dan phuong', top: ['Xã Đan Phượng'], why: 'no diacritics, đ typed as d'},
  {query: 'Đan Phượng', top: ['Xã Đan Phượng'], why: 'full diacritics'},
  {query: 'đan phuong', top: ['Xã Đan Phượng'], why: 'đ but no tone marks'},
  {query: 'ĐAN PHƯỢNG', top: ['Xã Đan Phượng'], why: 'capitals with diacritics'},
  {query: 'banh chung', top: ['Bánh chưng Tranh Khúc'], within: 1, why: 'no diacritics'},
  {query: 'gio lua uoc le', top: ['Giò lụa Ước Lễ'], within: 1, why: 'four words without diacritics'},
  {query: 'dao bep da sy', top: ['Dao bếp thép nhíp Đa Sỹ'], within: 1, why: 'd that is d next to d that is đ'},
  {query: 'DUA LUOI DONG ANH', top: ['Dưa lưới Đông Anh'], within: 1, why: 'capitals, no diacritics, đ'},
  {query: 'Đò suối Yến'.normalize('NFD'), top: ['Đò suối Yến và đường lên động Hương Tích'], within: 1, why: 'decomposed (NFD) input'},
  {query: 'gia lam', top: ['Xã Bát Tràng'], why: 'former district name'},
  {query: 'huyen thanh oai', top: ['Xã Dân Hòa'], why: 'former district with its kind'},
  {query: '   khan   lua  van phuc ', top: ['Khăn lụa tơ tằm Vạn Phúc'], why: 'extra spaces'},
  {query: 'hop tac xa lua van phuc', top: ['Hợp tác xã Lụa Vạn Phúc'], within: 1, why: 'producer, many words'},
  {query: 'com lang vong', top: ['Cốm làng Vòng'], within: 1, why: 'the whole title, without diacritics'},
  {query: 'diem ban ho guom', top: ['Điểm giới thiệu sản phẩm OCOP Hồ Gươm'], why: 'point of sale'},
  {query: 'hoi cho tet dinh mui', top: ['Hội chợ Tết Đinh Mùi 2027'], within: 1, why: 'event, đ'},
  {query: 'duc minh', top: ['Hộ kinh doanh Sơn mài Đức Minh'], within: 1, why: 'đ at the start of a name'},
  {query: 'Rượu mơ', top: ['Rượu mơ Hương Sơn'], within: 1, why: 'exact diacritics'},
  {query: 'ha dong', top: ['Phường Hà Đông'], why: 'two short, common syllables'},
  {query: 'lang ren', top: ['Làng rèn Đa Sỹ'], within: 1, why: 'craft village'},
  {query: 'tem ocop ma qr', top: ['Tem OCOP có mã QR: quét để biết sản phẩm từ đâu'], why: 'news'},
  {query: 'mot xa mot san pham', top: ['Về chương trình OCOP'], why: 'the page about the programme'},
  {query: 'Bánh Chưng', top: ['Bánh chưng Tranh Khúc'], within: 1, why: 'with marks and capitals: the same first result as "banh chung"'},
  {query: 'non la', top: ['Nón lá làng Chuông', 'Nón lá vẽ tay làng Chuông'], why: 'two products named alike, no diacritics'},
  {query: 'nón lá', top: ['Nón lá làng Chuông', 'Nón lá vẽ tay làng Chuông'], why: 'the same with diacritics: the same order'},
  {query: 'khay tra', top: ['Khay trà khảm trai'], within: 1, why: 'the tray, when the tray is what is asked for'},

  // Junk: words that appear only in file names and image sizes, or that nothing on the site is.
  {query: 'ceramics', unknown: 'ceramics', why: 'English; no page is in English, whatever the image files are called'},
  {query: 'webp', unknown: 'webp', why: 'an image format, not content'},
  {query: '1200x800', unknown: '1200x800', why: 'an image size, not content'},
  {query: 'jpg', unknown: 'jpg', why: 'an image format, not content'},
  {query: 'honey', unknown: 'honey', why: 'English; the only honey is an unpublished draft'},
  {query: 'pizza hai san', unknown: 'pizza', why: 'one word nothing could mean, next to words that match by chance'},

  // Leftovers of Vietnamese input methods: Telex (dd = đ, w = ư/ơ, s f r x j = tones) and VNI (digits).
  {query: 'ddan phuong', top: ['Xã Đan Phượng'], why: 'Telex dd for đ'},
  {query: 'ddoong anh', top: ['Xã Đông Anh'], why: 'Telex dd for đ and oo for ô'},
  {query: 'traf', top: TEA, why: 'Telex f for the grave tone of "trà"'},
  {query: 'banhs chuwng', top: ['Bánh chưng Tranh Khúc'], within: 1, why: 'Telex tone key s and w for ư'},
  {query: 'giof luaj', top: ['Giò lụa Ước Lễ'], within: 1, why: 'Telex tone keys f and j'},
  {query: 'd9an phuo7ng', top: ['Xã Đan Phượng'], why: 'VNI 9 for đ, 7 for ơ'},
  {query: 'banh chu7ng', top: ['Bánh chưng Tranh Khúc'], within: 1, why: 'VNI 7 for ư'},

  // Slips of the thumb: swapped, missing and doubled letters.
  {query: 'com lang vogn', top: ['Cốm làng Vòng'], within: 1, why: 'two letters swapped'},
  {query: 'nme phung', top: ['Nem Phùng'], within: 1, why: 'two letters swapped in a short word'},
  {query: 'rouu mo huong son', top: ['Rượu mơ Hương Sơn'], within: 1, why: 'two vowels swapped'},
  {query: 'bat trng', top: ['Làng gốm Bát Tràng', 'Xã Bát Tràng'], why: 'a letter missing'},
  {query: 'sua chuaa ba vi', top: ['Sữa chua Ba Vì'], within: 1, why: 'a letter doubled'},

  // Words people use that the records do not contain.
  {query: 'thang 12', top: DECEMBER, why: 'a month: what happens in December, no record says "tháng 12"'},
  {query: 'tháng 12', top: DECEMBER, why: 'the same with diacritics'},
  {query: 'tap huan', top: ['Livestream bán hàng cho chủ thể OCOP', 'Bán hàng OCOP trên sàn thương mại điện tử', 'Thiết kế bao bì và nhãn hàng hóa cho sản phẩm OCOP'], why: 'the trainings to come, soonest first, before the news that mentions training'},
  {query: 'ban hang online', top: ['Bán hàng OCOP trên sàn thương mại điện tử', 'Livestream bán hàng cho chủ thể OCOP'], why: '"online": the records say "trực tuyến" and "thương mại điện tử"'},
  {query: 'mua gom o dau', top: ['Điểm bán sản phẩm OCOP chợ gốm Bát Tràng'], why: '"where to buy ceramics": a point of sale'},
  {query: 'toi can tim non la', top: ['Nón lá làng Chuông', 'Nón lá vẽ tay làng Chuông'], why: 'a question in words; "tôi cần tìm" names nothing'},

  // Ranking: what is meant first, dated pages by what is still to come.
  {query: 'trà', top: TEA, why: 'tea, not the tray "Khay trà khảm trai"'},
  {query: 'tra', top: TEA, why: 'the same without diacritics'},
  {query: 'gom bat trang', top: BAT_TRANG_CERAMICS, within: 6, why: 'the ceramics and their village before shops, past fairs and news'},
  {query: 'gốm bát tràng', top: BAT_TRANG_CERAMICS, within: 6, why: 'the same with diacritics'},
  {query: 'cho gom bat trang', top: ['Điểm bán sản phẩm OCOP chợ gốm Bát Tràng'], within: 1, why: 'the shop, when the market is what is asked for'},
  {query: 'hoi cho', top: UPCOMING_FAIRS, within: 2, why: 'the fairs to come first, past ones after'},
  {query: 'hội chợ', top: UPCOMING_FAIRS, within: 2, why: 'the same with diacritics'},
  {query: 'lich hoi cho tet', top: ['Hội chợ Tết Đinh Mùi 2027'], within: 1, why: '"lịch" (schedule) is in no title'},
  {query: 'tuan hang', top: ['Tuần hàng OCOP Hà Nội tại Siêu thị Nông sản Sạch Long Biên', 'Tuần hàng đặc sản Ba Vì – Sơn Tây 2027'], within: 2, why: 'product weeks to come, soonest first, the past one after'},
  {query: 'trien lam', top: ['Triển lãm lụa và thủ công mỹ nghệ Hà Nội 2027'], within: 1, why: 'the one exhibition still to come, before the two past ones and their news'},
]
