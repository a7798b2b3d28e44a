import {readFileSync} from 'node:fs'
import {evaluate, parse} from 'groq-js'
import {describe, expect, it} from 'vitest'
import {todayInHanoi} from '../../schemas/lib/dates'
import {allFilteredLists, productLists, scheduleLists, type FilteredList} from '../../studio/lists'
import {listTemplates} from '../../studio/templates'
import {SAMPLE_NOW, yearsAfterSample} from '../support/clock'

/** The sample dataset, drafts included, as the Studio's lists see it. */
const dataset = readFileSync(new URL('../../content/data.ndjson', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Record<string, any>)

/** The ids a list shows at a moment, as the Content Lake (or groq-js) evaluates its filter then. */
async function shown(list: FilteredList, at: string): Promise<string[]> {
  const params = {type: list.type, ...list.params}
  const tree = parse(`*[_type == $type && (${list.filter})]._id`, {params})
  return ((await (await evaluate(tree, {dataset, params, timestamp: new Date(at)})).get()) as string[]).sort()
}

const ids = (docs: Record<string, any>[]) => docs.map((doc) => doc._id as string).sort()
const ofType = (type: string) => dataset.filter((doc) => doc._type === type)

describe('the Studio’s filtered lists, run through GROQ against the sample dataset', () => {
  // The sample's day, and a day in spring 2027 when some events and trainings are still to come.
  for (const at of [SAMPLE_NOW, '2027-03-01T09:00:00+07:00']) {
    it(`split events and trainings into current and past on ${at}`, async () => {
      const moment = Date.parse(at)
      // Events by their end, trainings by their registration deadline.
      for (const [type, field] of [['event', 'endsAt'], ['training', 'registrationDeadline']] as const) {
        const lists = scheduleLists(type)
        const current = await shown(lists.current, at)
        const past = await shown(lists.past, at)
        expect(current, type).toEqual(ids(ofType(type).filter((doc) => Date.parse(doc[field]) >= moment)))
        expect(past, type).toEqual(ids(ofType(type).filter((doc) => Date.parse(doc[field]) < moment)))
        expect(current.length, type).toBeGreaterThan(0)
        expect(past.length, type).toBeGreaterThan(0)
      }
    })
  }

  it('a year on, every event is past and no training is open', async () => {
    const at = yearsAfterSample(1)
    expect(await shown(scheduleLists('event').current, at)).toEqual([])
    expect(await shown(scheduleLists('training').current, at)).toEqual([])
    expect(await shown(scheduleLists('event').past, at)).toEqual(ids(ofType('event')))
  })

  it('never compares a datetime with now() as a string, which matches nothing', () => {
    for (const list of allFilteredLists('2026-11-26')) expect(list.filter, list.id).not.toMatch(/(?<!dateTime\()now\(\)/)
  })

  it('list certificates expiring within three months, and expired ones, by the day', async () => {
    for (const day of ['2026-11-26', '2027-09-01']) {
      const lists = productLists(day)
      const [year, month, date] = day.split('-').map(Number)
      const soon = new Date(Date.UTC(year!, month! - 1 + 3, date!)).toISOString().slice(0, 10)
      expect(await shown(lists.expired, day)).toEqual(ids(ofType('product').filter((product) => product.ocop.expiresOn < day)))
      expect(await shown(lists.expiring, day)).toEqual(ids(ofType('product').filter((product) => product.ocop.expiresOn >= day && product.ocop.expiresOn <= soon)))
    }
    expect((await shown(productLists('2027-09-01').expiring, '2027-09-01')).length).toBeGreaterThan(0)
    expect((await shown(productLists('2026-11-26').expired, '2026-11-26')).length).toBeGreaterThan(0)
  })

  it('put every product in exactly one group list and one stars list', async () => {
    const lists = productLists(todayInHanoi(new Date(SAMPLE_NOW)))
    const inGroups = (await Promise.all(lists.groups.map((list) => shown(list, SAMPLE_NOW)))).flat().sort()
    const inStars = (await Promise.all(lists.stars.map((list) => shown(list, SAMPLE_NOW)))).flat().sort()
    expect(inGroups).toEqual(ids(ofType('product')))
    expect(inStars).toEqual(ids(ofType('product')))
  })

  it('create documents that land in the list they were created from', async () => {
    for (const list of allFilteredLists('2026-11-26')) {
      // The type's own template (new events, trainings): they belong in the list once dated.
      if (!list.template || list.template.id === list.type) continue
      const template = listTemplates.find((candidate) => candidate.id === list.template!.id)
      expect(template, list.id).toBeDefined()
      expect(template!.schemaType).toBe(list.type)
      const value = typeof template!.value === 'function' ? await template!.value(list.template.parameters, {} as never) : template!.value
      const created = {_id: `drafts.new-${list.id}`, _type: list.type, ...value}
      const params = {type: list.type, ...list.params}
      const tree = parse(`*[_type == $type && (${list.filter})]._id`, {params})
      expect(await (await evaluate(tree, {dataset: [created], params})).get(), list.id).toEqual([created._id])
    }
  })
})
