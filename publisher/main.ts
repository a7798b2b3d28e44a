/**
 * npm run publisher                          the service (see publisher/service.ts and the README)
 * npm run publisher -- --rollback            serve the build before the current one of the site
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
    const result = await releases.build(config.buildCommand, buildEnv(config, values.preview ? 'preview' : 'site'), consoleLog)
    await releases.remember(result)
    if (result.ok) await releases.prune(config.keep)
    process.exitCode = result.ok ? 0 : 1
  } else {
    const publisher = await startPublisher(config)
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        consoleLog(`${signal}: stopping (a running build is abandoned; the site served is unchanged)`)
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
