/**
 * The filtered document lists of the Studio's sidebar, as data: what each shows (a GROQ filter and
 * its parameters), in which order, and what a document created from it starts with, so that it
 * lands in the list it was created from. structure.ts turns them into lists; a unit test runs every
 * filter through groq-js against the sample dataset at fixed moments.
 */
import {ARTICLE_KINDS, PRODUCT_GROUPS} from '../schemas/constants'
import {addMonths, EXPIRY_WARNING_MONTHS, todayInHanoi} from '../schemas/lib/dates'

export interface FilteredList {
  id: string
  title: string
  type: string
  /** GROQ, joined to `_type == $type`. */
  filter: string
  params?: Record<string, string | number | boolean>
  ordering?: {field: string; direction: 'asc' | 'desc'}[]
  /**
   * The template "Tạo mới" uses in this list, with its parameters (templates.ts, or the type's own,
   * named after the type), and beside which the new document opens; `null` where a new document
   * could not belong (an expired certificate, an event that has ended); unset, the type's own.
   */
  template?: {id: string; parameters: Record<string, string | number | boolean>} | null
}

const byExpiry: FilteredList['ordering'] = [{field: 'ocop.expiresOn', direction: 'asc'}]

/** Products by group, by stars, "tiềm năng 5 sao", and certificates expiring or expired on `today` (YYYY-MM-DD). */
export function productLists(today: string) {
  const soon = addMonths(today, EXPIRY_WARNING_MONTHS)
  return {
    groups: PRODUCT_GROUPS.map(
      (group): FilteredList => ({
        id: `group-${group.value}`,
        title: group.title,
        type: 'product',
        filter: 'group == $group',
        params: {group: group.value},
        template: {id: 'product-in-group', parameters: {group: group.value}},
      }),
    ),
    stars: [5, 4, 3].map(
      (stars): FilteredList => ({
        id: `stars-${stars}`,
        title: `${stars} sao`,
        type: 'product',
        filter: 'ocop.stars == $stars',
        params: {stars},
        template: {id: 'product-with-stars', parameters: {stars}},
      }),
    ),
    potential: {
      id: 'potential-five-stars',
      title: 'Tiềm năng 5 sao',
      type: 'product',
      filter: 'ocop.potentialFiveStars == true',
      template: {id: 'product-potential-five-stars', parameters: {stars: 4}},
    } satisfies FilteredList,
    expiring: {
      id: 'expiring',
      title: `Chứng nhận sắp hết hạn (trong ${EXPIRY_WARNING_MONTHS} tháng)`,
      type: 'product',
      filter: 'ocop.expiresOn >= $today && ocop.expiresOn <= $soon',
      params: {today, soon},
      ordering: byExpiry,
      template: null,
    } satisfies FilteredList,
    expired: {
      id: 'expired',
      title: 'Chứng nhận đã hết hạn',
      type: 'product',
      filter: 'ocop.expiresOn < $today',
      params: {today},
      ordering: byExpiry,
      template: null,
    } satisfies FilteredList,
  }
}

/**
 * Events (by their end) and trainings (by their registration deadline), current and past, as the
 * Content Lake sees the moment of the query. `now()` is a string in GROQ: only `dateTime(now())`
 * compares with a datetime (a string never does, and the list would always be empty).
 */
export function scheduleLists(type: 'event' | 'training'): {current: FilteredList; past: FilteredList} {
  const field = type === 'event' ? 'endsAt' : 'registrationDeadline'
  const newest: FilteredList['ordering'] = [{field: 'startsAt', direction: 'desc'}]
  return type === 'event'
    ? {
        // New events and trainings are created from the current lists (the type's own template: they belong once dated).
        current: {id: 'upcoming-events', title: 'Sắp và đang diễn ra', type, filter: `dateTime(${field}) >= dateTime(now())`, ordering: [{field: 'startsAt', direction: 'asc'}], template: {id: type, parameters: {}}},
        past: {id: 'past-events', title: 'Đã diễn ra', type, filter: `dateTime(${field}) < dateTime(now())`, ordering: newest, template: null},
      }
    : {
        current: {id: 'open-trainings', title: 'Đang nhận đăng ký', type, filter: `dateTime(${field}) >= dateTime(now())`, ordering: [{field, direction: 'asc'}], template: {id: type, parameters: {}}},
        past: {id: 'closed-trainings', title: 'Đã hết hạn đăng ký', type, filter: `dateTime(${field}) < dateTime(now())`, ordering: newest, template: null},
      }
}

/** News, notices and documents, each its own list. */
export const articleLists = (): FilteredList[] =>
  ARTICLE_KINDS.map((kind) => ({
    id: `article-${kind.value}`,
    title: kind.title,
    type: 'article',
    filter: 'kind == $kind',
    params: {kind: kind.value},
    ordering: [{field: 'publishedAt', direction: 'desc'}],
    template: {id: 'article-of-kind', parameters: {kind: kind.value}},
  }))

/** Every filtered list of the sidebar on a day (the Studio's today in Hà Nội by default). */
export function allFilteredLists(today: string = todayInHanoi(new Date())): FilteredList[] {
  const products = productLists(today)
  const events = scheduleLists('event')
  const trainings = scheduleLists('training')
  return [
    ...products.groups,
    ...products.stars,
    products.potential,
    products.expiring,
    products.expired,
    events.current,
    events.past,
    trainings.current,
    trainings.past,
    ...articleLists(),
  ]
}
