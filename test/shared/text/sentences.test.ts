import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readFileSync, readdirSync } from 'node:fs'
import { splitSentences, type SentenceSpan } from '../../../shared/text/sentences'

function sentences(text: string): string[] {
  return splitSentences(text).map((span) => text.slice(span.start, span.end))
}

/**
 * What is wrong with `spans` as a split of `text`, or `undefined`: each span must be non-empty and
 * trimmed, the spans in order and disjoint, and every non-whitespace character inside one.
 */
function wellFormedProblem(text: string, spans: SentenceSpan[]): string | undefined {
  let previousEnd = 0
  const covered = new Uint8Array(text.length)
  for (const span of spans) {
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) {
      return `span ${JSON.stringify(span)} has non-integer offsets`
    }
    if (span.start < previousEnd) return `span ${JSON.stringify(span)} overlaps or is out of order`
    if (span.end <= span.start || span.end > text.length) {
      return `span ${JSON.stringify(span)} is empty or runs past the text`
    }
    const slice = text.slice(span.start, span.end)
    if (slice !== slice.trim()) return `span ${JSON.stringify(span)} is not trimmed`
    covered.fill(1, span.start, span.end)
    previousEnd = span.end
  }
  for (let index = 0; index < text.length; index++) {
    if (covered[index] === 0 && (text[index] ?? '').trim() !== '') {
      return `character ${index} (${JSON.stringify(text[index])}) is in no span`
    }
  }
  return undefined
}

describe('splitSentences: ordinary sentence ends', () => {
  it('splits after full stops, question and exclamation marks', () => {
    expect(sentences('It rained. Did it? Yes! It did.')).toEqual([
      'It rained.',
      'Did it?',
      'Yes!',
      'It did.',
    ])
  })

  it('returns no span for empty or blank text', () => {
    expect(splitSentences('')).toEqual([])
    expect(splitSentences(' \n\t\n  ')).toEqual([])
  })

  it('gives offsets into the text, excluding the whitespace around sentences', () => {
    expect(splitSentences('  One.   Two.  ')).toEqual([
      { start: 2, end: 6 },
      { start: 9, end: 13 },
    ])
  })

  it('does not split before a lowercase word', () => {
    expect(sentences('She works at Yahoo! in the accounting department.')).toEqual([
      'She works at Yahoo! in the accounting department.',
    ])
  })

  it('splits a sentence glued to the next one', () => {
    expect(sentences('Hello world.Today is Tuesday.Mr. Smith left.')).toEqual([
      'Hello world.',
      'Today is Tuesday.',
      'Mr. Smith left.',
    ])
  })
})

describe('splitSentences: abbreviations and titles', () => {
  it('keeps titles with the names they precede', () => {
    const text =
      'Sen. Ted Cruz, Rep. Nancy Mace, Gov. Gavin Newsom and Gen. Mark Milley met Mr. and Mrs. Smith, Ms. Jones and Dr. Lee.'
    expect(sentences(text)).toEqual([text])
  })

  it('keeps St., Mt. and No. inside the sentence', () => {
    expect(
      sentences("St. Michael's Church is on 5th st. near Mt. Fuji, ranked No. 1 in Japan."),
    ).toEqual(["St. Michael's Church is on 5th st. near Mt. Fuji, ranked No. 1 in Japan."])
  })

  it('keeps a.m. and p.m. inside a sentence and ends one with them when a new one starts', () => {
    expect(
      sentences('The meeting starts at 10 a.m. Tuesday. It ends at 5 p.m. The crowd left.'),
    ).toEqual(['The meeting starts at 10 a.m. Tuesday.', 'It ends at 5 p.m.', 'The crowd left.'])
    expect(sentences('At 5 a.m. Mr. Smith went to the bank.')).toEqual([
      'At 5 a.m. Mr. Smith went to the bank.',
    ])
  })

  it('ends a sentence with Inc., Corp., Co., Jr. or etc. only before a typical sentence opener', () => {
    expect(
      sentences('Apple Inc. reported earnings. He joined Acme Corp. The company grew.'),
    ).toEqual(['Apple Inc. reported earnings.', 'He joined Acme Corp.', 'The company grew.'])
    expect(
      sentences('Martin Luther King Jr. Day is a holiday. Apples, pears, etc. The list goes on.'),
    ).toEqual([
      'Martin Luther King Jr. Day is a holiday.',
      'Apples, pears, etc.',
      'The list goes on.',
    ])
    expect(sentences("That is JFK Jr.'s book.")).toEqual(["That is JFK Jr.'s book."])
  })

  it('never ends a sentence with vs., e.g. or i.e.', () => {
    const text = 'It was Trump vs. Biden, e.g. Pennsylvania, i.e. The Keystone State.'
    expect(sentences(text)).toEqual([text])
  })

  it('keeps a month abbreviation before a date', () => {
    expect(sentences('On Jan. 5 and Sept. 12 he left. In Feb. The weather was cold.')).toEqual([
      'On Jan. 5 and Sept. 12 he left.',
      'In Feb.',
      'The weather was cold.',
    ])
  })
})

describe('splitSentences: U.S. and other dotted acronyms', () => {
  it('ends a sentence with U.S. when a new sentence follows', () => {
    expect(sentences('He sent troops to the U.S. The next day they left.')).toEqual([
      'He sent troops to the U.S.',
      'The next day they left.',
    ])
    expect(sentences('I live in the E.U. How about you?')).toEqual([
      'I live in the E.U.',
      'How about you?',
    ])
  })

  it('keeps U.S. inside a sentence before a noun or a name', () => {
    expect(sentences('The U.S. military said so.')).toEqual(['The U.S. military said so.'])
    expect(sentences('I work for the U.S. Government in Virginia.')).toEqual([
      'I work for the U.S. Government in Virginia.',
    ])
    expect(sentences('U.S. President Trump spoke. He met U.S. Secretary Rubio.')).toEqual([
      'U.S. President Trump spoke.',
      'He met U.S. Secretary Rubio.',
    ])
  })

  it('ends a sentence with U.S. before a quotation', () => {
    expect(sentences('He moved to the U.S. “It was hard,” he said.')).toEqual([
      'He moved to the U.S.',
      '“It was hard,” he said.',
    ])
  })

  it('does not take U.S without its final full stop for a sentence end', () => {
    expect(sentences('Drugs flow into the U.S, Trump replied.')).toEqual([
      'Drugs flow into the U.S, Trump replied.',
    ])
  })
})

describe('splitSentences: initials', () => {
  it('keeps initials with the surname', () => {
    expect(
      sentences('The book is by J. R. R. Tolkien. J. R. Smith and Michael J. Fox read it.'),
    ).toEqual(['The book is by J. R. R. Tolkien.', 'J. R. Smith and Michael J. Fox read it.'])
  })

  it('tells the pronoun I ending a sentence from the initial I.', () => {
    expect(
      sentences('We make a good team, you and I. Did you see Albert I. Jones yesterday?'),
    ).toEqual(['We make a good team, you and I.', 'Did you see Albert I. Jones yesterday?'])
  })

  it('ends a sentence after a capital letter when a pronoun or article follows', () => {
    expect(sentences('Follow him on X. He posts daily.')).toEqual([
      'Follow him on X.',
      'He posts daily.',
    ])
  })
})

describe('splitSentences: numbers', () => {
  it('keeps decimals, money and percentages whole', () => {
    expect(sentences('She has $100.00 in her bag. Rates rose 3.5% to 1,000.25 points.')).toEqual([
      'She has $100.00 in her bag.',
      'Rates rose 3.5% to 1,000.25 points.',
    ])
  })

  it('ends a sentence after a number', () => {
    expect(
      sentences(
        'She has $100.00. It is in her bag. He finished in the top 2. The next day he won.',
      ),
    ).toEqual([
      'She has $100.00.',
      'It is in her bag.',
      'He finished in the top 2.',
      'The next day he won.',
    ])
  })
})

describe('splitSentences: ellipses', () => {
  it('keeps an ellipsis before a lowercase word inside the sentence', () => {
    const text = 'I wasn’t really ... well, what I mean...see . . . what I’m saying … the thing is.'
    expect(sentences(text)).toEqual([text])
  })

  it('keeps a spaced ellipsis inside the sentence even before a capital', () => {
    const text = 'The thing is . . . I didn’t mean it.'
    expect(sentences(text)).toEqual([text])
  })

  it('ends a sentence with four dots', () => {
    expect(
      sentences('I never meant that.... She left. It ended with a period . . . . Next.'),
    ).toEqual(['I never meant that....', 'She left.', 'It ended with a period . . . .', 'Next.'])
  })

  it('ends a sentence with a compact ellipsis before a capital', () => {
    expect(sentences('He paused… Then he spoke... Nothing.')).toEqual([
      'He paused…',
      'Then he spoke...',
      'Nothing.',
    ])
  })

  it('keeps an omission in brackets inside the sentence', () => {
    const text = '"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).'
    expect(sentences(text)).toEqual([text])
  })
})

describe('splitSentences: addresses and handles', () => {
  it('keeps web addresses, domains and e-mail addresses whole', () => {
    expect(
      sentences(
        'The site is https://www.example.50.com/new-site/page.html. Her email is Jane.Doe@example.com. Visit example.com for more.',
      ),
    ).toEqual([
      'The site is https://www.example.50.com/new-site/page.html.',
      'Her email is Jane.Doe@example.com.',
      'Visit example.com for more.',
    ])
  })

  it('keeps a tweet with its link and its dashed signature', () => {
    const tweet =
      'The bridge reopens at noon, and… pic.twitter.com/AbCd1234xY — Ministry of Roads Jane Roe (@RoadsMin) June 1, 2023'
    expect(sentences(tweet)).toEqual([tweet])
    expect(sentences(`${tweet} Drivers cheered.`)).toEqual([tweet, 'Drivers cheered.'])
  })

  it('keeps a tweet link after a finished sentence with the tweet', () => {
    expect(sentences('We are NOT done with the bridge. pic.twitter.com/Zz9Yy8Xx7W')).toEqual([
      'We are NOT done with the bridge. pic.twitter.com/Zz9Yy8Xx7W',
    ])
    expect(
      sentences('Roads are open! https://t.co/Ab12Cd34 — Jane Roe (@jroe) May 2, 2024'),
    ).toEqual(['Roads are open! https://t.co/Ab12Cd34 — Jane Roe (@jroe) May 2, 2024'])
  })

  it('keeps any other link after a finished sentence as a unit of its own', () => {
    expect(sentences('Read the ruling. https://example.org/ruling.pdf')).toEqual([
      'Read the ruling.',
      'https://example.org/ruling.pdf',
    ])
  })

  it('starts a sentence at a handle', () => {
    expect(sentences('.@POTUS: “We will win.” @SecWar agreed. Follow @SecWar for more.')).toEqual([
      '.@POTUS: “We will win.”',
      '@SecWar agreed.',
      'Follow @SecWar for more.',
    ])
    expect(sentences('He tweeted. .@POTUS replied.')).toEqual(['He tweeted.', '.@POTUS replied.'])
  })
})

describe('splitSentences: lists', () => {
  it('splits numbered items with or without final punctuation', () => {
    expect(sentences('1. The first item 2. The second item')).toEqual([
      '1. The first item',
      '2. The second item',
    ])
    expect(sentences('1) The first item. 2) The second item.')).toEqual([
      '1) The first item.',
      '2) The second item.',
    ])
    expect(sentences('1.) The first item 2.) The second item')).toEqual([
      '1.) The first item',
      '2.) The second item',
    ])
  })

  it('splits lettered and bulleted items', () => {
    expect(sentences('a. The first item b. The second item c. The third item')).toEqual([
      'a. The first item',
      'b. The second item',
      'c. The third item',
    ])
    expect(sentences('• 9. The first item • 10. The second item')).toEqual([
      '• 9. The first item',
      '• 10. The second item',
    ])
  })

  it('does not take numbers out of sequence in prose for list items', () => {
    const text = 'He won 2 races and lost 3 more in 2024.'
    expect(sentences(text)).toEqual([text])
  })
})

describe('splitSentences: parentheses', () => {
  it('keeps a parenthetical sentence inside the sentence around it', () => {
    const text =
      'He teaches science (He previously worked for 5 years as an engineer.) at the local University.'
    expect(sentences(text)).toEqual([text])
  })

  it('splits after a closing parenthesis that ends a sentence', () => {
    expect(sentences('He left (at noon.) Then he came back (briefly). It was late.')).toEqual([
      'He left (at noon.)',
      'Then he came back (briefly).',
      'It was late.',
    ])
  })
})

describe('splitSentences: quotations', () => {
  it('keeps a question inside a quotation that runs on into its attribution', () => {
    expect(
      sentences('“Would I knock out those factories? I would be proud to do it,” he said.'),
    ).toEqual(['“Would I knock out those factories? I would be proud to do it,” he said.'])
    expect(sentences('"Is it over? Not yet!" he shouted.')).toEqual([
      '"Is it over? Not yet!" he shouted.',
    ])
  })

  it('keeps a closed quotation of several sentences with its attribution as one unit', () => {
    expect(sentences('“Can we? It’s fine by us. They know where we stand,” Lee said.')).toEqual([
      '“Can we? It’s fine by us. They know where we stand,” Lee said.',
    ])
    expect(sentences('"Sentence one. Sentence two," she said. Then she left.')).toEqual([
      '"Sentence one. Sentence two," she said.',
      'Then she left.',
    ])
    expect(sentences('He said: "A first point. A second. A third." Nobody answered.')).toEqual([
      'He said: "A first point. A second. A third."',
      'Nobody answered.',
    ])
  })

  it('keeps a quotation in single marks whole, but not across a possessive', () => {
    expect(sentences('‘We tried. We failed,’ the coach said.')).toEqual([
      '‘We tried. We failed,’ the coach said.',
    ])
    expect(sentences('‘Fans’ anger is fair. We lost. Sorry.')).toEqual([
      '‘Fans’ anger is fair.',
      'We lost.',
      'Sorry.',
    ])
  })

  it('splits the sentences of a quotation that does not close on its line', () => {
    expect(sentences('“We waited. We called for help. Nobody came.')).toEqual([
      '“We waited.',
      'We called for help.',
      'Nobody came.',
    ])
  })

  it('splits a quotation from the quotation after it', () => {
    expect(sentences('“Go home. Stay safe,” she said. “Do not drive. Roads are closed.”')).toEqual([
      '“Go home. Stay safe,” she said.',
      '“Do not drive. Roads are closed.”',
    ])
  })

  it('keeps a quoted question with its attribution, lowercase or by name', () => {
    expect(
      sentences('“Would I?” he asked. “Would I?” Trump asked. “Would I?” Mr. Smith asked.'),
    ).toEqual(['“Would I?” he asked.', '“Would I?” Trump asked.', '“Would I?” Mr. Smith asked.'])
  })

  it('splits after a closing quotation mark followed by a new sentence', () => {
    expect(sentences('She turned to him, "This is great." She held the book out.')).toEqual([
      'She turned to him, "This is great."',
      'She held the book out.',
    ])
    expect(sentences('Lee replied: “Can we? It’s fine by us.” He left.')).toEqual([
      'Lee replied: “Can we? It’s fine by us.”',
      'He left.',
    ])
  })

  it('keeps a quotation inside its sentence when a lowercase word follows', () => {
    expect(sentences("She turned to him, 'This is great.' she said.")).toEqual([
      "She turned to him, 'This is great.' she said.",
    ])
    expect(sentences('She turned to him, “This is great.” she said.')).toEqual([
      'She turned to him, “This is great.” she said.',
    ])
  })

  it('keeps a long quotation after its introduction as one unit', () => {
    expect(sentences('He added, “We know every road. We know every bridge.”')).toEqual([
      'He added, “We know every road. We know every bridge.”',
    ])
  })
})

describe('splitSentences: headlines, captions and credits', () => {
  it('keeps a headline without final punctuation as one unit', () => {
    const text = 'Trump Signals Potential Military Strikes Against Mexican Drug Cartels'
    expect(sentences(text)).toEqual([text])
  })

  it('keeps a quoted headline with a question inside as one unit', () => {
    const text = '‘Would I Launch Strikes in Mexico? It’s OK With Me’'
    expect(sentences(text)).toEqual([text])
  })

  it('splits a photo credit from its caption only at punctuation', () => {
    expect(sentences('The mayor spoke at City Hall on Friday. Ann Pryce/Getty Images')).toEqual([
      'The mayor spoke at City Hall on Friday.',
      'Ann Pryce/Getty Images',
    ])
    expect(
      sentences('Harbour Master Lena Ortiz Tom Vale/Northpix/Agency One via Getty Images'),
    ).toEqual(['Harbour Master Lena Ortiz Tom Vale/Northpix/Agency One via Getty Images'])
  })

  it('keeps a credit introduced by "Photo by" whole', () => {
    expect(sentences('Photo by Win McNamee/Getty Images')).toEqual([
      'Photo by Win McNamee/Getty Images',
    ])
  })
})

describe('splitSentences: line breaks and whitespace', () => {
  it('ends a sentence at a blank line, and at a line break after a headline or a finished line', () => {
    expect(sentences('A headline\nThe first line\n\nThe second paragraph')).toEqual([
      'A headline',
      'The first line',
      'The second paragraph',
    ])
    expect(sentences('Floods close the valley road\nthe council said on Monday.')).toEqual([
      'Floods close the valley road\nthe council said on Monday.',
    ])
    expect(sentences('It ended.\nthen we left.')).toEqual(['It ended.', 'then we left.'])
    expect(sentences('It was late\n\nand cold.')).toEqual(['It was late', 'and cold.'])
  })

  it('does not end a sentence at a single line break inside it', () => {
    expect(
      sentences('The committee will meet on\nTuesday to vote on the plan. It is late.'),
    ).toEqual(['The committee will meet on\nTuesday to vote on the plan.', 'It is late.'])
    expect(sentences('The rain fell for three\ndays and the river\nrose by a metre.')).toEqual([
      'The rain fell for three\ndays and the river\nrose by a metre.',
    ])
    expect(sentences('She said the roads,\nBridges and tunnels were shut.')).toEqual([
      'She said the roads,\nBridges and tunnels were shut.',
    ])
    expect(sentences('It was a warm \r\nday in May.')).toEqual(['It was a warm \r\nday in May.'])
  })

  it('keeps lines of labels apart when no sentence ends among them', () => {
    expect(sentences('prices\nopening hours\nparking, access\n')).toEqual([
      'prices',
      'opening hours',
      'parking, access',
    ])
  })

  it('keeps a photo credit on its own line apart from a lowercase line after it', () => {
    expect(sentences('Ann Pryce/Getty Images\nthe mayor spoke on Friday.')).toEqual([
      'Ann Pryce/Getty Images',
      'the mayor spoke on Friday.',
    ])
  })

  it('finds the same sentences with LF, CRLF, CR and Unicode separators', () => {
    const lines = ['Headline here', 'It rained. Then it stopped.', '', 'Last line']
    const expected = ['Headline here', 'It rained.', 'Then it stopped.', 'Last line']
    for (const separator of ['\n', '\r\n', '\r', '\u2028', '\u2029']) {
      expect(sentences(lines.join(separator))).toEqual(expected)
    }
    expect(sentences('One.\r\n\r\nTwo.\n\rThree.')).toEqual(['One.', 'Two.', 'Three.'])
  })

  it('treats no-break spaces and tabs as spaces', () => {
    expect(sentences('It rained.\u00a0Then\tit stopped.\u202fThe end.')).toEqual([
      'It rained.',
      'Then\tit stopped.',
      'The end.',
    ])
  })
})

describe('splitSentences: offsets', () => {
  const seedsFolder = new URL('../../../seeds/', import.meta.url)
  const seeds = readdirSync(seedsFolder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(new URL(name, seedsFolder), 'utf8'))

  it('gives trimmed, ordered, disjoint spans covering every non-space character of the seeds', () => {
    expect(seeds.length).toBeGreaterThan(0)
    for (const text of seeds) {
      expect(wellFormedProblem(text, splitSentences(text))).toBeUndefined()
      for (const paragraph of text.split('\n')) {
        expect(wellFormedProblem(paragraph, splitSentences(paragraph))).toBeUndefined()
      }
    }
  })

  it('gives well-formed spans for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(wellFormedProblem(text, splitSentences(text))).toBeUndefined()
      }),
      { numRuns: 500 },
    )
  }, 30_000)

  it('gives well-formed spans for strings made of the marks that decide boundaries', () => {
    const pieces = [
      ' ',
      '  ',
      '\n',
      '\r\n',
      '\u00a0',
      '\t',
      '.',
      '. ',
      '?',
      '!',
      '…',
      '...',
      ' . . . ',
      '“',
      '”',
      '"',
      "'",
      '‘',
      '’',
      '(',
      ')',
      '[',
      ']',
      ',',
      '—',
      '•',
      '⁃',
      'a',
      'The',
      'I',
      'J.',
      'U.S.',
      'Mr.',
      'a.m.',
      'e.g.',
      'No.',
      '1.',
      '2.',
      '1)',
      'b.',
      '3.5',
      '$100.00',
      '@SecWar',
      'pic.twitter.com/x',
      'example.com',
      'Getty/Images',
      'McNamee/Getty',
      'Images',
      'said',
      'he',
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('')
        expect(wellFormedProblem(text, splitSentences(text))).toBeUndefined()
      }),
      { numRuns: 2000 },
    )
  })
})

// Their cost is a figure of `npm run bench` (bench/sentences.ts), never a test's assertion.
describe('splitSentences: pathological inputs', () => {
  it('splits pathological inputs into well-formed spans', () => {
    const inputs = [
      'a'.repeat(1e5) + '!',
      'ab.Cd'.repeat(200_000),
      'a.B'.repeat(350_000),
      'x '.repeat(500_000) + '?',
      '“Why? ' + 'Mr. '.repeat(250_000),
      '. '.repeat(500_000),
      '\n'.repeat(1_000_000),
      '“A. '.repeat(200_000) + '”',
      '‘a. '.repeat(200_000),
      'the\nend of\n'.repeat(100_000) + 'it.',
      'a,\n'.repeat(300_000),
      '“' + 'It ended. '.repeat(100_000) + '”',
    ]
    for (const input of inputs) {
      const spans = splitSentences(input)
      expect(wellFormedProblem(input, spans), `${JSON.stringify(input.slice(0, 12))}…`).toBe(
        undefined,
      )
    }
  }, 60_000)
})
