/**
 * The site's two forms and the page that shows what is about to be sent. Plain HTML forms that
 * work without JavaScript: the site renders them into its static pages, and the intake service
 * (intake/) renders them again with what the person typed and the problems marked next to each
 * field. Field names, limits and checks come from site/lib/submissions.ts.
 */
import type {ReactNode} from 'react'
import {POINT_OF_SALE_KINDS, SHOP_LINK_KINDS} from '../../../schemas/constants'
import {
  FIELDS,
  LIMITS,
  fieldLabels,
  STEPS,
  linkForForm,
  linkKindField,
  linkUrlField,
  rowCount,
  type FormErrors,
  type FormValues,
  type ProposedLink,
  type Proposal,
} from '../../lib/submissions'

const fieldId = (name: string) => `f-${name}`
const errorId = (name: string) => `${fieldId(name)}-loi`
const hintId = (name: string) => `${fieldId(name)}-goi-y`

interface FieldProps {
  name: string
  label: string
  hint?: string
  values: FormValues
  errors: FormErrors
  required?: boolean
  type?: 'text' | 'tel' | 'email'
  autoComplete?: string
  inputMode?: 'text' | 'tel' | 'email' | 'url'
  multiline?: boolean
  list?: string
}

/** The label, help text, error and control of one field, tied together for screen readers. */
function Field({name, label, hint, values, errors, required, type = 'text', autoComplete, inputMode, multiline, list}: FieldProps) {
  const error = errors[name]
  const described = [hint ? hintId(name) : '', error ? errorId(name) : ''].filter(Boolean).join(' ') || undefined
  const common = {
    id: fieldId(name),
    name,
    maxLength: LIMITS[name],
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described,
    autoComplete,
    defaultValue: values[name] ?? '',
  }
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={fieldId(name)}>
        {label}
        {!required && <span className="field__optional"> (không bắt buộc)</span>}
      </label>
      {hint && <p className="field__hint" id={hintId(name)}>{hint}</p>}
      {error && <FieldError id={errorId(name)} message={error} />}
      {multiline ? <textarea rows={3} {...common} /> : <input type={type} inputMode={inputMode} list={list} {...common} />}
    </div>
  )
}

function FieldError({id, message}: {id: string; message: string}) {
  return (
    <p className="field__error" id={id}>
      <span className="visually-hidden">Lỗi: </span>
      {message}
    </p>
  )
}

/** "Có 2 chỗ cần sửa", linking to each field, at the top of a form sent back with problems. */
export function ErrorSummary({errors, labels}: {errors: FormErrors; labels: Record<string, string>}) {
  const entries = Object.entries(errors)
  if (entries.length === 0) return null
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">Có {entries.length} chỗ cần sửa trước khi gửi</h2>
      <ul>
        {entries.map(([name, message]) => (
          <li key={name}>
            <a href={`#${fieldId(name)}`}>{labels[name] ? `${labels[name]}: ${message}` : message}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Bots fill every field; people never see this one (hidden by the stylesheet, not announced). */
function Honeypot() {
  return (
    <div className="form-hp">
      <label htmlFor={fieldId(FIELDS.honeypot)}>Trang chủ của bạn (để trống)</label>
      <input id={fieldId(FIELDS.honeypot)} name={FIELDS.honeypot} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  )
}

/** Why we ask for a name and a phone number or e-mail, and what happens to them. */
function PrivacyNote() {
  return (
    <p className="form-note">
      <strong>Vì sao chúng tôi hỏi thông tin liên hệ?</strong> Chỉ để cán bộ Sở Công Thương Hà Nội gọi điện hoặc gửi thư
      xác minh đề xuất của bạn. Thông tin này không hiện trên website và không chuyển cho bên nào khác.
    </p>
  )
}

function ContactFields({values, errors}: {values: FormValues; errors: FormErrors}) {
  return (
    <fieldset className="form-group">
      <legend>Người liên hệ</legend>
      <PrivacyNote />
      <Field name={FIELDS.contactName} label="Họ và tên" values={values} errors={errors} required autoComplete="name" />
      <Field
        name={FIELDS.contactPhone}
        label="Số điện thoại liên hệ"
        hint="Nhập số điện thoại hoặc thư điện tử, ít nhất một trong hai."
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        values={values}
        errors={errors}
      />
      <Field name={FIELDS.contactEmail} label="Thư điện tử liên hệ" type="email" inputMode="email" autoComplete="email" values={values} errors={errors} />
      <Field
        name={FIELDS.message}
        label="Ghi chú cho cán bộ"
        hint="Ví dụ: bạn là chủ cơ sở hay nhân viên, liên kết nào cần bỏ."
        multiline
        values={values}
        errors={errors}
      />
    </fieldset>
  )
}

/** What both forms end with: the contact, the honeypot and the first step's button. */
function FormEnd({values, errors}: {values: FormValues; errors: FormErrors}) {
  return (
    <>
      <ContactFields values={values} errors={errors} />
      <Honeypot />
      <p className="form-actions">
        <button type="submit" name={FIELDS.step} value={STEPS.check}>Xem lại trước khi gửi</button>
      </p>
    </>
  )
}

function LinkRow({row, values, errors}: {row: number; values: FormValues; errors: FormErrors}) {
  const kindName = linkKindField(row)
  const urlName = linkUrlField(row)
  const selected = values[kindName] ?? ''
  return (
    <fieldset className={errors[kindName] || errors[urlName] ? 'link-row field--error' : 'link-row'}>
      <legend>Liên kết {row + 1}</legend>
      <div className="link-row__kind">
        <label htmlFor={fieldId(kindName)}>Kênh</label>
        {errors[kindName] && <FieldError id={errorId(kindName)} message={errors[kindName]} />}
        <select
          id={fieldId(kindName)}
          name={kindName}
          defaultValue={selected}
          aria-invalid={errors[kindName] ? true : undefined}
          aria-describedby={errors[kindName] ? errorId(kindName) : undefined}
        >
          <option value="">Chọn kênh</option>
          {SHOP_LINK_KINDS.map((kind) => (
            <option key={kind.value} value={kind.value}>{kind.title}</option>
          ))}
        </select>
      </div>
      <div className="link-row__url">
        <label htmlFor={fieldId(urlName)}>Địa chỉ hoặc số điện thoại</label>
        {errors[urlName] && <FieldError id={errorId(urlName)} message={errors[urlName]} />}
        <input
          id={fieldId(urlName)}
          name={urlName}
          type="text"
          inputMode="url"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={LIMITS.link}
          defaultValue={values[urlName] ?? ''}
          aria-invalid={errors[urlName] ? true : undefined}
          aria-describedby={errors[urlName] ? errorId(urlName) : undefined}
        />
      </div>
    </fieldset>
  )
}

export interface Target {
  id: string
  name: string
  type: 'product' | 'producer'
}

const whatOf = (target: Target) => (target.type === 'product' ? 'sản phẩm' : 'chủ thể')

/**
 * "Cập nhật liên kết cửa hàng" for one product or producer: its current links as editable rows
 * and empty rows for new ones. The links are only shown on the site after an editor approves them.
 */
export function ShopLinksForm({action, target, values, errors = {}}: {action: string; target: Target; values: FormValues; errors?: FormErrors}) {
  const rows = rowCount(values)
  return (
    <form className="submission-form" action={action} method="post" noValidate>
      <ErrorSummary errors={errors} labels={fieldLabels(values)} />
      <input type="hidden" name={FIELDS.target} value={target.id} />
      <fieldset className="form-group">
        <legend>Liên kết cửa hàng của {whatOf(target)} “{target.name}”</legend>
        <p className="field__hint">
          Chép địa chỉ gian hàng Shopee, Lazada, Tiki, TikTok Shop, trang Facebook, Zalo hoặc website (bắt đầu bằng
          https://); với kênh “Điện thoại”, nhập số đặt hàng. Sửa hoặc xóa trắng dòng nào cần thay; danh sách bạn gửi sẽ
          thay cho danh sách hiện tại.
        </p>
        {Array.from({length: rows}, (_, row) => (
          <LinkRow key={row} row={row} values={values} errors={errors} />
        ))}
      </fieldset>
      <FormEnd values={values} errors={errors} />
    </form>
  )
}

/** "Đăng ký điểm bán sản phẩm OCOP" for a shop, supermarket or trade centre. */
export function PointOfSaleForm({action, values, errors = {}, areaList}: {action: string; values: FormValues; errors?: FormErrors; areaList?: string}) {
  const kindError = errors[FIELDS.placeKind]
  return (
    <form className="submission-form" action={action} method="post" noValidate>
      <ErrorSummary errors={errors} labels={fieldLabels(values)} />
      <fieldset className="form-group">
        <legend>Điểm bán</legend>
        <Field name={FIELDS.placeName} label="Tên cửa hàng, siêu thị hoặc trung tâm" values={values} errors={errors} required autoComplete="organization" />
        <fieldset className={kindError ? 'field field--error choice' : 'field choice'} aria-describedby={kindError ? errorId(FIELDS.placeKind) : undefined}>
          <legend>Loại điểm bán</legend>
          {kindError && <FieldError id={errorId(FIELDS.placeKind)} message={kindError} />}
          {POINT_OF_SALE_KINDS.map((kind, index) => (
            <label key={kind.value} className="choice__option">
              <input
                type="radio"
                name={FIELDS.placeKind}
                value={kind.value}
                id={index === 0 ? fieldId(FIELDS.placeKind) : undefined}
                defaultChecked={values[FIELDS.placeKind] === kind.value}
              />{' '}
              {kind.title}
            </label>
          ))}
        </fieldset>
        <Field name={FIELDS.placeAddress} label="Địa chỉ" hint="Số nhà, đường, thôn hoặc tầng, quầy trong trung tâm." values={values} errors={errors} required autoComplete="address-line1" />
        <Field name={FIELDS.placeArea} label="Xã, phường" hint="Tên xã, phường mới (sau ngày 1/7/2025), ví dụ: Bát Tràng." values={values} errors={errors} required list={areaList} />
        <Field name={FIELDS.placeHours} label="Giờ mở cửa" hint="Ví dụ: 8:00–21:00 hằng ngày." values={values} errors={errors} required />
        <Field name={FIELDS.placePhone} label="Điện thoại của điểm bán" hint="Số khách gọi để hỏi hàng; sẽ hiện trên website." type="tel" inputMode="tel" values={values} errors={errors} />
        <Field name={FIELDS.placeWebsite} label="Website hoặc trang Facebook" hint="Bắt đầu bằng https://" inputMode="url" values={values} errors={errors} />
        <Field name={FIELDS.placeProducts} label="Sản phẩm OCOP đang hoặc sẽ bày bán" hint="Tên sản phẩm hoặc chủ thể, nhóm hàng." multiline values={values} errors={errors} />
      </fieldset>
      <FormEnd values={values} errors={errors} />
    </form>
  )
}

function linkLabel(link: {kind: string; url: string}) {
  const kind = SHOP_LINK_KINDS.find((item) => item.value === link.kind)?.title ?? link.kind
  return `${kind}: ${linkForForm(link.url)}`
}

function Rows({rows}: {rows: [string, ReactNode][]}) {
  return (
    <dl className="review__list">
      {rows.map(([term, detail]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{detail}</dd>
        </div>
      ))}
    </dl>
  )
}

/** The links before and after, marked "mới" or "bỏ", so the sender sees exactly what would change. */
function LinkChanges({current, proposed}: {current: readonly ProposedLink[]; proposed: readonly ProposedLink[]}) {
  const key = (link: ProposedLink) => `${link.kind} ${link.url}`
  const before = new Set(current.map(key))
  const after = new Set(proposed.map(key))
  const removed = current.filter((link) => !after.has(key(link)))
  return (
    <ul className="review__links">
      {proposed.map((link) => (
        <li key={key(link)}>
          {linkLabel(link)} {!before.has(key(link)) && <strong className="badge badge--ok">mới</strong>}
        </li>
      ))}
      {removed.map((link) => (
        <li key={key(link)} className="review__removed">
          <del>{linkLabel(link)}</del> <strong className="badge badge--muted">bỏ</strong>
        </li>
      ))}
    </ul>
  )
}

interface ReviewProps {
  action: string
  proposal: Proposal
  /** Every value of the form, sent again with the confirmation. */
  values: FormValues
  ticket: string
  target?: Target & {links: ProposedLink[]}
  notice?: string
}

/**
 * What is about to be sent, with "Gửi đề xuất" and "Sửa lại". The ticket proves when this page
 * was made and what it showed; sending sooner than a person could read it is refused.
 */
export function ReviewForm({action, proposal, values, ticket, target, notice}: ReviewProps) {
  const {contact} = proposal
  const contactRows: [string, ReactNode][] = [
    ['Họ và tên', contact.name],
    ...(contact.phone ? [['Điện thoại', contact.phone] as [string, ReactNode]] : []),
    ...(contact.email ? [['Thư điện tử', contact.email] as [string, ReactNode]] : []),
    ...(proposal.message ? [['Ghi chú', proposal.message] as [string, ReactNode]] : []),
  ]
  const placeRows: [string, ReactNode][] =
    proposal.kind === 'pointOfSale'
      ? [
          ['Tên điểm bán', proposal.place.name],
          ['Loại', POINT_OF_SALE_KINDS.find((kind) => kind.value === proposal.place.kind)?.title ?? proposal.place.kind],
          ['Địa chỉ', `${proposal.place.address}, ${proposal.place.areaName}`],
          ['Giờ mở cửa', proposal.place.openingHours],
          ...(proposal.place.phone ? [['Điện thoại', proposal.place.phone] as [string, ReactNode]] : []),
          ...(proposal.place.website ? [['Website', proposal.place.website] as [string, ReactNode]] : []),
          ...(proposal.place.products ? [['Sản phẩm', proposal.place.products] as [string, ReactNode]] : []),
        ]
      : []
  return (
    <form className="submission-form review" action={action} method="post">
      {notice && (
        <p className="form-notice" role="alert">
          {notice}
        </p>
      )}
      {proposal.kind === 'shopLinks' && target && (
        <section aria-labelledby="review-links">
          <h2 id="review-links">Liên kết sẽ hiện trên trang “{target.name}”</h2>
          <LinkChanges current={target.links} proposed={proposal.links} />
        </section>
      )}
      {proposal.kind === 'pointOfSale' && (
        <section aria-labelledby="review-place">
          <h2 id="review-place">Điểm bán</h2>
          <Rows rows={placeRows} />
        </section>
      )}
      <section aria-labelledby="review-contact">
        <h2 id="review-contact">Người liên hệ</h2>
        <Rows rows={contactRows} />
        <PrivacyNote />
      </section>
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name={FIELDS.ticket} value={ticket} />
      <p className="form-actions">
        <button type="submit" name={FIELDS.step} value={STEPS.send}>Gửi đề xuất</button>
        <button type="submit" name={FIELDS.step} value={STEPS.edit} className="button--secondary">Sửa lại</button>
      </p>
    </form>
  )
}
