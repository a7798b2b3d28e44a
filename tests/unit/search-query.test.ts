import {describe, expect, it} from 'vitest'
import {addVocabularyPart, buildVocabulary, editDistance, intentOf, nearestWords, partsFor, readVocabulary, understand, untelex, usualForm, wordsOf} from '../../site/lib/search-query'

const built = buildVocabulary(
  [
    ['Cốm làng Vòng', 'Hộ kinh doanh Cốm Vòng'],
    ['Nem Phùng', 'Đan Phượng'],
    ['Xã Đan Phượng', 'huyện Đan Phượng cũ'],
    ['Trà sen Tây Hồ', 'trà'],
    ['Làng gốm Bát Tràng', 'gốm sứ'],
    ['Điểm bán sản phẩm OCOP chợ gốm Bát Tràng'],
    ['Rượu mơ Hương Sơn'],
    ['Hội chợ Tết Đinh Mùi 2027', 'tháng 1 năm 2027'],
    ['trong nhà, trong vườn'],
    ['trong'],
    ['trong năm'],
  ],
  ['Bát Tràng', 'Đan Phượng', 'Gia Lâm'],
)
const vocabulary = readVocabulary(built.index)
for (const [name, part] of Object.entries(built.parts)) addVocabularyPart(vocabulary, name, part)

describe('the vocabulary', () => {
  it('holds every word without marks, how it is usually written and in how many records', () => {
    expect(wordsOf('Trà sen, Tây Hồ (5 sao)')).toEqual(['Trà', 'sen', 'Tây', 'Hồ', '5', 'sao'])
    expect(vocabulary.words.get('vong')).toEqual({form: 'vòng', count: 1})
    expect(vocabulary.words.get('dan')?.count).toBe(2)
    expect(usualForm(vocabulary, 'phuong')).toBe('phượng')
    expect(vocabulary.places).toEqual(new Set(['bat trang', 'dan phuong', 'gia lam']))
  })

  it('comes in parts by first letter, so that a query loads only the parts of its words', () => {
    expect(built.index.parts).toEqual(['0', 'b', 'c', 'd', 'g', 'h', 'k', 'l', 'm', 'n', 'o', 'p', 'r', 's', 't', 'v', 'x'])
    expect(built.parts.v).toEqual({words: 'vòng vườn', counts: '1 1'})
    expect(partsFor('Đan phượng 2027')).toEqual(['d', 'p', '0'])
    // Telex: "traf" is in t; "ddan" folds to d either way; VNI "d9an" too.
    expect(partsFor('traf d9an')).toEqual(['t', 'd'])
    const some = readVocabulary(built.index)
    addVocabularyPart(some, 'v', built.parts.v!)
    expect(understand('vogn', some).map(({kind}) => kind)).toEqual(['near'])
    expect(understand('com', some).map(({kind}) => kind)).toEqual(['unknown'])
  })
})

describe('typing slips', () => {
  it('decodes telex and VNI leftovers to the word they spell, without marks', () => {
    expect(untelex('ddan')).toBe('dan')
    expect(untelex('traf')).toBe('tra')
    expect(untelex('chuwng')).toBe('chung')
    expect(untelex('banhs')).toBe('banh')
    expect(untelex('ddoong')).toBe('dong')
    expect(untelex('d9an')).toBe('dan')
    expect(untelex('phuo7ng')).toBe('phuong')
    expect(untelex('nhw')).toBe('nhu')
    // The r of tr, the s/x at the start of a word are letters, not tone keys.
    expect(untelex('tra')).toBe('tra')
    expect(untelex('sen')).toBe('sen')
    expect(untelex('xa')).toBe('xa')
  })

  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('vogn', 'vong', 2)).toBe(1)
    expect(editDistance('nme', 'nem', 2)).toBe(1)
    expect(editDistance('trng', 'trang', 2)).toBe(1)
    expect(editDistance('pizza', 'phuong', 2)).toBe(3)
  })

  it('finds the nearest words, the most used first, and none for numbers or strangers', () => {
    expect(nearestWords(vocabulary, 'vogn')).toEqual(['vong'])
    expect(nearestWords(vocabulary, 'trng')).toEqual(['trong', 'trang'])
    expect(nearestWords(vocabulary, 'pizza')).toEqual([])
    expect(nearestWords(vocabulary, '2028')).toEqual([])
  })

  it('tells known, unfinished, telex, mistyped and unknown words apart', () => {
    const kinds = (query: string, typing = false) => understand(query, vocabulary, {typing}).map(({kind, searched, candidates}) => [kind, searched, ...candidates].join(' '))
    expect(kinds('Cốm LÀNG vòng')).toEqual(['known com', 'known lang', 'known vong'])
    expect(kinds('com lang vo', true)).toEqual(['known com', 'known lang', 'partial vo'])
    // A space after it: the word is finished, and no word of the index.
    expect(kinds('com lang vo ', true)[2]).toMatch(/^near vo /)
    expect(kinds('ddan phuong')).toEqual(['decoded dan', 'known phuong'])
    expect(kinds('com lang vogn')).toEqual(['known com', 'known lang', 'near vogn vong'])
    expect(kinds('honey')).toEqual(['unknown honey'])
    // "pizza" is no telex: taking out both z's would guess a word from three letters.
    expect(kinds('pizza')).toEqual(['unknown pizza'])
  })
})

describe('what kind of page a query asks for', () => {
  const words = (query: string) => understand(query, vocabulary).map(({searched}) => searched)

  it('asks for a place when every word names one', () => {
    expect(intentOf(words('gia lam'), vocabulary).kinds).toEqual(['dia-ban', 'lang-nghe'])
    expect(intentOf(words('xã Bát Tràng'), vocabulary).kinds).toEqual(['dia-ban', 'lang-nghe'])
    expect(intentOf(words('gom bat trang'), vocabulary).kinds).toEqual([])
  })

  it('asks for the kinds its words name, the longest first, and sets aside words that name no thing', () => {
    expect(intentOf(words('hoi cho tet'), vocabulary)).toEqual({kinds: ['su-kien'], aside: []})
    expect(intentOf(words('cho gom bat trang'), vocabulary)).toEqual({kinds: ['diem-ban'], aside: []})
    expect(intentOf(words('mua gom o dau'), vocabulary)).toEqual({kinds: ['diem-ban'], aside: [0, 2, 3]})
    expect(intentOf(words('lich hoi cho tet'), vocabulary)).toEqual({kinds: ['su-kien', 'dao-tao'], aside: [0]})
    // The words of a question are never unknown: the search leaves them out if it must.
    expect(understand('tôi cần tìm xyzzy', vocabulary).map(({kind}) => kind)).toEqual(['known', 'known', 'known', 'unknown'])
    expect(intentOf(words('toi can tim tra'), vocabulary)).toEqual({kinds: [], aside: [0, 1, 2]})
  })
})
