import {Badge, Box, Card, Flex, Grid, Heading, Spinner, Stack, Text, type BadgeTone, type CardTone} from '@sanity/ui'
import {useEffect, useState, type ReactNode} from 'react'
import {useClient} from 'sanity'
import {IntentLink} from 'sanity/router'
import type {UserViewComponent} from 'sanity/structure'
import {AREA_KINDS, POINT_OF_SALE_KINDS, SHOP_LINK_KINDS, SUBMISSION_KINDS, SUBMISSION_STATUSES, titleOf} from '../../schemas/constants'
import {vietnameseDateTime} from '../../schemas/lib/dates'
import type {Submission} from '../../site/lib/sanity.types'
import {studioEnv} from '../env'
import {compareLinks, matchArea, similarPlaces, type LinkChange, type LinkLike} from './compare'

/**
 * The first view of a submission: what applying it would change, next to what is there now, so an
 * editor can decide without opening the product, producer or list of points of sale.
 */
export const SubmissionComparison: UserViewComponent = ({document}) => {
  const submission = document.displayed as Partial<Submission>
  return (
    <Box paddingX={4} paddingY={5} style={{maxWidth: 960}}>
      <Stack gap={5}>
        <Summary submission={submission} />
        {submission.kind === 'shopLinks' && <ShopLinksComparison submission={submission} />}
        {submission.kind === 'pointOfSale' && <PointOfSaleComparison submission={submission} />}
        <Sender submission={submission} />
      </Stack>
    </Box>
  )
}

const STATUS_TONES: Record<string, BadgeTone> = {open: 'caution', applied: 'positive', rejected: 'critical'}

const formatTime = (iso: string | undefined) => (iso ? vietnameseDateTime(iso) : '—')

function Summary({submission}: {submission: Partial<Submission>}) {
  const {status, handledAt, handledBy} = submission
  return (
    <Stack gap={4}>
      <Flex align="center" gap={3} wrap="wrap">
        <Heading as="h2" size={2}>
          {titleOf(SUBMISSION_KINDS, submission.kind) ?? 'Đề xuất'}
        </Heading>
        {status && (
          <Badge tone={STATUS_TONES[status]} fontSize={1}>
            {titleOf(SUBMISSION_STATUSES, status)}
          </Badge>
        )}
      </Flex>
      <Text size={1} muted>
        Nhận lúc {formatTime(submission.receivedAt)}
      </Text>
      {status === 'applied' && (
        <Notice tone="positive">
          Đã áp dụng lúc {formatTime(handledAt)}
          {handledBy ? `, bởi ${handledBy}` : ''}. Thay đổi nằm trong bản nháp, chỉ hiện trên website sau khi xuất bản.
        </Notice>
      )}
      {status === 'rejected' && (
        <Notice tone="critical">
          Đã từ chối lúc {formatTime(handledAt)}
          {handledBy ? `, bởi ${handledBy}` : ''}. Lý do: {submission.rejectionReason ?? '—'}
        </Notice>
      )}
    </Stack>
  )
}

// ---------------------------------------------------------------------------------------------
// Shop links

interface LinkTarget {
  _id: string
  _type: 'product' | 'producer'
  name?: string
  shopLinks?: LinkLike[]
  links?: LinkLike[]
}

const CHANGES: Record<LinkChange, {label: string; tone: BadgeTone & CardTone}> = {
  added: {label: 'Thêm mới', tone: 'positive'},
  removed: {label: 'Bỏ đi', tone: 'critical'},
  unchanged: {label: 'Giữ nguyên', tone: 'default'},
}

function ShopLinksComparison({submission}: {submission: Partial<Submission>}) {
  const targetId = submission.target?._ref
  const {data, error} = useQuery<LinkTarget[]>(
    '*[_id in [$id, "drafts." + $id] && _type in ["product", "producer"]]{_id, _type, name, shopLinks, links}',
    {id: targetId ?? ''},
    submission._rev,
  )
  if (!targetId) return <Notice tone="critical">Đề xuất không ghi sản phẩm hoặc chủ thể cần cập nhật.</Notice>
  if (error) return <Notice tone="critical">Không tải được dữ liệu hiện tại: {error.message}</Notice>
  if (!data) return <Loading />
  const draft = data.find((doc) => doc._id.startsWith('drafts.'))
  const target = draft ?? data[0]
  if (!target) {
    return (
      <Notice tone="critical">
        Sản phẩm hoặc chủ thể của đề xuất này không còn trong hệ thống (có thể đã bị xóa). Không áp dụng được; hãy từ chối đề xuất.
      </Notice>
    )
  }
  const current = (target._type === 'product' ? target.shopLinks : target.links) ?? []
  const changes = compareLinks(current, submission.shopLinks ?? [])
  const count = (change: LinkChange) => (change === 'removed' ? changes.current : changes.proposed).filter((item) => item.change === change).length
  return (
    <Stack gap={4}>
      <Stack gap={3}>
        <Text size={2}>
          {target._type === 'product' ? 'Sản phẩm' : 'Chủ thể'}:{' '}
          <IntentLink intent="edit" params={{id: targetId, type: target._type}}>
            <strong>{target.name ?? targetId}</strong>
          </IntentLink>
        </Text>
        <Text size={1} muted>
          {draft ? 'Liên kết hiện tại lấy từ bản nháp chưa xuất bản của tài liệu này.' : 'Liên kết hiện tại là liên kết đang hiện trên website.'}{' '}
          {`${count('added')} thêm mới, ${count('removed')} bỏ đi, ${count('unchanged')} giữ nguyên.`}
        </Text>
      </Stack>
      <Grid gridTemplateColumns={[1, 1, 2]} gap={4}>
        <LinkColumn title="Hiện tại" empty="Chưa có liên kết nào." items={changes.current} />
        <LinkColumn title="Đề xuất (thay cho danh sách hiện tại)" empty="Người gửi muốn bỏ hết liên kết." items={changes.proposed} />
      </Grid>
    </Stack>
  )
}

function LinkColumn({title, empty, items}: {title: string; empty: string; items: {link: LinkLike; change: LinkChange}[]}) {
  return (
    <Stack gap={3} as="section" aria-label={title}>
      <Heading as="h3" size={1}>
        {title}
      </Heading>
      {items.length === 0 ? (
        <Text size={1} muted>
          {empty}
        </Text>
      ) : (
        <Stack gap={2} as="ul" style={{listStyle: 'none', margin: 0, padding: 0}}>
          {items.map(({link, change}, index) => (
            <Card as="li" key={link._key ?? index} tone={CHANGES[change].tone} padding={3} radius={2} border>
              <Flex gap={3} align="flex-start">
                <Stack gap={2} flex={1}>
                  <Text size={1} weight="medium">
                    {[titleOf(SHOP_LINK_KINDS, link.kind) ?? link.kind ?? 'Liên kết', link.label].filter(Boolean).join(' · ')}
                  </Text>
                  <Text size={1} muted style={{overflowWrap: 'anywhere'}}>
                    {link.url ?? '—'}
                  </Text>
                </Stack>
                <Badge tone={CHANGES[change].tone}>{CHANGES[change].label}</Badge>
              </Flex>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  )
}

// ---------------------------------------------------------------------------------------------
// Points of sale

interface PlaceData {
  areas: {_id: string; name?: string; kind?: string; formerDistrict?: string}[]
  places: {_id: string; name?: string; address?: string; phone?: string; area?: string}[]
}

function PointOfSaleComparison({submission}: {submission: Partial<Submission>}) {
  const place = submission.pointOfSale ?? {}
  const {data, error} = useQuery<PlaceData>(
    `{
      "areas": *[_type == "area" && !(_id in path("drafts.**"))]{_id, name, kind, formerDistrict},
      "places": *[_type == "pointOfSale"]{_id, name, address, phone, "area": area->name}
    }`,
    {},
    submission._rev,
  )
  const created = submission.createdPointOfSale?._ref
  return (
    <Stack gap={5}>
      <Stack gap={3} as="section" aria-label="Điểm bán đề nghị đăng ký">
        <Heading as="h3" size={1}>
          Điểm bán đề nghị đăng ký
        </Heading>
        <Card padding={4} radius={2} border>
          <Grid gridTemplateColumns={[1, 1, 2]} gap={4}>
            <Field label="Tên điểm bán" value={place.name} />
            <Field label="Loại điểm bán" value={titleOf(POINT_OF_SALE_KINDS, place.kind)} />
            <Field label="Địa chỉ" value={place.address} />
            <Field label="Xã / phường (như người gửi ghi)" value={place.areaName} />
            <Field label="Giờ mở cửa" value={place.openingHours} />
            <Field label="Điện thoại" value={place.phone} />
            <Field label="Website hoặc trang mạng xã hội" value={place.website} />
            <Field label="Sản phẩm OCOP đang hoặc sẽ bày bán" value={place.products} />
          </Grid>
        </Card>
        {created && (
          <Text size={1}>
            Đã tạo điểm bán:{' '}
            <IntentLink intent="edit" params={{id: created, type: 'pointOfSale'}}>
              mở bản nháp
            </IntentLink>
          </Text>
        )}
      </Stack>
      {error && <Notice tone="critical">Không tải được dữ liệu hiện tại: {error.message}</Notice>}
      {!data && !error && <Loading />}
      {data && <AreaMatchNotice areas={data.areas} areaName={place.areaName} />}
      {data && <Duplicates places={latestVersions(data.places).filter((other) => other._id !== created)} proposed={place} />}
    </Stack>
  )
}

function AreaMatchNotice({areas, areaName}: {areas: PlaceData['areas']; areaName: string | undefined}) {
  const match = matchArea(areas, areaName)
  const areaTitle = (area: PlaceData['areas'][number]) =>
    `${titleOf(AREA_KINDS, area.kind) ?? ''} ${area.name ?? ''}`.trim() + (area.formerDistrict ? ` (trước đây thuộc ${area.formerDistrict})` : '')
  return (
    <Stack gap={3} as="section" aria-label="Xã / phường">
      <Heading as="h3" size={1}>
        Xã / phường
      </Heading>
      {match.status === 'matched' && <Notice tone="positive">Sẽ gắn với {areaTitle(match.area)}.</Notice>}
      {match.status === 'ambiguous' && (
        <Notice tone="caution">
          “{areaName}” trùng tên với {match.candidates.map(areaTitle).join(' và ')}. Hãy chọn xã / phường trong bản nháp sau khi áp dụng.
        </Notice>
      )}
      {match.status === 'none' && (
        <Notice tone="caution">
          {areaName ? `Không tìm thấy xã / phường nào tên “${areaName}”.` : 'Người gửi không ghi xã / phường.'} Hãy chọn trong bản nháp sau khi áp dụng.
        </Notice>
      )}
    </Stack>
  )
}

function Duplicates({places, proposed}: {places: PlaceData['places']; proposed: {name?: string; phone?: string}}) {
  const similar = similarPlaces(proposed, places)
  return (
    <Stack gap={3} as="section" aria-label="Điểm bán có thể trùng">
      <Heading as="h3" size={1}>
        Điểm bán có thể trùng
      </Heading>
      {similar.length === 0 ? (
        <Text size={1} muted>
          Không có điểm bán nào trùng tên hoặc số điện thoại.
        </Text>
      ) : (
        <Stack gap={2}>
          <Text size={1} muted>
            Kiểm tra xem đây có phải điểm bán đã có không trước khi áp dụng:
          </Text>
          {similar.map((other) => (
            <Card key={other._id} tone="caution" padding={3} radius={2} border>
              <Stack gap={2}>
                <Text size={1} weight="medium">
                  <IntentLink intent="edit" params={{id: other._id, type: 'pointOfSale'}}>
                    {other.name ?? other._id}
                  </IntentLink>
                </Text>
                <Text size={1} muted>
                  {[other.address, other.area, other.phone].filter(Boolean).join(' · ') || '—'}
                </Text>
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  )
}

/** One entry per point of sale, under its published id, from its draft when it has one. */
function latestVersions<T extends {_id: string}>(documents: T[]): T[] {
  const byId = new Map<string, T>()
  for (const doc of documents) {
    const id = doc._id.replace(/^drafts\./, '')
    if (doc._id.startsWith('drafts.') || !byId.has(id)) byId.set(id, {...doc, _id: id})
  }
  return [...byId.values()]
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

function Sender({submission}: {submission: Partial<Submission>}) {
  const {contact, message} = submission
  return (
    <Stack gap={3} as="section" aria-label="Người gửi">
      <Heading as="h3" size={1}>
        Người gửi
      </Heading>
      <Card padding={4} radius={2} border tone="neutral">
        <Stack gap={4}>
          <Grid gridTemplateColumns={[1, 1, 3]} gap={4}>
            <Field label="Họ và tên" value={contact?.name} />
            <Field label="Điện thoại" value={contact?.phone} />
            <Field label="Thư điện tử" value={contact?.email} />
          </Grid>
          {message && <Field label="Ghi chú của người gửi" value={message} />}
          <Text size={1} muted>
            Chỉ dùng để liên hệ xác minh; không hiện trên website.
          </Text>
        </Stack>
      </Card>
    </Stack>
  )
}

function Field({label, value}: {label: string; value: string | undefined}) {
  return (
    <Stack gap={2}>
      <Text size={1} muted>
        {label}
      </Text>
      <Text size={1} style={{overflowWrap: 'anywhere', whiteSpace: 'pre-line'}}>
        {value || '—'}
      </Text>
    </Stack>
  )
}

function Notice({tone, children}: {tone: CardTone; children: ReactNode}) {
  return (
    <Card tone={tone} padding={3} radius={2} border>
      <Text size={1}>{children}</Text>
    </Card>
  )
}

function Loading() {
  return (
    <Flex align="center" gap={3}>
      <Spinner muted />
      <Text size={1} muted>
        Đang tải dữ liệu hiện tại…
      </Text>
    </Flex>
  )
}

/**
 * The result of a query over every stored document (drafts included), fetched again when `revision`
 * changes: after "Áp dụng" the submission's revision changes and the view shows the new state.
 */
function useQuery<T>(query: string, params: Record<string, string>, revision: string | undefined): {data?: T; error?: Error} {
  const client = useClient({apiVersion: studioEnv.apiVersion})
  const key = JSON.stringify([query, params, revision])
  const [state, setState] = useState<{key: string; data?: T; error?: Error}>()
  useEffect(() => {
    let current = true
    client.fetch<T>(query, params, {perspective: 'raw'}).then(
      (data) => current && setState({key, data}),
      (error: Error) => current && setState({key, error}),
    )
    return () => {
      current = false
    }
    // `key` stands for the query, its parameters and the revision.
  }, [client, key])
  return state?.key === key ? state : {}
}
