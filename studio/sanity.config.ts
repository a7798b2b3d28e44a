import {viVNLocale} from '@sanity/locale-vi-vn'
import {visionTool} from '@sanity/vision'
import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'
import {schemaTypes} from '../schemas'
import {studioEnv} from './env'

export default defineConfig({
  name: 'default',
  title: 'OCOP Hà Nội',
  projectId: studioEnv.projectId,
  dataset: studioEnv.dataset,
  plugins: [structureTool(), visionTool({defaultApiVersion: studioEnv.apiVersion}), viVNLocale()],
  schema: {types: schemaTypes},
})
