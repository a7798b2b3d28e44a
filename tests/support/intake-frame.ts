import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {FRAME_PAGE} from '../../intake/pages'

/**
 * A built site in miniature for the intake service: only the page whose frame its answers are
 * drawn in (intake/pages.tsx), with the markers, a breadcrumb, a canonical link and a favicon.
 */
export function writeIntakeFrame(siteRoot: string): void {
  const file = path.join(siteRoot, FRAME_PAGE)
  mkdirSync(path.dirname(file), {recursive: true})
  writeFileSync(
    file,
    '<!doctype html><html lang="vi"><head><title>Đăng ký điểm bán | OCOP Hà Nội</title><link rel="canonical" href="https://ocop.example.vn/dang-ky-diem-ban/"><link rel="icon" href="/favicon.svg"></head>' +
      '<body><nav class="breadcrumbs" aria-label="Bạn đang ở"><a href="/">Trang chủ</a></nav><main id="noi-dung"><!--intake:start--><h1>Đăng ký điểm bán</h1><!--intake:end--></main></body></html>',
  )
}
