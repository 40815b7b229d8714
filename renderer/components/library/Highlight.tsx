import type { TextPart } from './library-rows'

/** Text with its matched parts in `<mark>`: React text nodes only, never markup from the text. */
export function Highlight({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.mark ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  )
}
