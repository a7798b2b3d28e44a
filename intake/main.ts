/**
 * npm run intake    the intake service for the site's forms (see intake/service.ts and the README)
 */
import {ConfigError, readIntakeConfig} from './config'
import {FrameError} from './pages'
import {consoleLog} from './log'
import {startIntake} from './service'

try {
  const intake = await startIntake(readIntakeConfig())
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      consoleLog(`${signal}: stopping`)
      void intake.close().then(() => process.exit(0))
    })
  }
} catch (error) {
  if (error instanceof ConfigError || error instanceof FrameError) {
    console.error(`The intake service cannot start: ${error.message}`)
    process.exit(2)
  }
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
