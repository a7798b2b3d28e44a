import {viVNLocale} from '@sanity/locale-vi-vn'
import {visionTool} from '@sanity/vision'
import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'
import {SITE_SETTINGS_ID} from '../schemas/constants'
import {schemaTypes} from '../schemas'
import {isPageType} from '../schemas/lib/paths'
import {studioEnv} from './env'
import {ApplySubmissionAction, RejectSubmissionAction} from './inbox/actions'
import {EditorInput} from './form-inputs'
import {keepPreviousSlug} from './keep-previous-slug'
import {editorWords} from './locale'
import {refuseUnreadInput} from './publish-guard'
import {defaultDocumentNode, structure} from './structure'
import {LIST_TEMPLATE_IDS, listTemplates} from './templates'
import {viewDraftAction, viewOnSiteAction} from './view-on-site'
import {WebsiteStatusBadge} from './website-status'

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
  plugins: [
    structureTool({structure, defaultDocumentNode, title: 'Nội dung'}),
    viVNLocale(),
    // GROQ's playground is for developers (`npm run studio`), not in the Studio editors use.
    ...(process.env.NODE_ENV === 'production' ? [] : [visionTool({defaultApiVersion: studioEnv.apiVersion})]),
  ],
  i18n: {bundles: editorWords},
  // Content releases, scheduled drafts, tasks and comments need Sanity's paid plans and speak English: off.
  releases: {enabled: false},
  scheduledDrafts: {enabled: false},
  tasks: {enabled: false},
  // Dates the Studio cannot read are reported in Vietnamese, with the format to use; lists say what they add.
  form: {components: {input: EditorInput}},
  schema: {
    types: schemaTypes,
    templates: (templates) => [...templates.filter(({schemaType}) => !typesWithoutTemplates.has(schemaType)), ...listTemplates],
  },
  document: {
    comments: {enabled: false},
    // After "Xuất bản": "Đang cập nhật website…", then "Đã lên website lúc 10:32".
    badges: (badges, {schemaType}) => (isPageType(schemaType) ? [...badges, WebsiteStatusBadge] : badges),
    // The lists' own templates need the list's group, stars or kind: only offered inside their list.
    newDocumentOptions: (options, {creationContext}) =>
      creationContext.type === 'global' ? options.filter(({templateId}) => !LIST_TEMPLATE_IDS.has(templateId)) : options,
    actions: (actions, {schemaType, documentId}) => {
      if (singletonTypes.has(schemaType) || documentId === SITE_SETTINGS_ID) {
        return actions.filter(({action}) => action && singletonActions.has(action))
      }
      if (schemaType === 'submission') {
        // Never published (they hold personal data) nor duplicated: applied, rejected or deleted.
        return [ApplySubmissionAction, RejectSubmissionAction, ...actions.filter(({action}) => action === 'delete')]
      }
      // Products and producers are linked from packaging: a changed slug must keep redirecting.
      const keepsSlugs = schemaTypesWithPreviousSlugs.has(schemaType)
      const guarded = actions.map((action) =>
        action.action === 'publish' ? refuseUnreadInput(keepsSlugs ? keepPreviousSlug(action) : action) : action,
      )
      if (!isPageType(schemaType)) return guarded
      const preview = viewDraftAction(schemaType)
      return [...guarded, viewOnSiteAction(schemaType), ...(preview ? [preview] : [])]
    },
  },
})
