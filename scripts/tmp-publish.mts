import path from 'node:path'
import {measurePublishLatency} from './bench/publish-latency.ts'
const root = path.resolve(import.meta.dirname, '..')
const dir = path.join(root, 'bench/.work/bench/3500')
const r = await measurePublishLatency(root, path.join(dir, 'dataset/data.ndjson'), dir, (m) => console.log(new Date().toISOString().slice(11, 19), m))
console.log(JSON.stringify(r))
