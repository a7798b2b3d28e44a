#!/usr/bin/env node
// Regenerates the Sanity schema extract and the TypeGen types of the site's GROQ queries, or with
// --check, generates them into a scratch folder and fails if the committed files are out of date.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const studio = path.join(root, 'studio')
const committed = {schema: path.join(studio, 'schema.json'), types: path.join(root, 'site/lib/sanity.types.ts')}
const check = process.argv.includes('--check')
// Inside the studio folder: `sanity schema extract --path` treats every path as relative to it.
const scratch = check ? mkdtempSync(path.join(studio, '.typegen-check-')) : undefined
const target = scratch ? {schema: path.join(scratch, 'schema.json'), types: path.join(scratch, 'sanity.types.ts')} : committed

function sanity(args, env = {}) {
  try {
    execFileSync('npx', ['sanity', ...args], {cwd: studio, env: {...process.env, DO_NOT_TRACK: '1', ...env}, stdio: ['ignore', 'pipe', 'pipe']})
  } catch (error) {
    throw new Error(`\`sanity ${args.join(' ')}\` failed:\n${error.stderr}`)
  }
}

try {
  sanity(['schema', 'extract', '--enforce-required-fields', '--force', '--path', path.relative(studio, target.schema)])
  sanity(['typegen', 'generate'], {TYPEGEN_SCHEMA: target.schema, TYPEGEN_OUT: target.types})
  if (check) {
    // The generated types name the schema file they came from; name it as the committed file does.
    const generated = (name) => readFileSync(target[name], 'utf8').replaceAll(path.relative(studio, target.schema), 'schema.json')
    const stale = Object.entries(committed).filter(([name, file]) => readFileSync(file, 'utf8') !== generated(name))
    if (stale.length > 0) {
      console.error(`Out of date: ${stale.map(([, file]) => path.relative(root, file)).join(', ')}. Run \`npm run typegen\` and commit the result.`)
      process.exitCode = 1
    } else {
      console.log('Sanity schema extract and query types are up to date.')
    }
  } else {
    console.log(`Wrote ${path.relative(root, committed.schema)} and ${path.relative(root, committed.types)}.`)
  }
} catch (error) {
  console.error(error.message)
  process.exitCode = 1
} finally {
  if (scratch) rmSync(scratch, {recursive: true, force: true})
}
