import {spawn} from 'node:child_process'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

/**
 * Runs `astro build` of the project into outDir with these environment variables on top of the
 * test's, without blocking this process (which may serve an API double the build reads): its exit
 * status and everything it printed.
 */
export function astroBuild(outDir: string, env: Record<string, string>): Promise<{status: number | null; output: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['astro', 'build', '--outDir', outDir], {
      cwd: root,
      env: {...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env},
      timeout: 300_000,
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (status) => resolve({status, output}))
  })
}
