import type { Annotation, EditorRef } from '../model/annotation'
import type { SentenceSpan } from '../text/sentences'
import { cohensKappa } from './cohens-kappa'
import { confusionMatrix, type ConfusionMatrix } from './confusion-matrix'
import { krippendorffAlpha } from './krippendorff-alpha'
import { pairwiseAgreement } from './percent-agreement'
import { agreementCounts, sentenceAgreement, type AgreementCounts } from './sentence-agreement'
import { SENTENCE_LABELS, sentenceLabels, type SentenceLabel } from './sentence-labels'

/** One article as the agreement report needs it. */
export interface AgreementArticle {
  /** The article's id. */
  id: string
  /** The article's title, for display. */
  title: string
  /** The article's current plain text (see `articleText`). */
  text: string
  /** The article's sentences as spans of `text` (see `articleSentences`). */
  sentences: SentenceSpan[]
  /** Every tag on the article, by any editor. */
  annotations: Annotation[]
}

/** What `agreementReport` compares: the articles, and the editors whose tags count. */
export interface AgreementInput {
  articles: AgreementArticle[]
  /** The editors compared, in order; with exactly two, the first gives the confusion rows. */
  editors: EditorRef[]
}

/** The confusion matrix of two editors over sentence labels, with who is on which side. */
export interface EditorConfusion extends ConfusionMatrix<SentenceLabel> {
  /** The editor whose labels are the rows. */
  rows: EditorRef
  /** The editor whose labels are the columns. */
  columns: EditorRef
}

/**
 * Agreement figures over a set of sentences (the units). Every figure is a number, or `null`
 * where it is undefined (see each statistic for when) or does not apply.
 */
export interface AgreementFigures extends AgreementCounts {
  /** Number of sentences (units). */
  units: number
  /** Sentences coded by at least two editors: the units every figure below is computed on. */
  pairedUnits: number
  /** Ids of the editors who coded at least one of these sentences, in the order of `editors`. */
  coders: string[]
  /** Pairwise percent agreement as a proportion in [0, 1] (see `pairwiseAgreement`). */
  percentAgreement: number | null
  /** Cohen's kappa; `null` unless exactly two editors are compared (see `cohensKappa`). */
  kappa: number | null
  /** Krippendorff's alpha, nominal (see `krippendorffAlpha`). */
  alpha: number | null
  /** Confusion matrix over `SENTENCE_LABELS`; `null` unless exactly two editors are compared. */
  confusion: EditorConfusion | null
}

/** Agreement on one article. */
export interface ArticleAgreement extends AgreementFigures {
  /** The article's id. */
  id: string
  /** The article's title. */
  title: string
}

/** Agreement per article and for the whole library. */
export interface AgreementReport {
  /** The editors compared, as given. */
  editors: EditorRef[]
  /** The labels a sentence can get, in the order of the confusion matrices' rows and columns. */
  labels: SentenceLabel[]
  /** One entry per article, in the order given. */
  articles: ArticleAgreement[]
  /** The whole library: the sentences of every article, concatenated, as the units. */
  library: AgreementFigures
}

/**
 * Sentence-by-sentence agreement between editors, per article and for the whole library. Each
 * sentence is a unit and its label per editor is given by `sentenceLabels`: the kind of the tag
 * on it, 'none' when the editor left it untagged, and missing (`null`) for every sentence of an
 * article on which the editor placed no tag at all. So an editor counts only on the articles they
 * tagged, and the library-wide figures compare editors on the sentences they both coded.
 *
 * Per article and for the library (units = the sentences of all articles, concatenated): the
 * number of units and of units coded by two editors or more, review mode's counts of
 * agreements, conflicts and coverage gaps over the tagged sentences (`sentenceAgreement`), percent agreement (pairwise mean),
 * Krippendorff's alpha (nominal, any number of editors), and, with exactly two editors, Cohen's
 * kappa and the confusion matrix (rows: `editors[0]`, columns: `editors[1]`). Undefined figures
 * (`NaN` from the statistics, e.g. no sentence coded by two editors) are `null`, so the report is
 * plain JSON.
 *
 * @throws RangeError (message starting 'agreementReport:') if an editor or article id is
 *   repeated, or a tag's `articleId` is not the id of the article it was given with; and the
 *   errors of `sentenceLabels` for malformed sentence spans.
 */
export function agreementReport(input: AgreementInput): AgreementReport {
  const { articles, editors } = input
  const editorIds = editors.map((editor) => editor.id)
  const seenEditors = new Set<string>()
  for (const id of editorIds) {
    if (seenEditors.has(id)) throw new RangeError(`agreementReport: editor '${id}' is listed twice`)
    seenEditors.add(id)
  }
  const seenArticles = new Set<string>()
  const library: (SentenceLabel | null)[][] = editors.map(() => [])
  let units = 0
  const perArticle = articles.map((article): ArticleAgreement => {
    if (seenArticles.has(article.id)) {
      throw new RangeError(`agreementReport: article '${article.id}' is listed twice`)
    }
    seenArticles.add(article.id)
    for (const annotation of article.annotations) {
      if (annotation.articleId !== article.id) {
        throw new RangeError(
          `agreementReport: tag '${annotation.id}' belongs to article '${annotation.articleId}', not '${article.id}'`,
        )
      }
    }
    const labels = sentenceLabels(article.text, article.sentences, article.annotations, editorIds)
    labels.forEach((row, editor) => {
      for (const label of row) library[editor]!.push(label)
    })
    units += article.sentences.length
    return {
      id: article.id,
      title: article.title,
      ...figures(labels, editors, article.sentences.length),
    }
  })
  return {
    editors: editors.map((editor) => ({ ...editor })),
    labels: [...SENTENCE_LABELS],
    articles: perArticle,
    library: figures(library, editors, units),
  }
}

/** The figures over `units` sentences, labelled `labels[editor][sentence]`. */
function figures(
  labels: (SentenceLabel | null)[][],
  editors: EditorRef[],
  units: number,
): AgreementFigures {
  let pairedUnits = 0
  for (let unit = 0; unit < units; unit += 1) {
    let coded = 0
    for (const row of labels) if (row[unit] !== null) coded += 1
    if (coded >= 2) pairedUnits += 1
  }
  const coders = editors
    .filter((_, editor) => labels[editor]!.some((label) => label !== null))
    .map((editor) => editor.id)
  const pair = editors.length === 2 ? ([labels[0]!, labels[1]!] as const) : null
  return {
    units,
    pairedUnits,
    ...agreementCounts(sentenceAgreement(labels)),
    coders,
    percentAgreement: finite(pairwiseAgreement(labels)),
    kappa: pair === null ? null : finite(cohensKappa(pair[0], pair[1])),
    alpha: finite(krippendorffAlpha(labels)),
    confusion:
      pair === null
        ? null
        : {
            rows: { ...editors[0]! },
            columns: { ...editors[1]! },
            ...confusionMatrix(pair[0], pair[1], SENTENCE_LABELS),
          },
  }
}

function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null
}
