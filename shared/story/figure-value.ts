/** How a figure bounds what it counts: "at least 21" is ≥ 21, "dozens" is vague. */
export type FigureOp = '≥' | '>' | '=' | '≈' | '<' | '≤' | 'range' | 'vague'

/** Currencies a figure of money may be in. */
export type Currency = 'USD' | 'EUR' | 'GBP' | 'JPY' | 'INR' | 'CNY' | 'BRL' | 'SAR' | 'AED' | 'CHF'

/**
 * What a figure is measured in: a count, a share, money in a currency, kilometres (every length
 * is converted to them), square kilometres (every area), a quake's magnitude, years of a prison
 * sentence, a date, or the direction of a change (+1 up, -1 down).
 */
export type FigureUnit =
  'count' | '%' | Currency | 'km' | 'km²' | 'magnitude' | 'years' | 'date' | 'change'

/** Currency symbols and names, and their codes. */
export const CURRENCIES: ReadonlyMap<string, Currency> = new Map<string, Currency>([
  ['$', 'USD'],
  ['us$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['r$', 'BRL'],
  ['dollars', 'USD'],
  ['dollar', 'USD'],
  ['usd', 'USD'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['eur', 'EUR'],
  ['pounds', 'GBP'],
  ['sterling', 'GBP'],
  ['gbp', 'GBP'],
  ['yen', 'JPY'],
  ['rupees', 'INR'],
  ['yuan', 'CNY'],
  ['reais', 'BRL'],
  ['riyals', 'SAR'],
  ['riyal', 'SAR'],
  ['sar', 'SAR'],
  ['dirhams', 'AED'],
  ['francs', 'CHF'],
])

/** Whether a unit is a currency. */
export function isCurrency(unit: FigureUnit): unit is Currency {
  return !['count', '%', 'km', 'km²', 'magnitude', 'years', 'date', 'change'].includes(unit)
}

/**
 * A figure normalised: "at least 21" → `{ op: '≥', value: 21 }`, "between 5 and 8" →
 * `{ op: 'range', value: 5, high: 8 }`, "dozens" → `{ op: 'vague', value: 24, high: 199,
 * word: 'dozens' }`. Dates are `yyyymmdd` (or `mmdd` without a year) with unit `date`.
 */
export interface FigureValue {
  op: FigureOp
  value: number
  /** The upper end of a range or of a vague quantity. */
  high?: number
  /** The word of a vague quantity ("dozens", "hundreds of thousands"). */
  word?: string
  unit: FigureUnit
  /** The compass direction of a distance ("72 km southwest of …" → "southwest"). */
  direction?: string
}

/** The set of numbers a figure allows, as an interval. */
export interface FigureInterval {
  low: number
  high: number
  lowOpen: boolean
  highOpen: boolean
}

/** How far "about" (≈) reaches either side of its value: 10%, and at least 1. */
export const APPROXIMATE_SPREAD = 0.1

/**
 * How far a number written plainly may be from the truth because it is rounded: half a unit of
 * its last decimal ("55.7%" is 55.65–55.75, so it agrees with "55.72%"), and for a round number
 * of thousands or more half its rounding, at most 5% ("89,000 fans" agrees with "88,966"; "2,000"
 * is 1,900–2,100). Smaller whole numbers are exact: "11 strikes" is 11.
 */
export function roundingSpread(value: number): number {
  const magnitude = Math.abs(value)
  if (!Number.isInteger(value)) {
    const decimals = (String(magnitude).split('.')[1] ?? '').length
    return decimals > 3 ? 0 : 0.5 * 10 ** -decimals
  }
  if (magnitude < 1000) return 0
  let unit = 1
  while (magnitude % (unit * 10) === 0) unit *= 10
  return unit >= 1000 ? Math.min(unit / 2, magnitude * 0.05) : 0
}

/** The numbers a figure allows: "at least 21" → [21, ∞), "over 80" → (80, ∞), "about 50" → [45, 55]. */
export function intervalOf(figure: FigureValue): FigureInterval {
  const { value } = figure
  const closed = (low: number, high: number): FigureInterval => ({
    low,
    high,
    lowOpen: false,
    highOpen: false,
  })
  switch (figure.op) {
    case '=': {
      const spread = roundingSpread(value)
      return closed(value - spread, value + spread)
    }
    case '≥':
      return closed(value, Infinity)
    case '>':
      return { low: value, high: Infinity, lowOpen: true, highOpen: false }
    case '≤':
      return closed(Math.min(0, value), value)
    case '<':
      return { low: Math.min(0, value), high: value, lowOpen: false, highOpen: true }
    case '≈': {
      const spread = Math.max(1, Math.abs(value) * APPROXIMATE_SPREAD)
      return closed(value - spread, value + spread)
    }
    case 'range':
    case 'vague':
      return closed(value, figure.high ?? value)
  }
}

/**
 * Whether two figures can both be true: their intervals share a number. Figures in different
 * units (the same fee in euros and in dollars) and vague ones ("dozens", "thousands of homes",
 * which writers use loosely) are never set against each other; two distances in different
 * directions ("southwest of" and "southeast of" the same city) cannot both be true.
 */
export function compatible(left: FigureValue, right: FigureValue): boolean {
  if (left.unit !== right.unit) return true
  if (left.op === 'vague' || right.op === 'vague') return true
  if (left.direction && right.direction && left.direction !== right.direction) return false
  const a = intervalOf(left)
  const b = intervalOf(right)
  const apart = (first: FigureInterval, second: FigureInterval) =>
    first.high < second.low || (first.high === second.low && (first.highOpen || second.lowOpen))
  return !apart(a, b) && !apart(b, a)
}

function formatNumber(value: number): string {
  return Number.isInteger(value)
    ? value.toLocaleString('en-US')
    : String(Math.round(value * 1000) / 1000)
}

/** A figure as a short readable string: "≥ 21", "> 80", "24–199 (dozens)", "85%", "$5,000,000". */
export function formatFigure(figure: FigureValue): string {
  const unit = (text: string) =>
    figure.unit === '%'
      ? `${text}%`
      : figure.unit === 'USD'
        ? `$${text}`
        : figure.unit === 'EUR'
          ? `€${text}`
          : figure.unit === 'GBP'
            ? `£${text}`
            : figure.unit === 'km' || figure.unit === 'km²'
              ? `${text} ${figure.unit}${figure.direction ? ` ${figure.direction}` : ''}`
              : figure.unit === 'magnitude'
                ? `M${text}`
                : figure.unit === 'years'
                  ? `${text} years`
                  : isCurrency(figure.unit) && figure.unit !== 'JPY'
                    ? `${figure.unit} ${text}`
                    : figure.unit === 'JPY'
                      ? `¥${text}`
                      : text
  if (figure.unit === 'change') return figure.value > 0 ? 'rose' : 'fell'
  if (figure.unit === 'date') {
    const digits = String(figure.value)
    return digits.length === 8
      ? `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`
      : `--${digits.padStart(4, '0').slice(0, 2)}-${digits.padStart(4, '0').slice(2)}`
  }
  if (figure.op === 'vague')
    return `${figure.word ?? 'some'} (${unit(formatNumber(figure.value))}–${unit(formatNumber(figure.high ?? figure.value))})`
  if (figure.op === 'range')
    return `${unit(formatNumber(figure.value))}–${unit(formatNumber(figure.high ?? figure.value))}`
  return `${figure.op} ${unit(formatNumber(figure.value))}`
}
