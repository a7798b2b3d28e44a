import {CERTIFICATE_ISSUERS, PRODUCER_KINDS, PRODUCT_GROUPS, titleOf} from '../../schemas/constants'
export {certificateExpiry} from '../../schemas/lib/dates'

/** A certificate is expired once its expiry date (YYYY-MM-DD) is before the day (the build's, see build-clock.ts). */
export function isExpired(expiry: string, today: string): boolean {
  return expiry < today
}

/** The Vietnamese title of a product group. */
export const groupTitle = (value: string) => titleOf(PRODUCT_GROUPS, value) ?? value

/** The Vietnamese title of a producer kind. */
export const producerKindTitle = (value: string) => titleOf(PRODUCER_KINDS, value) ?? value

/** The Vietnamese name of the body that issued a certificate. */
export const issuerTitle = (value: string) => titleOf(CERTIFICATE_ISSUERS, value) ?? value
