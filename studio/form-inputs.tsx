import {useContext, useMemo, type ReactNode} from 'react'
import {isArrayOfBlocksInputProps, isArrayOfObjectsInputProps, type ArraySchemaType, type InputProps} from 'sanity'
import {AddItemButton, addLabel} from './array-add-button'
import {ParseErrorsContext} from 'sanity/_singletons'

/** What an editor is told when the Studio cannot read a typed date: the format, with an example. */
export const DATE_FORMAT_MESSAGES = {
  date: 'Ngày chưa đúng định dạng. Hãy nhập theo dạng DD/MM/YYYY, ví dụ 20/10/2026, hoặc chọn trên lịch.',
  datetime: 'Ngày giờ chưa đúng định dạng. Hãy nhập theo dạng DD/MM/YYYY HH:mm (giờ Hà Nội), ví dụ 20/10/2026 08:00, hoặc chọn trên lịch.',
} as const

/**
 * Sanity's date inputs keep text they cannot read ("20.10.26") out of the document and report it
 * as a "parse error", in English, to the document pane (which shows it at the field and in the
 * validation panel; the publish guard in studio/ refuses to publish while there is one). This
 * passes the report on with a Vietnamese message that says the format.
 */
function VietnameseParseErrors({kind, children}: {kind: keyof typeof DATE_FORMAT_MESSAGES; children: ReactNode}) {
  const outer = useContext(ParseErrorsContext)
  const translated = useMemo(
    () => ({...outer, set: (pathKey: string, error: {message: string} | null) => outer.set(pathKey, error && {message: DATE_FORMAT_MESSAGES[kind]})}),
    [outer, kind],
  )
  return <ParseErrorsContext.Provider value={translated}>{children}</ParseErrorsContext.Provider>
}

/**
 * The form's input middleware (sanity.config.ts `form.components.input`): every date and
 * date-time field of every document gets the Vietnamese message, its own input left as it is;
 * every list of one kind of item says what its button adds ("Thêm ảnh").
 */
export function EditorInput(props: InputProps) {
  // (The type guards narrow InputProps to nothing: they are checked as predicates only.)
  if (isArrayOfObjectsInputProps(props as never) && !isArrayOfBlocksInputProps(props as never) && addLabel(props.schemaType as ArraySchemaType)) {
    return props.renderDefault({...props, arrayFunctions: AddItemButton} as InputProps)
  }
  const kind = props.schemaType.name === 'date' ? 'date' : props.schemaType.name === 'datetime' ? 'datetime' : undefined
  return kind ? <VietnameseParseErrors kind={kind}>{props.renderDefault(props)}</VietnameseParseErrors> : props.renderDefault(props)
}
