/**
 * npm run publisher                          the service (see publisher/service.ts and the README)
 * npm run publisher -- --rollback            serve the build served before the current one of the site
 * npm run publisher -- --rollback --preview  the same for the draft preview
 * npm run publisher -- --build               build and serve once now, then exit (e.g. a nightly cron)
 */
import {parseArgs} from 'node:util'
import {ConfigError, readPublisherConfig} from './config'
import {Releases} from './releases'
import {buildEnv, consoleLog, startPublisher} from './service'

const {values} = parseArgs({options: {rollback: {type: 'boolean'}, preview: {type: 'boolean'}, build: {type: 'boolean'}}})

try {
  const config = readPublisherConfig()
  const root = values.preview ? config.previewRoot : config.siteRoot
  if ((values.rollback || values.build) && !root) throw new ConfigError('--preview needs PUBLISHER_PREVIEW_ROOT')
  if (values.rollback) {
    const releases = new Releases(root!)
    const id = await releases.rollback()
    consoleLog(`rolled back: ${root}/current now serves ${id}`)
  } else if (values.build) {
    const releases = new Releases(root!)
    // The build runs in a process group of its own: Ctrl-C or a stop reaches it through the publisher.
    const stopping = new AbortController()
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stopping.abort())
    const limits = {timeoutMs: config.buildTimeoutMs, killGraceMs: config.buildKillGraceMs, signal: stopping.signal}
    const {stopped, ...result} = await releases.build(config.buildCommand, buildEnv(config, values.preview ? 'preview' : 'site'), consoleLog, limits)
    if (!stopped) await releases.remember(result)
    if (result.ok) await releases.prune(config.keep)
    process.exitCode = result.ok ? 0 : 1
  } else {
    const publisher = await startPublisher(config)
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        consoleLog(`${signal}: stopping (a running build is stopped; the site served is unchanged, and a publish not built yet is built at the next start)`)
        void publisher.close().then(() => process.exit(0))
      })
    }
  }
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`The publisher cannot start: ${error.message}`)
    process.exit(2)
  }
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
