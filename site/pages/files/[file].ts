import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {APIRoute, GetStaticPaths} from 'astro'
import {all} from '../../lib/content'

/**
 * The files attached to articles and trainings, for the bundled dataset: its content source gives
 * them the address /files/<name>, and this endpoint copies each one from content/files/ into the
 * built site. With CONTENT_SOURCE=sanity the addresses point at Sanity's CDN and nothing is emitted.
 */
const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  zip: 'application/zip',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
}

export const getStaticPaths = (async () => {
  if ((process.env.CONTENT_SOURCE?.trim() || 'local') !== 'local') return []
  const [articles, trainings] = await Promise.all([all('articles'), all('trainings')])
  const names = new Set(
    [...articles, ...trainings]
      .flatMap((doc) => doc.attachments ?? [])
      // Only the export's own names (<sha1>.<ext>): a planted address such as /files/.. names no file to copy.
      .map(({file}) => (file ? /^\/files\/([0-9a-f]{40}\.[a-z0-9]+)$/.exec(file.url)?.[1] : undefined))
      .filter((name): name is string => Boolean(name)),
  )
  // The export's folder: CONTENT_DATASET's, else content/ in the project (builds run from its root).
  const folder = path.join(path.dirname(path.resolve(process.env.CONTENT_DATASET || 'content/data.ndjson')), 'files')
  return [...names].map((name) => ({params: {file: name}, props: {source: path.join(folder, name)}}))
}) satisfies GetStaticPaths

export const GET: APIRoute<{source: string}> = async ({props}) => {
  const extension = path.extname(props.source).slice(1).toLowerCase()
  return new Response(await readFile(props.source), {headers: {'Content-Type': TYPES[extension] ?? 'application/octet-stream'}})
}
