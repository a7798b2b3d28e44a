import path from 'node:path'
import {rmSync, existsSync} from 'node:fs'
import {runMeasured} from './bench/process-tree.ts'
import {buildPhases, seconds} from './bench/report.ts'
import {generateDataset, writeDataset} from './synthetic-dataset/dataset.ts'
const root = path.resolve(import.meta.dirname, '..')
const products = Number(process.argv[2])
const kinds = (process.argv[3] ?? 'site,baseline').split(',')
const dir = path.join(root, 'bench/.work/bench', String(products))
const datasetDir = path.join(dir, 'dataset')
if (!existsSync(path.join(datasetDir, 'data.ndjson'))) {
  const generated = generateDataset(products, path.join(root, 'content'))
  writeDataset(generated, path.join(root, 'content'), datasetDir)
}
const dataset = path.join(datasetDir, 'data.ndjson')
for (const kind of kinds) {
  const outDir = path.join(dir, kind)
  const cacheDir = `${outDir}-cache`
  rmSync(outDir, {recursive: true, force: true}); rmSync(cacheDir, {recursive: true, force: true})
  const astro = path.join(root, 'node_modules/astro/bin/astro.mjs')
  const args = kind === 'site' ? ['--import', 'tsx', path.join(root, 'scripts/build.ts'), '--outDir', outDir]
    : kind === 'inproc' ? [astro, 'build', '--outDir', outDir]
    : [astro, 'build', '--outDir', outDir, '--root', path.join(root, 'bench/baseline')]
  const run = await runMeasured(process.execPath, args, {cwd: root, env: {CONTENT_SOURCE: 'local', CONTENT_DATASET: dataset, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1'}})
  console.log(kind, 'exit', run.exitCode, seconds(run.wallMs), Math.round(run.peakRssBytes / 1024 ** 2), 'MB', 'load', run.load)
  if (kind !== 'baseline') for (const p of buildPhases(run.lines, run.wallMs)) console.log('  ', p.name, seconds(p.ms))
  if (run.exitCode !== 0) console.log(run.lines.slice(-20).map((l) => l.text).join('\n'))
}
