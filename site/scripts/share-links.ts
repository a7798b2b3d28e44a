/**
 * Brings site/components/ShareLinks.astro to life: the phone's own share sheet (which offers Zalo,
 * Messenger… where they are installed) when the browser has one, and copying the page's link with
 * a spoken and visible "Đã sao chép". Without this script the Facebook link and the address work.
 */
for (const box of document.querySelectorAll<HTMLElement>('[data-share]')) {
  const url = box.dataset.shareUrl!
  const title = box.dataset.shareTitle!
  const status = box.querySelector<HTMLElement>('[data-share-status]')!
  const say = (text: string) => {
    // Emptied first, so that a second copy is announced again.
    status.textContent = ''
    requestAnimationFrame(() => (status.textContent = text))
  }

  const native = box.querySelector<HTMLButtonElement>('[data-share-native]')!
  if (typeof navigator.share === 'function') {
    // The button takes the place of the plain "Chia sẻ:" label, at the same height: nothing moves.
    box.querySelector<HTMLElement>('[data-share-label]')!.hidden = true
    native.hidden = false
    native.addEventListener('click', () => {
      // A visitor who closes the sheet rejects the promise: nothing to say then.
      navigator.share({title, url}).catch(() => {})
    })
  }

  const copy = box.querySelector<HTMLButtonElement>('[data-share-copy]')!
  if (!navigator.clipboard) {
    box.classList.add('share--no-copy')
  } else {
    copy.addEventListener('click', () => {
      navigator.clipboard.writeText(url).then(
        () => say('Đã sao chép'),
        () => {
          box.classList.add('share--no-copy')
          say('Chưa sao chép được: hãy chọn và sao chép địa chỉ bên dưới')
        },
      )
    })
  }
}
