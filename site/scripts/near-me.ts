/**
 * "Gần tôi": sorts a list of places by their distance from the visitor, and writes "cách 2,3 km"
 * on each. The browser's location is asked for only when the button is tapped; where it is refused
 * or unavailable, the visitor chooses their commune or ward and the list is sorted from its centre.
 * Without JavaScript none of this shows (the button is `hidden`) and the list stays as built:
 * grouped by commune on /diem-ban/, in the editors' order on a product page.
 *
 * Markup (site/components/NearMe.astro): inside an element with `data-near-me-scope`, the block
 * `[data-near-me]`; the places, elements with `data-place-lat`, `data-place-lng` and
 * `data-place-name`, each holding an empty `[data-near-me-distance]`; optionally the grouped lists
 * `[data-near-me-groups]` and the list `[data-near-me-sorted]` the places move to while sorted.
 */
import {distanceKm, distanceLabel, type LatLng} from '../lib/geo'

interface Place {
  element: HTMLElement
  point: LatLng
  name: string
  home: {parent: Node}
}

function setUp(block: HTMLElement) {
  const scope = block.closest<HTMLElement>('[data-near-me-scope]') ?? document.body
  const places: Place[] = [...scope.querySelectorAll<HTMLElement>('[data-place-lat][data-place-lng]')].map((element) => ({
    element,
    point: {lat: Number(element.dataset.placeLat), lng: Number(element.dataset.placeLng)},
    name: element.dataset.placeName ?? '',
    home: {parent: element.parentNode!},
  }))
  if (places.length === 0) return
  const groups = scope.querySelector<HTMLElement>('[data-near-me-groups]')
  const sorted = scope.querySelector<HTMLElement>('[data-near-me-sorted]')
  const locate = block.querySelector<HTMLButtonElement>('[data-near-me-locate]')!
  const status = block.querySelector<HTMLElement>('[data-near-me-status]')!
  const chooser = block.querySelector<HTMLElement>('[data-near-me-choose]')!
  const select = chooser.querySelector<HTMLSelectElement>('select')!
  const reset = block.querySelector<HTMLButtonElement>('[data-near-me-reset]')
  const what = block.dataset.nearMeWhat ?? 'điểm bán'

  function sortFrom(origin: LatLng, from: string) {
    const measured = places.map((place) => ({place, km: distanceKm(origin, place.point)})).sort((a, b) => a.km - b.km)
    for (const {place, km} of measured) {
      const label = place.element.querySelector<HTMLElement>('[data-near-me-distance]')
      if (label) {
        label.textContent = distanceLabel(km)
        label.hidden = false
      }
      // In distance order: into the sorted list where there are groups, else within its own list.
      ;(groups && sorted ? sorted : place.home.parent).appendChild(place.element)
    }
    if (groups && sorted) {
      groups.hidden = true
      sorted.hidden = false
    }
    if (reset) reset.hidden = false
    const nearest = measured[0]!
    status.textContent =
      places.length === 1
        ? `${nearest.place.name}: ${distanceLabel(nearest.km)} từ ${from}.`
        : `Đã xếp ${places.length} ${what} theo khoảng cách từ ${from}. Gần nhất: ${nearest.place.name}, ${distanceLabel(nearest.km)}.`
  }

  /** Fills the commune chooser from the open-data list of centres, once. */
  let choices: Promise<void> | undefined
  const loadChoices = () =>
    (choices ??= fetch(select.dataset.source!)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status}`)
        return response.json() as Promise<{id: string; label: string; lat: number; lng: number}[]>
      })
      .then((areas) => {
        for (const area of areas) {
          const option = new Option(area.label, area.id)
          option.dataset.lat = String(area.lat)
          option.dataset.lng = String(area.lng)
          select.add(option)
        }
      }))

  function offerChoice(reason: string) {
    status.textContent = reason
    loadChoices().then(
      () => {
        chooser.hidden = false
        select.focus()
      },
      () => {
        choices = undefined
        status.textContent = `${reason.replace(/ Hãy chọn.*$/, '')} Danh sách xã, phường chưa tải được; hãy thử lại khi có mạng.`
      },
    )
  }

  locate.addEventListener('click', () => {
    if (!('geolocation' in navigator)) {
      offerChoice('Trình duyệt này không cho biết vị trí. Hãy chọn xã, phường bạn đang ở:')
      return
    }
    status.textContent = 'Đang tìm vị trí của bạn…'
    locate.disabled = true
    navigator.geolocation.getCurrentPosition(
      (position) => {
        locate.disabled = false
        chooser.hidden = true
        sortFrom({lat: position.coords.latitude, lng: position.coords.longitude}, 'vị trí của bạn')
      },
      (error) => {
        locate.disabled = false
        offerChoice(
          error.code === error.PERMISSION_DENIED
            ? 'Bạn chưa cho phép website biết vị trí. Hãy chọn xã, phường bạn đang ở:'
            : 'Chưa xác định được vị trí của bạn. Hãy chọn xã, phường bạn đang ở:',
        )
      },
      {enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000},
    )
  })

  select.addEventListener('change', () => {
    const option = select.selectedOptions[0]
    if (!option?.value) return
    sortFrom({lat: Number(option.dataset.lat), lng: Number(option.dataset.lng)}, `trung tâm ${option.textContent!.trim()}`)
  })

  reset?.addEventListener('click', () => {
    for (const place of places) {
      // The lists hold only places: appending them in their first order restores it.
      place.home.parent.appendChild(place.element)
      const label = place.element.querySelector<HTMLElement>('[data-near-me-distance]')
      if (label) label.hidden = true
    }
    if (groups && sorted) {
      groups.hidden = false
      sorted.hidden = true
    }
    reset.hidden = true
    status.textContent = 'Danh sách đã trở lại theo xã, phường.'
  })

  locate.hidden = false
}

if (typeof document !== 'undefined') {
  for (const block of document.querySelectorAll<HTMLElement>('[data-near-me]')) setUp(block)
}
