/** The maps' tile settings (mapTiles in site/lib/env.ts) and the places the maps show (site/lib/map-places.ts). */
import {describe, expect, it} from 'vitest'
import {mapTiles} from '../../site/lib/env'
import {mapPlaces, placeOfPointOfSale, placeOfVillage} from '../../site/lib/map-places'
import type {PointOfSale, Village} from '../../site/lib/content-schemas'

describe('map tiles', () => {
  it("OpenStreetMap's tiles and credit by default", () => {
    expect(mapTiles({})).toEqual({
      url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: '© OpenStreetMap contributors',
      origin: 'https://tile.openstreetmap.org',
    })
  })

  it("another provider's address and credit", () => {
    const tiles = mapTiles({PUBLIC_MAP_TILE_URL: ' https://maps.example.vn/tiles/{z}/{x}/{y}.png?key=k ', PUBLIC_MAP_ATTRIBUTION: '© Example, © OpenStreetMap'})
    expect(tiles).toEqual({url: 'https://maps.example.vn/tiles/{z}/{x}/{y}.png?key=k', attribution: '© Example, © OpenStreetMap', origin: 'https://maps.example.vn'})
  })

  it.each([
    ['http://tile.openstreetmap.org/{z}/{x}/{y}.png', /PUBLIC_MAP_TILE_URL must be an https address/],
    ['tile.openstreetmap.org/{z}/{x}/{y}.png', /PUBLIC_MAP_TILE_URL must be an https address/],
    ['https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', /host written out/],
    ['https://tile.openstreetmap.org/{z}/{x}.png', /PUBLIC_MAP_TILE_URL must contain \{z\}, \{x\} and \{y\} \(missing \{y\}\)/],
    ['https://tile.openstreetmap.org/tiles', /missing \{z\}, \{x\}, \{y\}/],
  ])('refuses %s, naming the variable', (url, message) => {
    expect(() => mapTiles({PUBLIC_MAP_TILE_URL: url})).toThrow(message)
  })

  it('refuses a credit with markup', () => {
    expect(() => mapTiles({PUBLIC_MAP_ATTRIBUTION: '<img src=x onerror=alert(1)>'})).toThrow(/PUBLIC_MAP_ATTRIBUTION/)
  })
})

describe('places on a map', () => {
  const area = {_id: 'area-bat-trang', name: 'Bát Tràng', kind: 'xa', formerDistrict: 'Gia Lâm'}
  const pos = {
    name: 'Điểm bán chợ gốm',
    slug: 'diem-ban-cho-gom',
    address: 'Chợ gốm, thôn Giang Cao',
    area,
    location: {lat: 20.9766, lng: 105.9131},
    phone: '0243 874 2215',
  } as unknown as PointOfSale

  it('a point of sale: its page, address, phone and directions; no hours until they are structured', () => {
    expect(placeOfPointOfSale(pos)).toEqual({
      name: 'Điểm bán chợ gốm',
      href: '/diem-ban/diem-ban-cho-gom/',
      lat: 20.9766,
      lng: 105.9131,
      address: 'Chợ gốm, thôn Giang Cao, xã Bát Tràng',
      phone: '0243 874 2215',
      tel: 'tel:+842438742215',
      directions: 'https://www.google.com/maps/dir/?api=1&destination=20.9766,105.9131',
    })
    expect(placeOfPointOfSale({...pos, phone: null})).not.toHaveProperty('tel')
  })

  it('a village where its visit says it is, and none without a location', () => {
    const village = {name: 'Làng gốm', slug: 'lang-gom', area, visit: {location: {lat: 20.977, lng: 105.912}}} as unknown as Village
    expect(placeOfVillage(village)).toMatchObject({name: 'Làng gốm', href: '/lang-nghe/lang-gom/', address: 'xã Bát Tràng, Hà Nội', lat: 20.977})
    expect(placeOfVillage({...village, visit: null})).toBeNull()
    expect(mapPlaces([placeOfVillage({...village, visit: null}), placeOfPointOfSale(pos)])).toHaveLength(1)
  })
})
