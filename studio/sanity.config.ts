import {viVNLocale} from '@sanity/locale-vi-vn'
import {visionTool} from '@sanity/vision'
import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'
import {SITE_SETTINGS_ID} from '../schemas/constants'
import {schemaTypes} from '../schemas'
import {isPageType} from '../schemas/lib/paths'
import {studioEnv} from './env'
import {ApplySubmissionAction, RejectSubmissionAction} from './inbox/actions'
import {keepPreviousSlug} from './keep-previous-slug'
import {defaultDocumentNode, structure} from './structure'
import {viewDraftAction, viewOnSiteAction} from './view-on-site'

const singletonTypes = new Set(['siteSettings'])
/** Never in the "new document" menu: the settings singleton, and submissions, which only the website's intake service creates. */
const typesWithoutTemplates = new Set([...singletonTypes, 'submission'])
const schemaTypesWithPreviousSlugs = new Set(['product', 'producer'])
/** What editors may do with the settings singleton: no duplicating, deleting or unpublishing it. */
const singletonActions = new Set(['publish', 'discardChanges', 'restore'])

export default defineConfig({
  name: 'default',
  title: 'OCOP Hà Nội',
  projectId: studioEnv.projectId,
  dataset: studioEnv.dataset,
  apiHost: studioEnv.apiHost,
  plugins: [structureTool({structure, defaultDocumentNode, title: 'Nội dung'}), visionTool({defaultApiVersion: studioEnv.apiVersion}), viVNLocale()],
  schema: {
    types: schemaTypes,
    templates: (templates) => templates.filter(({schemaType}) => !typesWithoutTemplates.has(schemaType)),
  },
  document: {
    actions: (actions, {schemaType, documentId}) => {
      if (singletonTypes.has(schemaType) || documentId === SITE_SETTINGS_ID) {
        return actions.filter(({action}) => action && singletonActions.has(action))
      }
      if (schemaType === 'submission') {
        // Never published (they hold personal data) nor duplicated: applied, rejected or deleted.
        return [ApplySubmissionAction, RejectSubmissionAction, ...actions.filter(({action}) => action === 'delete')]
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
