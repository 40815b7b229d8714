import { XML_DECLARATION, W_NAMESPACE } from './docx-runs'
import { escapeMarkup } from './escape-markup'
import { isoSeconds } from './format-time'
import type { TaggedArticle } from './placed-tags'
import type { ExportContext } from './types'
import { articleSource } from './w3c'

const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships'
const OFFICE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const WORD_TYPES = 'application/vnd.openxmlformats-officedocument.wordprocessingml'

/** `[Content_Types].xml`: the media type of every part of the package. */
export const CONTENT_TYPES_XML = [
  XML_DECLARATION,
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
  '<Default Extension="xml" ContentType="application/xml"/>',
  `<Override PartName="/word/document.xml" ContentType="${WORD_TYPES}.document.main+xml"/>`,
  `<Override PartName="/word/styles.xml" ContentType="${WORD_TYPES}.styles+xml"/>`,
  `<Override PartName="/word/comments.xml" ContentType="${WORD_TYPES}.comments+xml"/>`,
  `<Override PartName="/word/commentsExtended.xml" ContentType="${WORD_TYPES}.commentsExtended+xml"/>`,
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
  '</Types>',
  '',
].join('\n')

/** `_rels/.rels`: the package's main document and core properties. */
export const PACKAGE_RELS_XML = [
  XML_DECLARATION,
  `<Relationships xmlns="${RELATIONSHIPS}">`,
  `<Relationship Id="rId1" Type="${OFFICE_RELATIONSHIPS}/officeDocument" Target="word/document.xml"/>`,
  `<Relationship Id="rId2" Type="${RELATIONSHIPS}/metadata/core-properties" Target="docProps/core.xml"/>`,
  '</Relationships>',
  '',
].join('\n')

/** `word/_rels/document.xml.rels`: the document's styles, comments and their threads. */
export const DOCUMENT_RELS_XML = [
  XML_DECLARATION,
  `<Relationships xmlns="${RELATIONSHIPS}">`,
  `<Relationship Id="rId1" Type="${OFFICE_RELATIONSHIPS}/styles" Target="styles.xml"/>`,
  `<Relationship Id="rId2" Type="${OFFICE_RELATIONSHIPS}/comments" Target="comments.xml"/>`,
  '<Relationship Id="rId3" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/>',
  '</Relationships>',
  '',
].join('\n')

const SERIF =
  '<w:rFonts w:ascii="Georgia" w:hAnsi="Georgia" w:eastAsia="Georgia" w:cs="Times New Roman"/>'
const SANS = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>'

/** A heading style; sizes in half-points. */
function headingStyle(level: number, size: number): string {
  return (
    `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/>` +
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>' +
    `<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="${level === 1 ? 360 : 280}" w:after="120"/>` +
    `<w:outlineLvl w:val="${level - 1}"/></w:pPr>` +
    `<w:rPr>${SANS}<w:b/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`
  )
}

/**
 * `word/styles.xml`: a serif body (Georgia 11 pt) with sans-serif headings; Title, Heading 1–6
 * (with outline levels, so Word's navigation pane lists them), Quote for blockquotes, a small
 * grey FactmarkMeta style for the export's facts and legend, and Word's comment styles.
 */
export const STYLES_XML = [
  XML_DECLARATION,
  `<w:styles xmlns:w="${W_NAMESPACE}">`,
  '<w:docDefaults>',
  `<w:rPrDefault><w:rPr>${SERIF}<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>`,
  '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="312" w:lineRule="auto"/></w:pPr></w:pPrDefault>',
  '</w:docDefaults>',
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>' +
    `<w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr><w:rPr>${SERIF}<w:b/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>`,
  headingStyle(1, 32),
  headingStyle(2, 28),
  headingStyle(3, 24),
  headingStyle(4, 22),
  headingStyle(5, 22),
  headingStyle(6, 22),
  '<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="29"/><w:qFormat/>' +
    '<w:pPr><w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="DEDBD4"/></w:pBdr><w:ind w:left="284"/></w:pPr>' +
    '<w:rPr><w:color w:val="333333"/></w:rPr></w:style>',
  '<w:style w:type="paragraph" w:customStyle="1" w:styleId="FactmarkMeta"><w:name w:val="Factmark Meta"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
    `<w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr><w:rPr>${SANS}<w:color w:val="5F6368"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>`,
  '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>' +
    '<w:pPr><w:spacing w:after="60" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>',
  '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
    '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>',
  '</w:styles>',
  '',
].join('\n')

/**
 * `docProps/core.xml`: the title, the editors as creators, the tags' editors as subject, the
 * article's source as identifier, its language, and the export time as created and modified.
 */
export function coreXml(tagged: TaggedArticle, context: ExportContext): string {
  const { article } = tagged
  const editors = tagged.editors.map((editor) => editor.name).join('; ')
  const time = escapeMarkup(isoSeconds(context.exportedAt))
  return [
    XML_DECLARATION,
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
      ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
      ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeMarkup(article.title)}</dc:title>`,
    `<dc:subject>Tags by ${escapeMarkup(editors || 'no editor')}</dc:subject>`,
    `<dc:creator>${escapeMarkup(editors || 'Factmark')}</dc:creator>`,
    `<dc:description>Annotated copy exported with Factmark ${escapeMarkup(context.appVersion)}</dc:description>`,
    `<dc:identifier>${escapeMarkup(articleSource(article))}</dc:identifier>`,
    `<dc:language>${escapeMarkup(article.language || 'und')}</dc:language>`,
    `<dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified>`,
    '</cp:coreProperties>',
    '',
  ].join('\n')
}
