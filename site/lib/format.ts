const ZONE = 'Asia/Ho_Chi_Minh'

// Formatters are made once: each new one costs ICU work and native memory, on every page of a build.
const dateParts = new Intl.DateTimeFormat('en-GB', {timeZone: ZONE, weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'})
const dong = new Intl.NumberFormat('vi-VN', {maximumFractionDigits: 0})
const megabytes = new Intl.NumberFormat('vi-VN', {maximumFractionDigits: 1})

const parts = (instant: Date) => {
  const values = Object.fromEntries(dateParts.formatToParts(instant).map((part) => [part.type, part.value]))
  return values as Record<'weekday' | 'day' | 'month' | 'year' | 'hour' | 'minute', string>
}

const WEEKDAYS: Record<string, string> = {Mon: 'Thứ Hai', Tue: 'Thứ Ba', Wed: 'Thứ Tư', Thu: 'Thứ Năm', Fri: 'Thứ Sáu', Sat: 'Thứ Bảy', Sun: 'Chủ nhật'}

/** A calendar date (YYYY-MM-DD) the Vietnamese way: 15/11/2027. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-')
  return `${day}/${month}/${year}`
}

/** The Hà Nội date of an instant with its weekday: "Thứ Bảy, 12/12/2026". */
export function formatDay(instant: string | Date): string {
  const p = parts(new Date(instant))
  return `${WEEKDAYS[p.weekday]}, ${p.day}/${p.month}/${p.year}`
}

/** The Hà Nội time of an instant: "8:00", "17:30". */
export function formatTime(instant: string | Date): string {
  const p = parts(new Date(instant))
  return `${Number(p.hour)}:${p.minute}`
}

/** The Hà Nội calendar date of an instant as YYYY-MM-DD. */
export function hanoiDate(instant: string | Date): string {
  const p = parts(new Date(instant))
  return `${p.year}-${p.month}-${p.day}`
}

/**
 * When something happens, in Hà Nội time: "Thứ Bảy, 12/12/2026, 8:00–17:00" on one day,
 * "8:00 Thứ Năm, 16/10/2025 – 21:00 Thứ Hai, 20/10/2025" over several.
 */
export function formatSchedule(startsAt: string, endsAt: string): string {
  if (hanoiDate(startsAt) === hanoiDate(endsAt)) return `${formatDay(startsAt)}, ${formatTime(startsAt)}–${formatTime(endsAt)}`
  return `${formatTime(startsAt)} ${formatDay(startsAt)} – ${formatTime(endsAt)} ${formatDay(endsAt)}`
}

/** Money in đồng: "120.000 ₫". */
export function formatMoney(amount: number): string {
  return `${dong.format(amount)} ₫`
}

/** A file size for people: "840 KB", "1,2 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${megabytes.format(bytes / (1024 * 1024))} MB`
}

/** A Vietnamese phone number grouped for reading: "0912 345 678", "024 3686 1234"; any other as written. */
export function formatPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '')
  const local = phone.trim().startsWith('+84') ? `0${digits.slice(2)}` : digits
  if (/^02\d{9}$/.test(local)) return `${local.slice(0, 3)} ${local.slice(3, 7)} ${local.slice(7)}`
  if (/^0[35789]\d{8}$/.test(local)) return `${local.slice(0, 4)} ${local.slice(4, 7)} ${local.slice(7)}`
  return phone.trim()
}

/** An area's full name, e.g. "xã Bát Tràng". */
export function areaLabel(area: {name: string; kind: string}): string {
  return `${area.kind === 'phuong' ? 'phường' : 'xã'} ${area.name}`
}
