import {AddIcon} from '@sanity/icons/Add'
import {Button, Grid} from '@sanity/ui'
import type {ArrayInputFunctionsProps, ArraySchemaType, SchemaType} from 'sanity'

/** What one item of a list is called, by its type (or, for a reference, the type it points to). */
const NOUNS: Record<string, string> = {
  accessibleImage: 'ảnh',
  attachment: 'tệp đính kèm',
  shopLink: 'liên kết',
  product: 'sản phẩm',
  producer: 'chủ thể',
  pointOfSale: 'điểm bán',
  craftVillage: 'làng nghề',
  area: 'xã / phường',
  event: 'sự kiện',
  training: 'khoá đào tạo',
  article: 'bài',
}

const nameOf = (type: SchemaType | undefined): string | undefined => (type ? (NOUNS[type.name] ? type.name : nameOf(type.type)) : undefined)

/** "Thêm ảnh", "Thêm liên kết", "Thêm sản phẩm" for a list of one kind of item; else undefined. */
export function addLabel(schemaType: ArraySchemaType): string | undefined {
  if (schemaType.of.length !== 1) return undefined
  const [member] = schemaType.of
  const target = member && 'to' in member && Array.isArray(member.to) && member.to.length === 1 ? (member.to[0] as SchemaType) : member
  const name = nameOf(target)
  return name ? `Thêm ${NOUNS[name]}` : undefined
}

/**
 * The button under a list of photos, links or references, saying what it adds: Sanity's own says
 * "Thêm phần tử" ("add an element") for all of them. It adds an item as Sanity's does.
 */
export function AddItemButton(props: ArrayInputFunctionsProps<{_key: string}, ArraySchemaType>) {
  const {schemaType, readOnly, onValueCreate, onItemAppend} = props
  const label = addLabel(schemaType) ?? 'Thêm'
  if (schemaType.options?.disableActions?.includes('add')) return null
  return (
    <Grid>
      <Button
        icon={AddIcon}
        mode="ghost"
        padding={3}
        text={label}
        disabled={readOnly}
        data-testid="add-single-object-button"
        // Sanity's own button passes the member type the same way (the typings want the array's).
        onClick={() => onItemAppend(onValueCreate(schemaType.of[0] as unknown as ArraySchemaType))}
      />
    </Grid>
  )
}
