/**
 * The "Sao chép" buttons next to code snippets. Without this script the buttons stay hidden and the
 * read-only text is selected by hand; with it, focusing the text selects all of it and the button
 * copies it.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const field = document.getElementById(button.dataset.copy ?? '')
  const status = button.nextElementSibling
  if (!(field instanceof HTMLTextAreaElement) || !navigator.clipboard) continue
  field.addEventListener('focus', () => field.select())
  button.hidden = false
  button.addEventListener('click', async () => {
    field.select()
    try {
      await navigator.clipboard.writeText(field.value)
      if (status) status.textContent = 'Đã sao chép. Hãy dán vào trang của bạn.'
    } catch {
      if (status) status.textContent = 'Chưa sao chép được: hãy chọn đoạn mã và sao chép.'
    }
  })
}
