import {defineCliConfig} from 'sanity/cli'
import {studioEnv} from './env'

export default defineCliConfig({
  api: {projectId: studioEnv.projectId, dataset: studioEnv.dataset},
  // Auto-updates would fetch the Studio from Sanity's CDN at run time; the build must be self-contained.
  deployment: {autoUpdates: false},
  // Types for the site's GROQ queries; TYPEGEN_* let the tests generate into a scratch folder and compare.
  typegen: {
    path: '../site/lib/**/*.ts',
    schema: process.env.TYPEGEN_SCHEMA || 'schema.json',
    generates: process.env.TYPEGEN_OUT || '../site/lib/sanity.types.ts',
    overloadClientMethods: false,
  },
})
