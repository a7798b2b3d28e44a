import type {APIRoute, GetStaticPaths} from 'astro'
import {searchIndexRecords} from '../../../lib/content'
import {searchVocabulary} from '../../../lib/search-index'
import type {VocabularyPart} from '../../../lib/search-query'

/** One part of the index's vocabulary: the words whose folded form starts with a letter (site/lib/search-query.ts). */
export const getStaticPaths = (async () => {
  const {parts} = searchVocabulary(await searchIndexRecords())
  return Object.entries(parts).map(([part, words]) => ({params: {part}, props: {words}}))
}) satisfies GetStaticPaths

export const GET: APIRoute<{words: VocabularyPart}> = ({props}) =>
  new Response(JSON.stringify(props.words), {headers: {'Content-Type': 'application/json'}})
