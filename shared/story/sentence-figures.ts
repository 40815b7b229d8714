import { NOT_NAMES, rateBefore, readCount, type Reading } from './count-reading'
import type { Figure } from './figure-record'
import { isChangeSize, rateChanges } from './figure-changes'
import { isCounterfactual } from './counterfactuals'
import { enumeratedPart } from './enumerated-parts'
import { figureScope, sentenceScope, type FigureScope } from './figure-scope'
import { singular, TIME_UNITS } from './figure-topic'
import {
  AREAS,
  currencyBefore,
  DIRECTIONS,
  gluedLength,
  GLUED_LENGTH,
  LENGTHS,
} from './figure-units'
import { CURRENCIES, type FigureOp, type FigureUnit, type FigureValue } from './figure-value'
import {
  dateAt,
  lower,
  MONTHS,
  PERCENT_LINKS,
  PHRASE_STOPS,
  phraseAt,
  qualifierBefore,
} from './figure-words'
import { mayStartQuantity, quantityAt } from './number-words'
import { perUnitAfter } from './per-unit'
import { CHANGE_VERBS, KIND_LABELS } from './quantity-kinds'
import { magnitudesIn, nonCountSpans } from './quantity-masks'
import { isCapitalized, isWord, tokenize } from './story-words'

/** Words in a sentence that make a distance the epicentre's. */
const EPICENTRE = /\b(?:epicent(?:re|er)|cent(?:red|ered)|quake|earthquake|tremor|struck|hit)\b/iu

/** Words before a distance that make it a place's, not the event's ("the village is 60 km from"). */
const PLACE_SUBJECT =
  /\b(?:village|town|city|hospital|airport|port|base|camp|school|border|capital|station|home|plant)\b/iu

/** An aftershock named just after a magnitude ("a 6.4-magnitude aftershock"). */
const AFTERSHOCK =
  /^(?:[\s-]*(?:magnitude|quake|earthquake|strong|powerful))*[\s-]*aftershocks?\b/iu

/** Words that make a prison term someone's request or estimate, not the sentence given. */
const SENTENCE_HEDGES =
  /\b(?:sought|seek|seeking|recommend(?:ed|s)?|request(?:ed|s)?|asked|asking|urged|faces?|faced|facing|confront(?:s|ed|ing)?|could|would|might|maximum|serve|served|serving|probation)\b/iu

function inside(spans: readonly { start: number; end: number }[], offset: number): boolean {
  return spans.some((span) => span.start <= offset && offset < span.end)
}

/** The figures of one sentence (`from`–`to` of `text`), and the sentence's scope. */
export function figuresOfSentence(
  text: string,
  from: number,
  to: number,
  quoted: readonly { start: number; end: number }[],
  previous: FigureScope | null,
): { figures: Figure[]; scope: FigureScope } {
  const sentence = text.slice(from, to)
  const tokens = tokenize(text, from, to)
  const sentenceWide = sentenceScope(sentence, tokens, previous)
  // Masks and magnitudes need digits; most sentences have none.
  const digits = /\d/u.test(sentence)
  const masked = digits ? nonCountSpans(text, from, to) : []
  const figures: Figure[] = []
  const tokenAt = (offset: number) => {
    const found = tokens.findIndex((token) => token.start <= offset && offset < token.end)
    return found < 0 ? 0 : found
  }
  for (const change of rateChanges(text, tokens, sentenceWide))
    if (!inside(quoted, change.start)) figures.push(change)
  for (const mention of digits ? magnitudesIn(text, from, to) : []) {
    masked.push({ start: mention.numberStart, end: mention.numberEnd, kind: 'magnitude' })
    if (inside(quoted, mention.start)) continue
    const scope = figureScope(
      tokens,
      tokenAt(mention.start),
      tokenAt(mention.end - 1),
      sentenceWide,
    )
    // "a 7.5 aftershock", "a 5.6 magnitude aftershock": another quake than the main one.
    if (AFTERSHOCK.test(text.slice(mention.end, Math.min(to, mention.end + 30))))
      scope.part = scope.part ?? 'aftershock'
    figures.push({
      start: mention.start,
      end: mention.end,
      text: text.slice(mention.start, mention.end),
      value: { op: '=', value: mention.value, unit: 'magnitude' },
      topic: 'magnitude',
      about: KIND_LABELS.magnitude,
      kind: 'magnitude',
      scope,
      comparable: true,
    })
  }
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]
    if (!token) continue
    // Most words start no quantity and no date: skipped before anything else is read.
    if (!mayStartQuantity(token.text) && MONTHS[token.text.toLowerCase()] === undefined) continue
    if (inside(quoted, token.start) || inside(masked, token.start)) continue
    // Numbers glued to handles, links, names and slashes ("@RapidResponse47", "F-16", "24/7").
    const previousToken = tokens[index - 1]
    if (
      previousToken &&
      previousToken.end === token.start &&
      /^[@#/.:-]$/u.test(previousToken.text)
    )
      continue
    const nextToken = tokens[index + 1]
    if (nextToken && nextToken.start === token.end && /^[/:]$/u.test(nextToken.text)) continue
    const date = dateAt(tokens, index)
    if (date) {
      const last = tokens[date.end - 1] ?? token
      let at = index - 1
      while (
        at >= 0 &&
        /^(?:on|in|since|from|by|until|of|early|late|mid|as|,)$/iu.test(tokens[at]?.text ?? '')
      )
        at -= 1
      // A date is shown with what happened then (the words before it); never set against others.
      if (!isWord(tokens[at])) {
        index = date.end - 1
        continue
      }
      const eventWords = tokens
        .slice(Math.max(0, at - 2), at + 1)
        .filter((other) => isWord(other))
        .map((other) => other.text)
      figures.push({
        start: token.start,
        end: last.end,
        text: text.slice(token.start, last.end),
        value: { op: '=', value: date.value, unit: 'date' },
        topic: `date:${singular(tokens[at]?.text ?? '')}`,
        about: `date (${eventWords.join(' ').toLowerCase()})`,
        kind: 'date',
        scope: sentenceWide,
        comparable: false,
      })
      index = date.end - 1
      continue
    }
    const glued = GLUED_LENGTH.exec(token.text)
    if (glued) {
      index = gluedLength(text, tokens, index, glued, sentenceWide, figures)
      continue
    }
    const single = quantityAt(tokens, index)
    if (!single) continue
    const word = token.text.toLowerCase()
    // A number right after a name is a label ("Chapter 11", "Flight 171", "Boeing 787").
    if (
      previousToken &&
      index > 1 &&
      !PHRASE_STOPS.has(previousToken.text.toLowerCase()) &&
      isCapitalized(previousToken.text) &&
      /^\d/u.test(token.text) &&
      index > 0 &&
      !/['’]s$/u.test(previousToken.text) &&
      !qualifierBefore(tokens, index) &&
      !NOT_NAMES.test(previousToken.text) &&
      !CURRENCIES.has(previousToken.text.toLowerCase())
    )
      continue
    // "from 3.5% to 3.8%" after a verb of change: an old value and a new one, not a range.
    const change = lower(tokens, index - 1) === 'from' && CHANGE_VERBS.has(lower(tokens, index - 2))
    const joiner = lower(tokens, single.end)
    const second =
      !change && ((joiner === 'and' && lower(tokens, index - 1) === 'between') || joiner === 'to')
        ? quantityAt(tokens, single.end + 1)
        : null
    const quantity =
      second && !single.word && !second.word && second.value > single.value
        ? { ...second, value: single.value, high: second.value }
        : single
    const yearLike =
      /^\d{4}$/u.test(token.text) && Number(token.text) >= 1800 && Number(token.text) <= 2100
    const qualifier = quantity.high !== undefined ? null : qualifierBefore(tokens, index)
    const currency = currencyBefore(tokens, index)
    let unit: FigureUnit = currency ?? 'count'
    let end = quantity.end
    let percent = quantity.percent === true
    if (!percent && tokens[end]?.text === '%') {
      percent = true
      end += 1
    } else if (!percent && lower(tokens, end) === 'percent') {
      percent = true
      end += 1
    } else if (!percent && lower(tokens, end) === 'per' && lower(tokens, end + 1) === 'cent') {
      percent = true
      end += 2
    }
    if (percent) unit = '%'
    const afterCurrency = CURRENCIES.get(lower(tokens, end))
    if (unit === 'count' && afterCurrency && !/^[$€£¥₹]$/u.test(lower(tokens, end))) {
      unit = afterCurrency
      end += 1
    }
    // A year is never a count, unless money or a measure says otherwise.
    if (yearLike && unit === 'count' && !LENGTHS.has(lower(tokens, end))) {
      continue
    }
    if (word === 'one' && !qualifier && lower(tokens, end) !== 'survivor') continue
    const startIndex = qualifier?.start ?? index
    const firstToken = tokens[startIndex] ?? token
    const figureStart = currency ? (tokens[index - 1]?.start ?? token.start) : firstToken.start
    const op: FigureOp = quantity.word
      ? 'vague'
      : quantity.high !== undefined
        ? 'range'
        : (qualifier?.op ?? (quantity.approximate ? '≈' : '='))
    const makeValue = (scale: number, valueUnit: FigureUnit): FigureValue => {
      const value: FigureValue = { op, value: quantity.value * scale, unit: valueUnit }
      if (quantity.high !== undefined) value.high = quantity.high * scale
      if (quantity.word) value.word = quantity.word
      return value
    }
    const push = (
      lastIndex: number,
      value: FigureValue,
      reading: Reading,
      extra: Partial<FigureScope> = {},
    ) => {
      const endToken = tokens[Math.max(lastIndex, index)] ?? token
      const scope = { ...figureScope(tokens, startIndex, lastIndex, sentenceWide), ...extra }
      if (change) scope.previous = true
      // "$250,000 per count": a rate per unit, compared only with rates per the same unit.
      const per = value.unit === '%' ? null : perUnitAfter(tokens, Math.max(lastIndex, index) + 1)
      figures.push({
        start: figureStart,
        end: endToken.end,
        text: text.slice(figureStart, endToken.end),
        value,
        topic: per ? `${reading.topic}|per ${per}` : reading.topic,
        about: per ? `${reading.about} per ${per}` : reading.about,
        kind: reading.kind,
        scope,
        comparable: reading.comparable,
        ...(reading.fate === undefined ? {} : { fate: reading.fate }),
      })
    }

    // Lengths and areas: "72 km (45 miles) southwest of", "a depth of 8 km", "2,310 square km".
    if (unit === 'count') {
      const square = lower(tokens, end) === 'square' || lower(tokens, end) === 'sq'
      const unitWord = lower(tokens, square ? end + 1 : end)
      const length = LENGTHS.get(unitWord)
      const area = AREAS.get(unitWord)
      if ((square && length !== undefined) || area !== undefined) {
        const factor = square ? (length ?? 1) ** 2 : (area ?? 1)
        push(square ? end + 1 : end, makeValue(factor, 'km²'), {
          kind: 'area',
          topic: 'area',
          about: KIND_LABELS.area,
          comparable: true,
        })
        index = square ? end + 1 : end
        continue
      }
      // A bare "m" is metres only right after the number ("300m", "300 m"), not "m" of "p.m.".
      const bareMetre = unitWord === 'm' && lower(tokens, end + 1) === '.'
      if (length !== undefined && !bareMetre) {
        let after = end + 1
        // "(45 miles)": the same length converted; skipped.
        if (tokens[after]?.text === '(' && quantityAt(tokens, after + 1)) {
          const close = tokens.findIndex((other, at) => at > after && other.text === ')')
          if (close > after && close - after < 6) after = close + 1
        }
        const value = makeValue(length, 'km')
        const direction = DIRECTIONS.has(lower(tokens, after))
          ? lower(tokens, after).replace('-', '')
          : ''
        if (direction) value.direction = direction
        const depthBefore = tokens
          .slice(Math.max(0, startIndex - 4), startIndex)
          .some((other) => /^(?:depth|deep)$/iu.test(other.text))
        const depthAfter = /^(?:deep|below|underground|beneath)$/u.test(lower(tokens, after))
        const prepAt = direction ? after + 1 : after
        const prep = lower(tokens, prepAt)
        let reading: Reading
        if (depthBefore || depthAfter) {
          reading = { kind: 'depth', topic: 'depth', about: KIND_LABELS.depth, comparable: true }
        } else if (/^(?:from|of|away|outside|off)$/u.test(prep) || direction) {
          const placeAt = prep === 'away' ? prepAt + 2 : prepAt + 1
          const place = tokens[placeAt]?.text ?? ''
          // What is at that distance: a place named just before ("the village of X, 60 km from"),
          // unless the event happened there ("near Tempe, 235 miles north of"); else, in a
          // sentence about the quake, its epicentre, or the event itself.
          const named =
            tokens[startIndex - 1]?.text === ',' ? (tokens[startIndex - 2]?.text ?? '') : ''
          const where = /^(?:near|in|at|outside)$/u.test(lower(tokens, startIndex - 3))
          const what =
            isCapitalized(named) && !where
              ? named.toLowerCase()
              : EPICENTRE.test(sentence)
                ? 'epicentre'
                : !where && PLACE_SUBJECT.test(sentence.slice(0, token.start - from))
                  ? ''
                  : 'event'
          const key = isCapitalized(place) ? place.toLowerCase().slice(0, 5) : ''
          reading = {
            kind: 'distance',
            topic: `distance:${what}:${key}`,
            about: `distance${what ? ` of the ${what}` : ''}${key ? ` from ${place}` : ''}`,
            comparable: what !== '' && key !== '',
          }
        } else {
          reading = { kind: 'distance', topic: 'length', about: 'length', comparable: false }
        }
        push(end, value, reading)
        index = Math.max(index, after - 1)
        continue
      }
    }

    // A prison term: "sentenced to 25 years", "25 years in prison".
    if (unit === 'count' && /^years?$/u.test(lower(tokens, end))) {
      const inPrison =
        /^(?:in|behind)$/u.test(lower(tokens, end + 1)) &&
        /^(?:prison|jail|bars|custody)$/u.test(lower(tokens, end + 2))
      const sentenced = tokens
        .slice(Math.max(0, startIndex - 3), startIndex)
        .some((other) => /^sentenced$/iu.test(other.text))
      if (inPrison || sentenced) {
        // "faced up to 20 years", "a maximum of 20 years": the most that could be given.
        const hedged = SENTENCE_HEDGES.test(sentence) || qualifier?.op === '≤'
        push(end, makeValue(1, 'years'), {
          kind: 'sentence',
          topic: 'sentence',
          about: KIND_LABELS.sentence,
          comparable: !hedged,
        })
        index = end
        continue
      }
    }

    let phraseFrom = end
    if (lower(tokens, phraseFrom) === 'of' && (quantity.word || percent || unit !== 'count')) {
      phraseFrom += 1
    }
    // "$2.5 million in repairs", "€3bn for schools": what money is spent on.
    if (unit !== 'count' && unit !== '%' && /^(?:in|for|on)$/u.test(lower(tokens, phraseFrom))) {
      phraseFrom += 1
    }
    const phrase = phraseAt(tokens, phraseFrom, percent ? PERCENT_LINKS : new Set())
    const head = singular(phrase.words.at(-1) ?? '')
    // Durations ("two months", "a 5 min read") are not figures of the story.
    if (
      unit === 'count' &&
      (TIME_UNITS.has(head) || TIME_UNITS.has(singular(phrase.words[0] ?? '')))
    )
      continue
    // "percentage points", "points": a change or a margin, read with the rate it is of.
    if (unit === 'count' && head === 'point') {
      const rate = rateBefore(tokens, startIndex)
      push(phrase.end - 1, makeValue(1, 'count'), {
        kind: 'points',
        topic: `points:${rate ?? ''}`,
        about: rate ? `change in the ${rate} rate (points)` : 'points',
        comparable: rate !== null,
      })
      index = Math.max(index, phrase.end - 1)
      continue
    }
    const reading = readCount(
      tokens,
      index,
      phrase.words,
      phrase.end,
      startIndex,
      unit,
      sentence,
      (other) => inside(masked, other.start),
    )
    // "Inflation rose 0.4%": how much the rate moved, not where it stands.
    if (reading.kind === 'rate' && isChangeSize(tokens, startIndex)) reading.comparable = false
    if (unit === 'count' && phrase.words.length === 0 && reading.kind === 'count') continue
    if (unit === '%' && phrase.words.length === 0 && !reading.comparable && reading.topic === '%')
      continue
    const lastIndex = phrase.words.length > 0 && reading.phrase !== false ? phrase.end - 1 : end - 1
    push(lastIndex, makeValue(1, unit), reading)
    if ((reading.kind === 'count' || reading.kind === 'crowd') && phrase.words.length > 1) {
      const figure = figures.at(-1) as Figure
      figure.modifiers = phrase.words.slice(0, -1).map((other) => other.toLowerCase())
    }
    // "three counts of fraud and one count of conspiracy": a part of the total, not the whole.
    const part =
      reading.kind === 'count' && phrase.words.length > 0
        ? enumeratedPart(tokens, startIndex, phrase.end - 1)
        : null
    if (part) {
      const figure = figures.at(-1) as Figure
      figure.scope = { ...figure.scope, part: figure.scope.part ?? part }
    }
    index = Math.max(index, end - 1)
  }
  // "With 98.86% of the ballots counted, Ruiz had 44.27%": a share of that stage of the count.
  const progress = figures.find((figure) => figure.kind === 'count progress')
  if (progress) {
    const stage = `${progress.value.op === '=' ? '' : `${progress.value.op} `}${progress.value.value}%`
    for (const figure of figures) if (figure.kind === 'vote share') figure.scope.stage = stage
  }
  // "Without the subsidy, inflation would have been 14%": a hypothetical, never set against others.
  for (const figure of figures)
    if (isCounterfactual(sentence, figure.start - from)) figure.comparable = false
  return { figures: figures.sort((left, right) => left.start - right.start), scope: sentenceWide }
}
