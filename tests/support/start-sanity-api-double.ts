/**
 * Starts the Sanity API double from the command line:
 *
 *   npx tsx tests/support/start-sanity-api-double.ts [--port 3999] [--tls] [--dataset-file content/data.ndjson …]
 *                                                 [--project-id ocophanoi] [--dataset production]
 *                                                 [--now 2026-11-26T10:00:00+07:00]
 *
 * `--tls` serves HTTPS with HTTP/2, which a browser running the Studio needs. Prints the URL once it
 * listens, and every request to an endpoint the double does not implement. `--now` starts the
 * double's clock (GROQ's `now()`) at that moment; it runs on from there.
 */
import {parseArgs} from 'node:util'
import {startSanityApiDouble} from './sanity-api-double'

const {values} = parseArgs({
  options: {
    port: {type: 'string', default: '3999'},
    host: {type: 'string', default: '127.0.0.1'},
    tls: {type: 'boolean', default: false},
    // Several files make one dataset, e.g. the sample dataset plus a fixture.
    'dataset-file': {type: 'string', multiple: true, default: ['content/data.ndjson']},
    'project-id': {type: 'string', default: 'ocophanoi'},
    dataset: {type: 'string', default: 'production'},
    now: {type: 'string'},
  },
})

const startedAt = Date.now()
const start = values.now === undefined ? undefined : Date.parse(values.now)
if (start !== undefined && Number.isNaN(start)) throw new Error(`--now must be a moment such as 2026-11-26T10:00:00+07:00, got "${values.now}"`)

const double = await startSanityApiDouble({
  documents: values['dataset-file'],
  port: Number(values.port),
  host: values.host,
  tls: values.tls,
  projectId: values['project-id'],
  dataset: values.dataset,
  now: start === undefined ? undefined : () => new Date(start + (Date.now() - startedAt)),
  onUnknownEndpoint: ({method, path}) => console.log(`[unknown endpoint, answered 404] ${method} ${path}`),
})
console.log(`Sanity API double for project "${double.projectId}", dataset "${double.dataset}": ${double.url}`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void double.close().then(() => process.exit(0)))
}
