/**
 * A synthetic catalogue of any size in the export format of content/, for the benchmark: every
 * document is a copy of a document of the sample dataset (its shape, its Vietnamese text, its
 * images) with its own id, name, slug, references and dates, so that it passes the same
 * validation (`npm run content:check -- --dataset …`) and the site builds it as it builds content/.
 *
 * Proportions follow Hà Nội's catalogue (DOMAIN.md): about 2.5 products per producer, a point of
 * sale per 35 products (100+ points for ~3,500 products), a craft village page per 25 products,
 * and events, trainings and news that grow with the catalogue as editors publish daily. The
 * communes are the sample's. Images are reused from a small pool of the sample's images, so
 * that image processing costs the same at every size, as it would with a CDN or a cache.
 */
import {createHash} from 'node:crypto'
import {copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parseAssetPlaceholder} from '../../site/lib/sanity-export.ts'
import {ocop, type Doc, type Stars} from '../sample-dataset/lib.ts'
import {rng, type Rng} from '../sample-dataset/svg.ts'
import {vietnameseSlug} from '../../schemas/lib/slug.ts'

/** How many documents of each type a catalogue of `products` products has. */
export function proportions(products: number) {
  if (!Number.isInteger(products) || products < 1) throw new RangeError(`--products must be a positive integer, got ${products}`)
  const per = (ratio: number) => Math.max(1, Math.round(products / ratio))
  return {
    products,
    producers: per(2.5),
    villages: per(25),
    pointsOfSale: per(35),
    events: per(100),
    trainings: per(150),
    articles: per(10),
  }
}

export type Proportions = ReturnType<typeof proportions>

/** Images per product group, and for each other kind of picture, that the whole catalogue shares. */
const POOL_PER_KIND = 3

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trịnh']
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Quang', 'Thu', 'Ngọc', 'Hữu', 'Thanh', 'Xuân']
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hạnh', 'Hải', 'Hoa', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vân', 'Việt', 'Yến', 'Hiền', 'Thắng']
const PREFIX: Record<string, string> = {'hop-tac-xa': 'Hợp tác xã', 'doanh-nghiep': 'Công ty TNHH', 'ho-kinh-doanh': 'Hộ kinh doanh', 'ca-nhan': 'Nghệ nhân'}
/** What sets two products of one producer and one kind apart. */
const VARIANTS = ['hộp quà', 'loại đặc biệt', 'truyền thống', 'cao cấp', 'gia truyền', 'túi nhỏ', 'loại một', 'mùa mới']

/** The n-th person's name, every one different up to FAMILY × MIDDLE × GIVEN (4,800). */
function person(n: number) {
  const given = GIVEN[n % GIVEN.length]
  const middle = MIDDLE[Math.floor(n / GIVEN.length) % MIDDLE.length]
  const family = FAMILY[Math.floor(n / (GIVEN.length * MIDDLE.length)) % FAMILY.length]
  const round = Math.floor(n / (GIVEN.length * MIDDLE.length * FAMILY.length))
  return `${family} ${middle} ${given}${round > 0 ? ` ${round + 1}` : ''}`
}

const sha = (text: string) => createHash('sha1').update(text).digest('hex')
const key = (text: string) => sha(text).slice(0, 12)

/** Hà Nội time, written as the sample writes instants: whole seconds, UTC. */
const instant = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z')
const shiftInstant = (value: unknown, days: number) => (typeof value === 'string' ? instant(Date.parse(value) + days * 86_400_000) : value)

function walk(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) value.forEach((item) => walk(item, visit))
  else if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>)
    for (const child of Object.values(value)) walk(child, visit)
  }
}

interface Template {
  docs: Doc[]
  byType: (type: string) => Doc[]
  assets: Record<string, Record<string, unknown>>
}

function readTemplate(dir: string): Template {
  const docs = readFileSync(path.join(dir, 'data.ndjson'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Doc)
    .filter((doc) => !doc._id.startsWith('drafts.'))
  return {
    docs,
    byType: (type) => docs.filter((doc) => doc._type === type),
    assets: JSON.parse(readFileSync(path.join(dir, 'assets.json'), 'utf8')),
  }
}

/**
 * The pool: for each product group and for logos, villages, points of sale, events and articles,
 * the first few images the sample uses there. Every image of a copy is replaced by one of the
 * pool's of the same kind, chosen by the original image.
 */
function imagePool(template: Template) {
  const pool = new Map<string, string[]>()
  const kindOf = (doc: Doc, field: string) => (doc._type === 'product' ? `product:${doc.group}` : field === 'logo' ? 'logo' : doc._type)
  for (const doc of template.docs) {
    for (const [field, value] of Object.entries(doc)) {
      walk(value, (node) => {
        if (typeof node._sanityAsset !== 'string' || !node._sanityAsset.startsWith('image@')) return
        const list = pool.get(kindOf(doc, field)) ?? []
        if (list.length < POOL_PER_KIND && !list.includes(node._sanityAsset)) list.push(node._sanityAsset)
        pool.set(kindOf(doc, field), list)
      })
    }
  }
  return (doc: Doc, field: string, original: string) => {
    const list = pool.get(kindOf(doc, field))!
    return list[parseInt(sha(original).slice(0, 8), 16) % list.length]
  }
}

export interface SyntheticDataset {
  counts: Proportions
  docs: Doc[]
  /** Export paths (images/…, files/…) of the asset files the documents use. */
  files: string[]
  assets: Record<string, Record<string, unknown>>
}

/** The documents of a catalogue of `products` products, made from the sample export in `templateDir`. */
export function generateDataset(products: number, templateDir: string): SyntheticDataset {
  const counts = proportions(products)
  const template = readTemplate(templateDir)
  const poolImage = imagePool(template)
  const random: Rng = rng(`ocop-synthetic-${products}`)
  const slugs = new Map<string, Set<string>>()

  /** A slug not yet used by a document of this type: the name's, else with -2, -3… */
  const uniqueSlug = (type: string, name: string) => {
    const used = slugs.get(type) ?? new Set<string>()
    slugs.set(type, used)
    const base = vietnameseSlug(name)
    let candidate = base
    for (let n = 2; used.has(candidate); n++) candidate = `${base}-${n}`
    used.add(candidate)
    return {_type: 'slug', current: candidate}
  }

  /** A deep copy with pool images in place of the originals. */
  const copy = (doc: Doc): Doc => {
    const clone = structuredClone(doc)
    for (const [field, value] of Object.entries(clone)) {
      walk(value, (node) => {
        if (typeof node._sanityAsset === 'string' && node._sanityAsset.startsWith('image@')) node._sanityAsset = poolImage(doc, field, node._sanityAsset)
      })
    }
    return clone
  }

  // Copies of each template, so that a reference to a template can point at one of its copies.
  const copiesOf = new Map<string, string[]>()
  const idsByType = new Map<string, string[]>()
  const register = (templateId: string, type: string, id: string) => {
    copiesOf.set(templateId, [...(copiesOf.get(templateId) ?? []), id])
    idsByType.set(type, [...(idsByType.get(type) ?? []), id])
  }
  /** A copy of the referenced template, or any document of that type when it has none. */
  const remap = (ref: string, type: string) => {
    const copies = copiesOf.get(ref)
    return copies?.length ? random.pick(copies) : random.pick(idsByType.get(type) ?? [ref])
  }
  const typeOf = new Map(template.docs.map((doc) => [doc._id, doc._type]))
  /** Points every reference at a copy of what it referenced, without repeating one in a list. */
  const remapReferences = (doc: Doc, keep: string[] = []) => {
    for (const [field, value] of Object.entries(doc)) {
      if (field === 'area' || field.startsWith('_') || keep.includes(field)) continue
      if (Array.isArray(value) && value.every((item) => item?._type === 'reference')) {
        const seen = new Set<string>()
        doc[field] = value
          .map((item) => ({...item, _ref: remap(item._ref, typeOf.get(item._ref) ?? '')}))
          .filter((item) => !seen.has(item._ref) && seen.add(item._ref))
      } else {
        walk(value, (node) => {
          if (node._type === 'reference' && typeof node._ref === 'string' && typeOf.get(node._ref) !== 'area') node._ref = remap(node._ref, typeOf.get(node._ref) ?? '')
        })
      }
    }
  }

  const cycle = <T>(list: readonly T[], count: number) => Array.from({length: count}, (_, i) => ({item: list[i % list.length], round: Math.floor(i / list.length), index: i}))

  // --- Producers: the sample's, then people of the same kind and trade in the same commune.
  const producerTemplates = template.byType('producer')
  const producers = cycle(producerTemplates, counts.producers).map(({item, round, index}) => {
    const doc = copy(item)
    const who = person(index)
    const name = round === 0 ? item.name : `${PREFIX[item.kind as string] ?? 'Hộ kinh doanh'} ${who}`
    Object.assign(doc, {_id: round === 0 ? item._id : `producer-synthetic-${index}`, name, slug: uniqueSlug('producer', name as string)})
    // A previous address belongs to one document: copies start without the sample's.
    if (round > 0) delete doc.previousSlugs
    register(item._id, 'producer', doc._id)
    // Household products carry the maker's name, as "Bánh chưng Tranh Khúc Nguyễn Văn An".
    return {doc, brand: round === 0 ? '' : who, template: item}
  })

  // --- Products: each producer makes what its template producer makes, in turn.
  const productTemplates = template.byType('product')
  const madeBy = new Map<string, Doc[]>()
  for (const product of productTemplates) {
    const owner = (product.producer as {_ref: string})._ref
    madeBy.set(owner, [...(madeBy.get(owner) ?? []), product])
  }
  const ratings = productTemplates.map((doc) => doc.ocop as {stars: Stars; decisionNumber: string; decisionDate: string})
  const latestDecision = ratings.map((rating) => rating.decisionDate).sort().at(-1)!
  const earliest = Date.parse('2021-01-01')
  const span = Date.parse(latestDecision) - earliest
  const productDocs: Doc[] = []
  for (let i = 0; i < counts.products; i++) {
    const owner = producers[i % producers.length]
    const made = madeBy.get(owner.template._id) ?? productTemplates
    const nth = Math.floor(i / producers.length)
    const item = made[nth % made.length]
    const doc = copy(item)
    const original = owner.brand === '' && madeBy.has(owner.template._id) && nth < made.length
    const variant = nth >= made.length ? ` ${VARIANTS[Math.floor(nth / made.length - 1) % VARIANTS.length]}` : ''
    const name = original ? (item.name as string) : `${item.name}${owner.brand ? ` ${owner.brand}` : ''}${variant}`
    // Hà Nội's catalogue: a few 5-star products, most 4 stars, the rest 3; older certificates expire.
    const roll = random.next()
    const stars: Stars = roll < 0.01 ? 5 : roll < 0.62 ? 4 : 3
    const suffix = ratings.find((rating) => rating.stars === stars)?.decisionNumber.split('/')[1] ?? 'QĐ-UBND'
    const date = instant(earliest + Math.floor(random.next() * span)).slice(0, 10)
    const rating = original
      ? item.ocop
      : ocop({stars, decision: `${random.int(100, 9999)}/${suffix}`, date, potential: stars === 4 && random.chance(0.03)})
    const id = original ? item._id : `product-synthetic-${i}`
    const area = (owner.doc.area as {_ref: string})._ref
    const intro = {
      _key: key(`${id}|intro`),
      _type: 'block',
      style: 'normal',
      markDefs: [],
      children: [{_key: key(`${id}|intro|0`), _type: 'span', marks: [], text: `${name} do ${owner.doc.name} làm ra, được công nhận OCOP ${(rating as {stars: number}).stars} sao năm ${(rating as {decisionDate: string}).decisionDate.slice(0, 4)}.`}],
    }
    Object.assign(doc, {
      _id: id,
      name,
      slug: uniqueSlug('product', name),
      producer: {_type: 'reference', _ref: owner.doc._id},
      area: {_type: 'reference', _ref: area},
      ocop: rating,
      story: original ? item.story : [intro, ...((item.story as unknown[]) ?? [])],
    })
    if (!original) delete doc.previousSlugs
    register(item._id, 'product', id)
    productDocs.push(doc)
  }

  // --- Villages, points of sale, events, trainings, articles: copies with their own names and dates.
  const copies = (type: string, count: number, titleField: 'name' | 'title', days: number) =>
    cycle(template.byType(type), count).map(({item, round, index}) => {
      const doc = copy(item)
      const title = round === 0 ? (item[titleField] as string) : `${item[titleField]} (${round + 1})`
      Object.assign(doc, {_id: round === 0 ? item._id : `${item._id}-${round + 1}`, [titleField]: title, slug: uniqueSlug(type, title)})
      // Every round a season earlier: a catalogue this big has years of events and news behind it.
      for (const field of ['startsAt', 'endsAt', 'registrationDeadline', 'publishedAt']) {
        if (field in doc) doc[field] = shiftInstant(doc[field], -round * days)
      }
      if (typeof doc.publishedAt === 'string') Object.assign(doc, {_createdAt: doc.publishedAt, _updatedAt: doc.publishedAt})
      register(item._id, type, doc._id)
      return {doc, index}
    })
  const villages = copies('craftVillage', counts.villages, 'name', 0)
  const points = copies('pointOfSale', counts.pointsOfSale, 'name', 0)
  const events = copies('event', counts.events, 'title', 91)
  const trainings = copies('training', counts.trainings, 'title', 61)
  const articles = copies('article', counts.articles, 'title', 3)

  for (const doc of productDocs) remapReferences(doc, ['producer'])
  // A point of sale carries what the products say they are sold there, as in the sample.
  const carried = new Map<string, Doc[]>()
  for (const product of productDocs) {
    for (const point of (product.pointsOfSale as {_ref: string}[] | undefined) ?? []) carried.set(point._ref, [...(carried.get(point._ref) ?? []), product])
  }
  for (const {doc} of points) {
    const goods = carried.get(doc._id) ?? []
    doc.products = goods.map((product) => ({_key: key(`${doc._id}|${product._id}`), _type: 'reference', _ref: product._id}))
    const makers = [...new Set(goods.map((product) => (product.producer as {_ref: string})._ref))]
    doc.producers = makers.map((producer) => ({_key: key(`${doc._id}|${producer}`), _type: 'reference', _ref: producer}))
  }
  for (const {doc} of [...villages, ...events, ...articles]) remapReferences(doc)

  const settings = copy(template.byType('siteSettings')[0]!)
  remapReferences(settings)

  const docs = [
    ...template.byType('area'),
    ...producers.map(({doc}) => doc),
    ...productDocs,
    ...[...villages, ...points, ...events, ...trainings, ...articles].map(({doc}) => doc),
    settings,
  ]
  const files = new Set<string>()
  for (const doc of docs) {
    walk(doc, (node) => {
      const asset = parseAssetPlaceholder(node._sanityAsset)
      if (asset) files.add(asset.file)
    })
  }
  const assets = Object.fromEntries(
    [...files].map((file) => parseAssetPlaceholder(`${file.startsWith('images/') ? 'image' : 'file'}@file://./${file}`)!).map((asset) => [`${asset.kind}-${asset.sha1}`, template.assets[`${asset.kind}-${asset.sha1}`]!]),
  )
  return {counts, docs, files: [...files].sort(), assets}
}

/** Writes a dataset as `sanity dataset export` does: data.ndjson, assets.json, images/, files/. */
export function writeDataset(dataset: SyntheticDataset, templateDir: string, outDir: string): void {
  rmSync(outDir, {recursive: true, force: true})
  for (const folder of ['images', 'files']) mkdirSync(path.join(outDir, folder), {recursive: true})
  for (const file of dataset.files) copyFileSync(path.join(templateDir, file), path.join(outDir, file))
  writeFileSync(path.join(outDir, 'data.ndjson'), dataset.docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  writeFileSync(path.join(outDir, 'assets.json'), JSON.stringify(dataset.assets))
}
