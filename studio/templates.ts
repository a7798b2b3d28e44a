/**
 * Initial value templates for the sidebar's filtered lists (lists.ts): a product created from
 * "Thực phẩm" starts in that group, a notice created from "Thông báo" starts as a notice, so each
 * new document is in the list it was created from. They stay out of the global "Tạo mới" menu,
 * where their parameters would be missing.
 */
import type {Template} from 'sanity'

export const LIST_TEMPLATE_IDS = new Set(['product-in-group', 'product-with-stars', 'product-potential-five-stars', 'article-of-kind'])

export const listTemplates: Template[] = [
  {
    id: 'product-in-group',
    title: 'Sản phẩm OCOP mới trong nhóm này',
    schemaType: 'product',
    parameters: [{name: 'group', type: 'string'}],
    value: ({group}: {group: string}) => ({group}),
  },
  {
    id: 'product-with-stars',
    title: 'Sản phẩm OCOP mới với số sao này',
    schemaType: 'product',
    parameters: [{name: 'stars', type: 'number'}],
    value: ({stars}: {stars: number}) => ({ocop: {_type: 'ocopRating', stars}}),
  },
  {
    id: 'product-potential-five-stars',
    title: 'Sản phẩm OCOP tiềm năng 5 sao mới',
    schemaType: 'product',
    // Its stars: a parameter (4, from the list) keeps it out of the menus of other lists.
    parameters: [{name: 'stars', type: 'number'}],
    value: ({stars}: {stars: number}) => ({ocop: {_type: 'ocopRating', stars, potentialFiveStars: true}}),
  },
  {
    id: 'article-of-kind',
    title: 'Bài mới loại này',
    schemaType: 'article',
    parameters: [{name: 'kind', type: 'string'}],
    value: ({kind}: {kind: string}) => ({kind}),
  },
]
