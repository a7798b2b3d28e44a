import type {APIRoute, GetStaticPaths} from 'astro'
import {calendarFile, calendarResponse, trainingEntry} from '../../lib/calendar'
import {all} from '../../lib/content'
import type {Training} from '../../lib/content-schemas'

/** One training as an iCalendar file, for "Thêm vào lịch": /dao-tao/<slug>.ics */
export const getStaticPaths = (async () => {
  const trainings = await all('trainings')
  return trainings.map((training) => ({params: {slug: training.slug}, props: {training}}))
}) satisfies GetStaticPaths

export const GET: APIRoute<{training: Training}> = ({props, site}) =>
  calendarResponse(calendarFile([trainingEntry(props.training, site!)]))
