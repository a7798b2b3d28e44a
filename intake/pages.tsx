import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import type {ReactElement} from 'react'
import {renderToStaticMarkup} from 'react-dom/server'
import {PointOfSaleForm, ReviewForm, ShopLinksForm, type Target} from '../site/components/forms/SubmissionForms'
import type {FormErrors, FormValues, Proposal, ProposedLink} from '../site/lib/submissions'
import {documentPath} from '../schemas/lib/paths'
import {withOwnHashes} from '../site/lib/security-policy'
import type {IntakeConfig} from './config'

/**
 * The pages the intake service answers with, in the site's own frame: the built "Đăng ký điểm bán"
 * page, whose content between its `<!--intake:start-->` and `<!--intake:end-->` markers is
 * replaced. Read from the served build, so the answers always look like the site people came from.
 */

/** The page whose frame is used, relative to the site's root. */
export const FRAME_PAGE = 'dang-ky-diem-ban/index.html'
const START = '<!--intake:start-->'
const END = '<!--intake:end-->'
const CACHE_MS = 30_000

export class FrameError extends Error {
  override name = 'FrameError'
}

/** Loads and caches the frame; a folder is re-read after 30 s (the publisher may have switched builds). */
export class Frame {
  private cached?: {html: string; at: number}

  constructor(private readonly config: Pick<IntakeConfig, 'siteRoot' | 'siteUrl'>) {}

  get source(): string {
    return /^https?:/.test(this.config.siteRoot) ? `${this.config.siteRoot}/${FRAME_PAGE}` : path.join(this.config.siteRoot, FRAME_PAGE)
  }

  async html(now = Date.now()): Promise<string> {
    if (this.cached && now - this.cached.at < CACHE_MS) return this.cached.html
    const html = await this.read()
    if (!html.includes(START) || !html.includes(END) || !html.includes('<title>')) {
      throw new FrameError(`${this.source} has no ${START} … ${END} markers: is INTAKE_SITE_ROOT a build of this site?`)
    }
    this.cached = {html: absolutise(html, this.config.siteUrl), at: now}
    return this.cached.html
  }

  private async read(): Promise<string> {
    const source = this.source
    try {
      if (/^https?:/.test(source)) {
        const response = await fetch(source, {signal: AbortSignal.timeout(5000)})
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        return await response.text()
      }
      await stat(source)
      return await readFile(source, 'utf8')
    } catch (error) {
      throw new FrameError(`Cannot read the page frame ${source} (${(error as Error).message}): set INTAKE_SITE_ROOT to the built site`)
    }
  }
}

/**
 * Root-relative addresses in the frame (styles' fonts, links, the favicon) made absolute on the
 * site, so the pages look and link right when the service answers on another host.
 */
export function absolutise(html: string, siteUrl: string): string {
  return html.replace(/(\s(?:href|src|action)=["']?|url\(['"]?)\/(?!\/)/g, `$1${siteUrl}/`)
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** A whole page: the frame with the page's title, no breadcrumbs or canonical link, and `content` inside. */
export function framePage(frame: string, title: string, content: ReactElement, siteUrl?: string): string {
  const start = frame.indexOf(START)
  const end = frame.indexOf(END, start)
  const page = (frame.slice(0, start) + renderToStaticMarkup(content) + frame.slice(end + END.length))
    // The site's name after the page's, as the frame has it ("… | OCOP Hà Nội").
    .replace(/<title>([\s\S]*?)<\/title>/, (_, old: string) => `<title>${escapeHtml(title)}${old.includes(' | ') ? old.slice(old.lastIndexOf(' | ')) : ''}</title>`)
    .replace(/<nav class="breadcrumbs"[\s\S]*?<\/nav>/, '')
    .replace(/<link rel="canonical"[^>]*>/, '<meta name="robots" content="noindex">')
  return siteUrl ? withPagePolicy(page, siteUrl) : page
}

/**
 * The frame's Content-Security-Policy (site/lib/security-policy.ts) made true for the page the
 * service sends: its inline styles were changed (their fonts' addresses made absolute), so their
 * hashes are worked out again, and the site's own address is allowed for its scripts, images and
 * fonts, which the page loads from there when the service answers on another host.
 */
export function withPagePolicy(html: string, siteUrl: string): string {
  const site = new URL(siteUrl).origin
  return withOwnHashes(html, (name, sources) => (['script-src', 'img-src', 'font-src'].includes(name) ? [...sources, site] : sources))
}

export interface TargetInfo extends Target {
  slug: string | null
  links: ProposedLink[]
}

const targetLink = (siteUrl: string, target: TargetInfo) =>
  target.slug ? <a href={`${siteUrl}${documentPath(target.type, target.slug)}`}>{target.name}</a> : <strong>{target.name}</strong>

const what = (target: Target) => (target.type === 'product' ? 'Sản phẩm' : 'Chủ thể')

interface FormPageOptions {
  config: Pick<IntakeConfig, 'siteUrl' | 'actionBase'>
  values: FormValues
  errors?: FormErrors
  notice?: string
}

function Notice({text}: {text?: string}) {
  return text ? (
    <p className="form-notice" role="alert">
      {text}
    </p>
  ) : null
}

/** "Cập nhật liên kết cửa hàng" again, with what was typed and the problems marked. */
export function shopLinksFormPage({config, values, errors, notice, target}: FormPageOptions & {target: TargetInfo}): {title: string; content: ReactElement} {
  const title = `${errors && Object.keys(errors).length > 0 ? 'Lỗi: ' : ''}Cập nhật liên kết cửa hàng`
  return {
    title,
    content: (
      <>
        <h1>Cập nhật liên kết cửa hàng</h1>
        <p className="lead">
          {what(target)}: {targetLink(config.siteUrl, target)}
        </p>
        <Notice text={notice} />
        <ShopLinksForm action={`${config.actionBase}/lien-ket`} target={target} values={values} errors={errors} />
      </>
    ),
  }
}

/** "Đăng ký điểm bán sản phẩm OCOP" again, with what was typed and the problems marked. */
export function pointOfSaleFormPage({config, values, errors, notice}: FormPageOptions): {title: string; content: ReactElement} {
  const title = `${errors && Object.keys(errors).length > 0 ? 'Lỗi: ' : ''}Đăng ký điểm bán sản phẩm OCOP`
  return {
    title,
    content: (
      <>
        <h1>Đăng ký điểm bán sản phẩm OCOP</h1>
        <Notice text={notice} />
        <PointOfSaleForm action={`${config.actionBase}/diem-ban`} values={values} errors={errors} areaList="danh-sach-xa-phuong" />
      </>
    ),
  }
}

/** What is about to be sent, to confirm or to edit. */
export function reviewPage({
  config,
  proposal,
  values,
  ticket,
  target,
  notice,
}: {
  config: Pick<IntakeConfig, 'siteUrl' | 'actionBase'>
  proposal: Proposal
  values: FormValues
  ticket: string
  target?: TargetInfo
  notice?: string
}): {title: string; content: ReactElement} {
  const action = `${config.actionBase}/${proposal.kind === 'shopLinks' ? 'lien-ket' : 'diem-ban'}`
  return {
    title: 'Xem lại trước khi gửi',
    content: (
      <>
        <h1>Xem lại trước khi gửi</h1>
        <p className="lead">
          {target ? (
            <>
              {what(target)}: {targetLink(config.siteUrl, target)}.{' '}
            </>
          ) : null}
          Kiểm tra thông tin dưới đây. Bấm “Gửi đề xuất” để gửi tới Sở Công Thương Hà Nội, hoặc “Sửa lại” để thay đổi.
        </p>
        <ReviewForm action={action} proposal={proposal} values={values} ticket={ticket} target={target} notice={notice} />
      </>
    ),
  }
}

/** A refusal with nothing to fix in a form (too many requests, a body too large, a wrong request). */
export function messagePage(title: string, text: string, siteUrl: string): {title: string; content: ReactElement} {
  return {
    title,
    content: (
      <>
        <h1>{title}</h1>
        <p className="lead">{text}</p>
        <p>
          <a className="action" href={`${siteUrl}/`}>
            Về trang chủ
          </a>
        </p>
      </>
    ),
  }
}
