// TextDecoder is a web-platform global that both Node and Chromium provide; shared/ has neither
// the DOM nor Node's types, so it declares the part it uses.

/** Decodes bytes in a given encoding (WHATWG Encoding Standard). */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean })
  decode(input?: Uint8Array): string
}
