/**
 * What Windows-1252 puts at bytes 0x80–0x9F (the rest of the code page is Latin-1): curly quotes,
 * dashes, the euro sign. The five bytes the code page leaves undefined map to the C1 control of
 * the same number, as the WHATWG Encoding Standard does.
 */
const HIGH_CONTROLS = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]

/** How many bytes are decoded per `String.fromCharCode` call (under engines' argument limits). */
const CHUNK = 8192

/**
 * Decodes bytes as Windows-1252, the code page of Word and Windows text files written before
 * UTF-8: every byte is a character, so it never fails. Only for text the editor chose to read so
 * (the importer offers it for files that are not valid UTF-8).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? (HIGH_CONTROLS[byte - 0x80] as number) : byte,
    )
    parts.push(String.fromCharCode(...codes))
  }
  return parts.join('')
}
