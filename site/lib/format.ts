const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Asia/Ho_Chi_Minh',
})

/** Formats a calendar date (YYYY-MM-DD) the Vietnamese way: 15/11/2027. */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T12:00:00+07:00`))
}

/** An area's full name, e.g. "xã Bát Tràng". */
export function areaLabel(area: {name: string; kind: string}): string {
  return `${area.kind === 'phuong' ? 'phường' : 'xã'} ${area.name}`
}
