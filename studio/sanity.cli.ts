import {defineCliConfig} from 'sanity/cli'
import {studioEnv} from './env'

export default defineCliConfig({
  api: {projectId: studioEnv.projectId, dataset: studioEnv.dataset},
  // Auto-updates would fetch the Studio from Sanity's CDN at run time; the build must be self-contained.
  deployment: {autoUpdates: false},
})
