import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {gunzipSync} from 'node:zlib'
import {close, createIndex} from 'pagefind'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {z} from 'astro/zod'
import {localSource} from '../../site/lib/content-source'
import {
  articleSchema,
  eventSchema,
  pointOfSaleSchema,
  producerSchema,
  productSchema,
  trainingSchema,
  villageSchema,
} from '../../site/lib/content-schemas'
import {
  articlesQuery,
  eventsQuery,
  pointsOfSaleQuery,
  producersQuery,
  productsQuery,
  trainingsQuery,
  villagesQuery,
} from '../../site/lib/queries'
import {catalogueDocumentHtml, catalogueRecords, searchableTexts, searchDocumentHtml, type IndexedRecord} from '../../site/lib/search-index'
import {dateWords, formerDistrictName, placeFacets, recordFilters, searchRecords, type SearchContent, type SearchRecord} from '../../site/lib/search-records'
import {RESULT_DATA} from '../../site/lib/search-fields'
import {dMarks, excerptParts, foldAll, foldD, rankHits, restoreD} from '../../site/lib/search-text'

async function load<S extends z.ZodType>(query: string, schema: S): Promise<z.infer<S>[]> {
  const documents = await localSource().fetch<unknown[]>(query)
  return documents.map((document) => schema.parse(document))
}

let content: SearchContent
let records: SearchRecord[]

beforeAll(async () => {
  content = {
    products: await load(productsQuery, productSchema),
    producers: await load(producersQuery, producerSchema),
    villages: await load(villagesQuery, villageSchema),
    pointsOfSale: await load(pointsOfSaleQuery, pointOfSaleSchema),
    events: await load(eventsQuery, eventSchema),
    trainings: await load(trainingsQuery, trainingSchema),
    articles: await load(articlesQuery, articleSchema),
  }
  records = searchRecords(content, '2026-11-26')
})

describe('folding đ', () => {
  it('writes đ as d and changes nothing else', () => {
    expect(foldD('Đan Phượng, đặc sản đồ gỗ')).toBe('Dan Phượng, dặc sản dồ gỗ')
    expect(foldD('Dao bếp Đa Sỹ').length).toBe('Dao bếp Đa Sỹ'.length)
  })

  it('puts every đ back where it was, next to d that stay d', () => {
    const text = 'Dao bếp Đa Sỹ được rèn ở làng Đa Sỹ; dân làng đi chợ Đông Dương.'
    expect(dMarks('không có chữ nào')).toBe('')
    expect(restoreD(foldD(text), dMarks(text))).toBe(text)
    expect(restoreD('dan', undefined)).toBe('dan')
  })

  it('restores across the spaces and full stops Pagefind puts between blocks', () => {
    const blocks = ['Giò lụa Đan Phượng', 'đặc sản', 'Dân làng đi chợ']
    const stored = `${blocks.map(foldD).join('. ')}.` // Pagefind's stored text of <h1>…</h1><p>…</p>…
    expect(restoreD(stored, dMarks(blocks.join(' ')))).toBe('Giò lụa Đan Phượng. đặc sản. Dân làng đi chợ.')
  })

  it('folds what visitors type: decomposed accents, capitals, extra spaces, đ', () => {
    const decomposed = 'Đò suối Yến'.normalize('NFD')
    expect(decomposed).not.toBe('Đò suối Yến')
    expect(foldAll(`  ${decomposed}  `)).toBe('do suoi yen')
    expect(foldAll('  Đan  PHƯỢNG\t')).toBe('dan phuong')
  })
})

describe('excerpts', () => {
  const words = Array.from({length: 60}, (_, index) => `w${index}`).join(' ')

  it('shows the window with the most matches and marks them', () => {
    const parts = excerptParts(words, [40, 42], {length: 10})
    const text = parts.map((part) => part.text).join('')
    expect(text.startsWith('… ')).toBe(true)
    expect(text.endsWith(' …')).toBe(true)
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(['w40', 'w42'])
  })

  it('starts after the title, which the result shows already', () => {
    const parts = excerptParts('Tiêu đề dài. Nội dung bắt đầu ở đây', [], {length: 4, from: 3})
    expect(parts.map((part) => part.text).join('')).toBe('Nội dung bắt đầu …')
  })
})

describe('ranking the first results', () => {
  const now = new Date('2026-11-26T10:00:00+07:00')
  const hit = (title: string, kind: string, score: number, more: {stars?: number; startsAt?: string; endsAt?: string} = {}) => ({title, kind, score, ...more})

  it('puts the title that is the query first, then titles that start with it', () => {
    const hits = [hit('Chả cốm làng Vòng', 'san-pham', 9), hit('Hộ kinh doanh Cốm Vòng Thu Hằng', 'chu-the', 8), hit('Cốm làng Vòng', 'san-pham', 7)]
    expect(rankHits(hits, ['com', 'lang', 'vong'], {now}).map(({title}) => title)).toEqual(['Cốm làng Vòng', 'Chả cốm làng Vòng', 'Hộ kinh doanh Cốm Vòng Thu Hằng'])
    expect(rankHits(hits, [], {now})).toEqual(hits)
  })

  it('knows that the first word names the thing: teas before a tea tray, the five-star tea first', () => {
    const hits = [hit('Khay trà khảm trai', 'san-pham', 6, {stars: 3}), hit('Trà nụ hồng sấy Mê Linh', 'san-pham', 4.1, {stars: 4}), hit('Trà sen Tây Hồ', 'san-pham', 4.1, {stars: 5})]
    expect(rankHits(hits, ['tra'], {now}).map(({title}) => title)).toEqual(['Trà sen Tây Hồ', 'Trà nụ hồng sấy Mê Linh', 'Khay trà khảm trai'])
  })

  it('puts products and villages before a shop and news that name them, and past events last', () => {
    const hits = [
      hit('Điểm bán sản phẩm OCOP chợ gốm Bát Tràng', 'diem-ban', 45),
      hit('Triển lãm gốm Bát Tràng 2026', 'su-kien', 45, {startsAt: '2026-04-10T08:00:00+07:00', endsAt: '2026-04-14T17:00:00+07:00'}),
      hit('Triển lãm gốm Bát Tràng 2026 khép lại sau bốn ngày', 'tin-tuc', 39),
      hit('Bộ ấm chén men rạn Bát Tràng', 'san-pham', 23, {stars: 5}),
      hit('Lọ hoa men hỏa biến', 'san-pham', 13, {stars: 4}),
      hit('Làng gốm Bát Tràng', 'lang-nghe', 46),
    ]
    const ranked = rankHits(hits, ['gom', 'bat', 'trang'], {now}).map(({kind}) => kind)
    expect(ranked).toEqual(['lang-nghe', 'san-pham', 'san-pham', 'diem-ban', 'tin-tuc', 'su-kien'])
    // Asked for ("chợ gốm Bát Tràng"), the shop comes first.
    expect(rankHits(hits, ['cho', 'gom', 'bat', 'trang'], {now, intents: ['diem-ban']})[0]!.kind).toBe('diem-ban')
  })

  it('lists the events to come soonest first, and the ones that are over after them', () => {
    const fair = (title: string, startsAt: string, endsAt: string) => hit(title, 'su-kien', 10, {startsAt, endsAt})
    const hits = [
      fair('Hội chợ OCOP 2025', '2025-11-20T08:00:00+07:00', '2025-11-24T21:00:00+07:00'),
      fair('Hội chợ Tết', '2027-01-20T08:00:00+07:00', '2027-01-25T21:00:00+07:00'),
      fair('Hội chợ OCOP 2026', '2026-11-24T08:00:00+07:00', '2026-11-30T21:00:00+07:00'),
    ]
    expect(rankHits(hits, ['hoi', 'cho'], {now, intents: ['su-kien']}).map(({title}) => title)).toEqual(['Hội chợ OCOP 2026', 'Hội chợ Tết', 'Hội chợ OCOP 2025'])
  })

  it('gives the same order with or without marks, and takes the last word as unfinished while typing', () => {
    const hits = [hit('Bánh tẻ Phú Nhi', 'san-pham', 5), hit('Bánh chưng Tranh Khúc', 'san-pham', 5)]
    expect(rankHits(hits, [foldAll('bánh chưng')].flatMap((text) => text.split(' ')), {now})[0]!.title).toBe('Bánh chưng Tranh Khúc')
    expect(rankHits(hits, ['banh', 'chu'], {now, lastIsPrefix: true})[0]!.title).toBe('Bánh chưng Tranh Khúc')
  })
})

describe('search records from the sample dataset', () => {
  it('has one record for every page a visitor may look for', () => {
    const count = (type: string) => records.filter((record) => record.type === type).length
    expect(count('san-pham')).toBe(content.products.length)
    expect(count('chu-the')).toBe(content.producers.length)
    expect(count('lang-nghe')).toBe(content.villages.length)
    expect(count('diem-ban')).toBe(content.pointsOfSale.length)
    expect(count('su-kien')).toBe(content.events.length)
    expect(count('dao-tao')).toBe(content.trainings.length)
    expect(count('tin-tuc')).toBe(content.articles.length)
    expect(count('dia-ban')).toBe(new Set(content.products.map((product) => product.area._id)).size)
    expect(records.find((record) => record.type === 'gioi-thieu')?.url).toBe('/gioi-thieu/')
    expect(new Set(records.map((record) => record.url)).size).toBe(records.length)
  })

  it('files a product under its type, group, stars, commune, former district and, while valid, its certificate', () => {
    const record = records.find((candidate) => candidate.title === 'Bộ ấm chén men rạn Bát Tràng')!
    expect(recordFilters(record)).toEqual({loai: ['san-pham'], nhom: ['thu-cong-my-nghe'], sao: ['5'], xa: ['xa-bat-trang'], huyen: ['gia-lam'], 'hieu-luc': ['con']})
    expect(recordFilters(records.find((candidate) => candidate.title === 'Sữa chua Ba Vì')!)['hieu-luc']).toBeUndefined()
    expect(record.keywords).toContain('huyện Gia Lâm cũ')
    expect(record.subtitle).toBe('5 sao · Công ty TNHH Gốm sứ Minh Lam · xã Bát Tràng')
  })

  it('gives every product every catalogue sort key, ascending, the name order as the index order', () => {
    const products = records.filter((record) => record.type === 'san-pham')
    for (const product of products) expect(Object.keys(product.sorts ?? {}).sort()).toEqual(['cong-nhan', 'gia', 'nhieu-sao', 'ten'])
    const byName = [...products].sort((a, b) => a.sorts!.ten!.localeCompare(b.sorts!.ten!)).map((record) => record.title)
    expect(byName).toEqual(products.map((record) => record.title).sort(new Intl.Collator('vi').compare))
    const value = (title: string, key: string) => products.find((record) => record.title === title)!.sorts![key]!
    // 5 stars before 4; decided 2025-10-16 before 2024-…; priced before "Liên hệ".
    expect(value('Bộ ấm chén men rạn Bát Tràng', 'nhieu-sao') < value('Bánh chưng Tranh Khúc', 'nhieu-sao')).toBe(true)
    const dates = [...products].sort((a, b) => a.sorts!['cong-nhan']!.localeCompare(b.sorts!['cong-nhan']!))
    const decided = (record: (typeof products)[number]) => content.products.find((product) => product.name === record.title)!.ocop.decisionDate
    expect(dates.map(decided)).toEqual(dates.map(decided).sort().reverse())
  })

  it("gives the catalogue's index the products only, A–Z, with what a card shows and no text", () => {
    const indexed = catalogueRecords(records.map(({image, ...record}) => ({...record, thumbnail: image ? {src: `/thumbs/${image.ref}.webp`, alt: image.alt} : null})))
    expect(indexed.map((record) => record.title)).toEqual(content.products.map((product) => product.name).sort(new Intl.Collator('vi').compare))
    const html = catalogueDocumentHtml(indexed.find((record) => record.title === 'Bộ ấm chén men rạn Bát Tràng')!)
    expect(html).toContain('data-pagefind-meta="cs[content]" content="Công ty TNHH Gốm sứ Minh Lam"')
    expect(html).toContain('data-pagefind-filter="xa[content]" content="xa-bat-trang"')
    expect(html).toContain('data-pagefind-sort="nhieu-sao[content]"')
    // No type filter (every record is a product), no sort for the index's own order, no body text.
    expect(html).not.toContain('loai')
    expect(html).not.toContain('data-pagefind-sort="ten[content]"')
    expect(html).toMatch(/<main data-pagefind-body><h1>Bộ ấm chén men rạn Bát Tràng<\/h1><\/main>/)
  })

  it('dates events and news for sorting and gives events their end day', () => {
    const event = records.find((record) => record.type === 'su-kien')!
    expect(recordFilters(event)['ket-thuc']?.[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(event.date).toBe(event.startsAt)
    expect(records.filter((record) => record.type === 'tin-tuc').every((record) => record.date)).toBe(true)
  })

  it('writes the days of events and trainings as people ask for them', () => {
    expect(dateWords('2026-12-18T08:00:00+07:00', '2026-12-20T17:00:00+07:00')).toEqual(['tháng 12 năm 2026, tháng 12/2026', 'thứ sáu, thứ bảy, chủ nhật', 'cuối tuần'])
    // Hà Nội's day, not UTC's: 23:30 UTC on 31/12 is already 1/1 in Hà Nội.
    expect(dateWords('2026-12-31T23:30:00Z')).toEqual(['tháng 1 năm 2027, tháng 1/2027', 'thứ sáu'])
    const december = records.filter((record) => record.keywords.some((keyword) => keyword.startsWith('tháng 12 năm 2026')))
    expect(december.map((record) => record.type)).toEqual(expect.arrayContaining(['su-kien', 'dao-tao']))
  })

  it('files trainings under the words people use for them, and every record under its kind', () => {
    for (const record of records.filter((candidate) => candidate.type === 'dao-tao')) expect(record.keywords).toContain('lớp đào tạo, tập huấn, bồi dưỡng, lớp học')
    expect(records.find((record) => record.type === 'diem-ban')!.keywords.at(-1)).toBe('Điểm bán')
    const online = records.filter((record) => record.keywords.includes('online'))
    expect(online.map((record) => record.title)).toContain('Bán hàng OCOP trên sàn thương mại điện tử')
  })

  it('names former districts as people say them', () => {
    expect(formerDistrictName('Gia Lâm')).toBe('huyện Gia Lâm')
    expect(formerDistrictName('Hà Đông')).toBe('quận Hà Đông')
    expect(formerDistrictName('Sơn Tây')).toBe('thị xã Sơn Tây')
  })

  it('offers as place filters only places that something is in, in Vietnamese order', () => {
    const {areas, districts} = placeFacets(records)
    expect(areas.map((area) => area.label)).toContain('Xã Bát Tràng')
    expect(districts).toContainEqual({value: 'gia-lam', label: 'Gia Lâm'})
    const labels = areas.map((area) => area.label)
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'vi')))
  })
})

describe('the index Pagefind builds from the records', () => {
  let output: string
  const fragments: {url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]>}[] = []

  beforeAll(async () => {
    output = await mkdtemp(path.join(tmpdir(), 'ocop-search-'))
    const {index} = await createIndex({forceLanguage: 'vi'})
    for (const {image, ...record} of records) {
      const indexed: IndexedRecord = {...record, thumbnail: image ? {src: `/thumbs/${image.ref}.webp`, alt: image.alt} : null}
      const added = await index!.addHTMLFile({url: record.url, content: searchDocumentHtml(indexed)})
      expect(added.errors).toEqual([])
    }
    await index!.writeFiles({outputPath: output})
    await close()
    const folder = path.join(output, 'fragment')
    for (const file of await readdir(folder)) {
      // A fragment is gzipped "pagefind_dcd" followed by JSON.
      fragments.push(JSON.parse(gunzipSync(await readFile(path.join(folder, file))).toString('utf8').replace(/^pagefind_dcd/, '')))
    }
  })

  afterAll(async () => {
    await rm(output, {recursive: true, force: true})
  })

  it('indexes folded text only, and stores the metadata as written', () => {
    expect(fragments).toHaveLength(records.length)
    for (const fragment of fragments) expect(fragment.content).not.toMatch(/[đĐ]/)
    const fragment = fragments.find((candidate) => candidate.url === '/lang-nghe/lang-ren-da-sy/')!
    expect(fragment.meta.title).toBe('Làng rèn Đa Sỹ')
    expect(fragment.filters.loai).toEqual(['lang-nghe'])
    expect(fragment.filters[RESULT_DATA.image]?.[0]).toMatch(/^\/thumbs\/.+\.webp$/)
  })

  it('makes nothing searchable that no visitor means: no file name, hash, URL, image size or machine date', () => {
    // Pagefind searches the text and every metadata field (not the filters, where the thumbnail is).
    const junk = [/\.(webp|avif|jpe?g|png|svg|pdf)\b/i, /\b[0-9a-f]{8,}\b/i, /https?:|\/[a-z][\w-]*\//i, /\b\d{2,5}x\d{2,5}\b/, /\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}/, /_astro|thumbs/]
    for (const fragment of fragments) {
      for (const searchable of [fragment.content, ...Object.values(fragment.meta)]) {
        for (const pattern of junk) expect(searchable, `${fragment.url}: ${pattern}`).not.toMatch(pattern)
      }
    }
    for (const record of records) for (const text of searchableTexts(record)) for (const pattern of junk) expect(text, `${record.url}: ${pattern}`).not.toMatch(pattern)
  })

  it('gives back, for every record, exactly the words that were written', () => {
    const words = (text: string) => text.split(/\s+/).map((word) => word.replace(/[.,;:!?…)]+$/, '')).filter(Boolean)
    for (const record of records) {
      const fragment = fragments.find((candidate) => candidate.url === record.url)!
      const written = [record.title, ...(record.aliases ?? []), ...record.keywords, ...record.body].map((text) => text.normalize('NFC')).join(' ')
      const restored = words(restoreD(fragment.content, fragment.filters[RESULT_DATA.dMarks]?.[0]))
      expect(restored, record.url).toEqual(words(written))
      // The body starts where the record says, for excerpts of results found by a filter alone.
      if (record.body.length > 0) expect(restored[Number(fragment.filters[RESULT_DATA.bodyStart]?.[0])], record.url).toBe(words(record.body[0]!)[0])
    }
  })
})
