/**
 * A minimal, valid one-page PDF (A4, the standard Helvetica fonts, nothing embedded) written by
 * hand: a bold title and wrapped ASCII lines. Deterministic: the same lines give the same bytes.
 */

const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`)

function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let current = ''
  for (const word of text.split(/\s+/)) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current)
      current = word
    } else {
      current = current ? `${current} ${word}` : word
    }
  }
  if (current) lines.push(current)
  return lines
}

export function makePdf(lines: string[]): Buffer {
  for (const line of lines) {
    if (/[^\x20-\x7e]/.test(line)) throw new Error(`PDF text must be printable ASCII: ${JSON.stringify(line)}`)
  }
  const [title, ...body] = lines
  const titleLines = wrap(title, 60)
  const bodyLines = body.flatMap((line) => [...wrap(line, 92), ''])
  const content = [
    'BT /F1 15 Tf 18 TL 56 780 Td',
    ...titleLines.map((line) => `(${escape(line)}) Tj T*`),
    'ET',
    `BT /F2 10 Tf 14 TL 56 ${780 - titleLines.length * 18 - 20} Td`,
    ...bodyLines.map((line) => (line ? `(${escape(line)}) Tj T*` : 'T*')),
    'ET',
  ].join('\n')

  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    `<< /Title (${escape(title)}) /Producer (OCOP Ha Noi sample dataset) >>`,
  ]

  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'))
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(pdf, 'latin1')
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}
