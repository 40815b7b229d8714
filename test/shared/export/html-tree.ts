/** Reading exported HTML back with parse5, the WHATWG parser, as a browser would. */
import { parse, type DefaultTreeAdapterTypes, type ParserError } from 'parse5'

/** A parse5 element. */
export type HtmlElement = DefaultTreeAdapterTypes.Element

/** A parsed document and every parse error the HTML standard defines that it contains. */
export interface ParsedHtml {
  document: DefaultTreeAdapterTypes.Document
  errors: ParserError[]
}

/** Parses a whole HTML document, collecting parse errors. */
export function parseHtml(html: string): ParsedHtml {
  const errors: ParserError[] = []
  const document = parse(html, { onParseError: (error) => errors.push(error) })
  return { document, errors }
}

function isElement(node: DefaultTreeAdapterTypes.Node): node is HtmlElement {
  return 'tagName' in node
}

/** Every element under `root`, in document order. */
export function elements(root: DefaultTreeAdapterTypes.ParentNode): HtmlElement[] {
  const found: HtmlElement[] = []
  const visit = (node: DefaultTreeAdapterTypes.Node) => {
    if (isElement(node)) found.push(node)
    if ('childNodes' in node) node.childNodes.forEach(visit)
    if (isElement(node) && node.tagName === 'template' && 'content' in node) {
      visit((node as DefaultTreeAdapterTypes.Template).content)
    }
  }
  root.childNodes.forEach(visit)
  return found
}

/** An attribute's value, or undefined. */
export function attribute(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value
}

/** Whether the element's class list holds `name`. */
export function hasClass(element: HtmlElement, name: string): boolean {
  return (attribute(element, 'class') ?? '').split(/\s+/).includes(name)
}

/** The text under `node`, leaving out the subtrees `skip` picks. */
export function textOf(
  node: DefaultTreeAdapterTypes.Node,
  skip: (element: HtmlElement) => boolean = () => false,
): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value
  if (isElement(node) && skip(node)) return ''
  if (!('childNodes' in node)) return ''
  return node.childNodes.map((child) => textOf(child, skip)).join('')
}
