/** The news list, ten articles a page, newest first. */
export const PER_PAGE = 10

export function newsPages<T extends {publishedAt: string}>(articles: T[]): T[][] {
  const sorted = [...articles].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
  const pages: T[][] = []
  for (let start = 0; start < sorted.length; start += PER_PAGE) pages.push(sorted.slice(start, start + PER_PAGE))
  return pages
}
