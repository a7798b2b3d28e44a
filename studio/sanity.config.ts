import {viVNLocale} from '@sanity/locale-vi-vn'
import {visionTool} from '@sanity/vision'
import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'
import {SITE_SETTINGS_ID} from '../schemas/constants'
import {schemaTypes} from '../schemas'
import {isPageType} from '../schemas/lib/paths'
import {studioEnv} from './env'
import {keepPreviousSlug} from './keep-previous-slug'
import {structure} from './structure'
import {viewDraftAction, viewOnSiteAction} from './view-on-site'

const singletonTypes = new Set(['siteSettings'])
const schemaTypesWithPreviousSlugs = new Set(['product', 'producer'])
/** What editors may do with the settings singleton: no duplicating, deleting or unpublishing it. */
const singletonActions = new Set(['publish', 'discardChanges', 'restore'])

export default defineConfig({
  name: 'default',
  title: 'OCOP Hà Nội',
  projectId: studioEnv.projectId,
  dataset: studioEnv.dataset,
  apiHost: studioEnv.apiHost,
  plugins: [structureTool({structure, title: 'Nội dung'}), visionTool({defaultApiVersion: studioEnv.apiVersion}), viVNLocale()],
  schema: {
    types: schemaTypes,
    // The settings document is opened from the sidebar, never created from the "new document" menu.
    templates: (templates) => templates.filter(({schemaType}) => !singletonTypes.has(schemaType)),
  },
  document: {
    actions: (actions, {schemaType, documentId}) => {
      if (singletonTypes.has(schemaType) || documentId === SITE_SETTINGS_ID) {
        return actions.filter(({action}) => action && singletonActions.has(action))
      }
      if (!isPageType(schemaType)) return actions
      // Products and producers are linked from packaging: a changed slug must keep redirecting.
      const withRedirects = schemaTypesWithPreviousSlugs.has(schemaType)
        ? actions.map((action) => (action.action === 'publish' ? keepPreviousSlug(action) : action))
        : actions
      const preview = viewDraftAction(schemaType)
      return [...withRedirects, viewOnSiteAction(schemaType), ...(preview ? [preview] : [])]
    },
  },
})
