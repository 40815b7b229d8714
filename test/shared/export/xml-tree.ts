/** Reading exported XML back with xmldom, failing on any well-formedness error. */
import { DOMParser } from '@xmldom/xmldom'

/** Parses an XML document; throws with every error and warning xmldom reports. */
export function parseXml(xml: string, name = 'XML'): Document {
  const problems: string[] = []
  const record = (level: string) => (message: unknown) =>
    problems.push(`${level}: ${String(message)}`)
  const document = new DOMParser({
    errorHandler: {
      warning: record('warning'),
      error: record('error'),
      fatalError: record('fatal'),
    },
  }).parseFromString(xml, 'text/xml')
  if (problems.length > 0)
    throw new Error(`${name} is not well-formed XML:\n${problems.join('\n')}`)
  return document as unknown as Document
}

/** Every element under `root` in document order, with its qualified name. */
export function xmlElements(root: Node): Element[] {
  const found: Element[] = []
  const visit = (node: Node) => {
    if (node.nodeType === 1) found.push(node as Element)
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child)
  }
  visit(root)
  return found
}
