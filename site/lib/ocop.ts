import {CERTIFICATE_VALIDITY_MONTHS, PRODUCT_GROUPS, PRODUCER_KINDS} from '../../schemas/constants'

/** The expiry of an OCOP certificate: 36 months after its decision date (YYYY-MM-DD in, out). */
export function certificateExpiry(decisionDate: string): string {
  const [year, month, day] = decisionDate.split('-').map(Number)
  const expiry = new Date(Date.UTC(year, month - 1 + CERTIFICATE_VALIDITY_MONTHS, day))
  // 29 Feb + 36 months lands on 1 Mar; the certificate ends on the last day of February instead.
  if (expiry.getUTCDate() !== day) expiry.setUTCDate(0)
  return expiry.toISOString().slice(0, 10)
}

/** Today's date in Hà Nội as YYYY-MM-DD. */
export function todayInHanoi(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {timeZone: 'Asia/Ho_Chi_Minh'}).format(now)
}

/** A certificate is expired once its expiry date has passed in Hà Nội. */
export function isExpired(expiry: string, today: string = todayInHanoi()): boolean {
  return expiry < today
}

/** The Vietnamese title of a product group. */
export function groupTitle(value: string): string {
  return PRODUCT_GROUPS.find((group) => group.value === value)?.title ?? value
}

/** The Vietnamese title of a producer kind. */
export function producerKindTitle(value: string): string {
  return PRODUCER_KINDS.find((kind) => kind.value === value)?.title ?? value
}
