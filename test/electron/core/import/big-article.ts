/**
 * A long generated plain-text article (`paragraphs` paragraphs of three sentences), for the
 * tests of progress and cancel: big enough that its preparation reports many steps.
 */
export function bigArticle(paragraphs: number): string {
  const lines = ['A Long Report On The Harbour Works', '']
  for (let n = 0; n < paragraphs; n += 1) {
    lines.push(
      `Paragraph ${n} says the council met on day ${n % 31}. It voted ${n % 13} to ${n % 5}. “We will see,” said member ${n % 17}.`,
    )
  }
  return lines.join('\n')
}
