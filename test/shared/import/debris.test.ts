import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readFileSync, readdirSync } from 'node:fs'
import { Node } from 'prosemirror-model'
import { articleSchema } from '../../../shared/editor/schema'
import {
  debrisKey,
  findDebris,
  findDebrisInTexts,
  scanBlock,
  type DebrisBlock,
} from '../../../shared/import/debris'
import type { DebrisKind } from '../../../shared/import/debris-kinds'
import { parsePlainText } from '../../../shared/import/plain-text'
import { articleText, BLOCK_SEPARATOR, textBlocks } from '../../../shared/text/article-text'
import { splitSentences } from '../../../shared/text/sentences'

/** An article's blocks as the detector reads them, laid out as `articleText` joins them. */
function blocksOf(texts: readonly string[], headings: readonly number[] = []): DebrisBlock[] {
  let start = 0
  return texts.map((text, index) => {
    const block = { text, start, heading: headings.includes(index) }
    start += text.length + BLOCK_SEPARATOR.length
    return block
  })
}

/** What is flagged in an article made of `texts`: kind and flagged text, in order. */
function flagged(
  texts: readonly string[],
  headings: readonly number[] = [],
): [DebrisKind, string][] {
  const plain = texts.join(BLOCK_SEPARATOR)
  return findDebrisInTexts(blocksOf(texts, headings)).map((finding) => [
    finding.kind,
    plain.slice(finding.from, finding.to),
  ])
}

/** What is flagged in one block, as kind and text. */
function flaggedIn(text: string): [DebrisKind, string][] {
  return scanBlock(text).debris.map((piece) => [piece.kind, text.slice(piece.from, piece.to)])
}

/** A paragraph of ordinary news copy, so an article does not end in the text under test. */
const NEWS = 'The talks resumed on Tuesday, officials said.'
/** A paragraph of prose: long enough that a short unfinished line after it reads as cut off. */
const PROSE =
  'The ferry to the island was cancelled for a third day on Tuesday, leaving hundreds of passengers waiting at the port.'

describe('scanBlock: comment forms', () => {
  it.each([
    'Leave a Reply',
    'Leave a Comment',
    'Leave a Reply Cancel reply',
    'Cancel reply',
    'You must be logged in to post a comment.',
    'Your email address will not be published.',
    'Your email address will not be published. Required fields are marked *',
    'Save my name, email, and website in this browser for the next time I comment.',
    '3 Comments',
    'Logged in as Ana Ruiz. Log out?',
    'Comments are closed.',
  ])('flags “%s” as a comment form, whole', (text) => {
    expect(flaggedIn(text)).toEqual([['comment-form', text]])
  })

  it('flags the block without the whitespace around it', () => {
    expect(flaggedIn('  Leave a Reply ')).toEqual([['comment-form', 'Leave a Reply']])
  })

  it.each([
    'She urged readers to “leave a reply” if they disagreed with the decision.',
    'Your email address will not be published, the company promised in its new privacy policy.',
    'Leave a reply to the ministry by Friday, the letter said.',
    'Comments',
    'Reply',
  ])('leaves news text alone: “%s”', (text) => {
    expect(flaggedIn(text)).toEqual([])
  })
})

describe('scanBlock: share and subscribe widgets, advertisements', () => {
  it.each([
    ['Share this article', 'share-widget'],
    ['Share: Facebook Twitter Email', 'share-widget'],
    ['Facebook | Twitter | LinkedIn', 'share-widget'],
    ['Click to share on X (Opens in new window)', 'share-widget'],
    ['Sign up for our daily newsletter', 'share-widget'],
    ['Subscribe to our newsletter to get the latest news in your inbox.', 'share-widget'],
    ['Follow us on Facebook and Instagram', 'share-widget'],
    ['ADVERTISEMENT', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
  ] as const)('flags “%s” as %s', (text, kind) => {
    expect(flaggedIn(text)).toEqual([[kind, text]])
  })

  it.each([
    'Share prices fell on Tuesday.',
    'Facebook and Twitter both removed the post.',
    'Subscribers to the newsletter were told on Monday that the paper would close.',
    'Advertisement revenue fell 10% in the quarter.',
    'Print editions will end next year, the publisher said.',
  ])('leaves news text alone: “%s”', (text) => {
    expect(flaggedIn(text)).toEqual([])
  })
})

describe('scanBlock: photo credits and captions', () => {
  it.each([
    'Win McNamee/Getty Images',
    'Photo: Jane Doe/AP',
    '(AP Photo/Evan Vucci)',
    'AP Photo/Evan Vucci',
    'Photograph: Marco Ugarte/Reuters',
    'Image credit: Getty Images',
  ])('flags a credit standing alone: “%s”', (text) => {
    expect(flaggedIn(text)).toEqual([['photo-credit', text]])
  })

  it.each([
    'Supporters gather outside the court on Tuesday. (Photo by Jane Doe/Getty Images)',
    'Protesters march in Mexico City. Photograph: Marco Ugarte/AP',
    'Mexican President Claudia Sheinbaum Carlos Santiago/Pixelnews/Future Publishing via Getty Images',
    'The president speaks at the White House on Monday. Andrew Harnik/AP Photo',
    'Rescuers search the river bank on Sunday.(Reuters) - Photo by Ana Ruiz at The Daily Example',
    'Rescuers search the river bank on Sunday. – Photo by Ana Ruiz at Example Wire',
  ])('flags a short caption with its credit as one photo caption: “%s”', (text) => {
    expect(flaggedIn(text)).toEqual([['photo-caption', text]])
  })

  it('flags only the credit when it ends a long paragraph', () => {
    const paragraph = `${'The minister, who has led the talks since March, told reporters that a deal was close. '.repeat(4)}Win McNamee/Getty Images`
    expect(flaggedIn(paragraph)).toEqual([['photo-credit', 'Win McNamee/Getty Images']])
  })

  it.each([
    'The agency Getty Images said it had withdrawn the picture.',
    'He sold the rights to Getty Images',
    'Photographs supplied by Getty Images were used in the campaign, the court heard.',
    'Photo: The president waves to supporters in Ohio.',
    'The photo, taken by a Reuters photographer, went viral.',
    'She said the photo was taken by AP',
    'The exhibition - Photo by Night - opened at The Example Gallery on Monday.',
    'He met the photographer - a former AP staffer - at The Example Hotel',
  ])('leaves prose that mentions an agency alone: “%s”', (text) => {
    expect(flaggedIn(text)).toEqual([])
  })
})

describe('scanBlock: image residue', () => {
  it.each([
    '.png)',
    '1234.png)',
    'photo-1234.JPG',
    'https://cdn.example.com/a.jpeg?w=640',
    '](https://cdn.example.com/img/photo-1.jpg)',
    '![A protest in Mexico City](https://example.com/p.webp)',
  ])('flags a block that is only image residue: “%s”', (text) => {
    expect(flaggedIn(text)).toEqual([['image-residue', text]])
  })

  it('flags Markdown image syntax inside a paragraph, and only it', () => {
    const text = 'Officials spoke. ![](https://example.com/a.png) Then they left.'
    expect(flaggedIn(text)).toEqual([['image-residue', '![](https://example.com/a.png)']])
  })

  it.each([
    'The leaked file, report-final.png, showed the plan.',
    'She posted a map called border.png on Tuesday',
    'Download chart.png',
    'Read the full report at example.com/report.pdf.',
    'The picture (https://example.com/a.jpg) was deleted.',
  ])('leaves a file name in prose alone: “%s”', (text) => {
    expect(flaggedIn(text)).toEqual([])
  })
})

describe('scanBlock: embedded posts', () => {
  it('flags a post whole, its words with its link and signature', () => {
    const text =
      'The harbour reopens at dawn… pic.twitter.com/Ab12Cd34Ef — Port Authority of Example (@PortEx) March 3, 2024'
    expect(flaggedIn(text)).toEqual([['embedded-post', text]])
  })

  it('flags only the link and signature at the end of a paragraph longer than a post', () => {
    const words =
      'The harbour master said the port would reopen at dawn once divers had checked the quay walls, and that ferries would sail on a reduced timetable for the rest of the week while the crane crews cleared the containers the storm had thrown across the loading area, a job she expected to last until Friday at the earliest, weather permitting, she told reporters.'
    const residue = 'pic.twitter.com/Ab12Cd34Ef — Port Authority (@PortEx) March 3, 2024'
    expect(flaggedIn(`${words} ${residue}`)).toEqual([['embedded-post', residue]])
  })

  it('flags a post whose signature’s dash is glued to its last sentence', () => {
    const text = 'Parabéns ao povo pela eleição tranquila.— Ana Ruiz (@anaruiz) November 19, 2023'
    expect(flaggedIn(text)).toEqual([['embedded-post', text]])
  })

  it('flags the words before a signature set on a line of its own', () => {
    const post = 'Fishing is a right. The coast guard will keep the harbour open for everyone.'
    const signature = '— Ana Ruiz (@anaruiz) January 19, 2023'
    expect(flagged([NEWS, post, signature, NEWS])).toEqual([
      ['embedded-post', post],
      ['embedded-post', signature],
    ])
  })

  it.each([
    ['ending in a colon', 'The minister wrote on X on Thursday evening:'],
    [
      'longer than a post',
      'The minister wrote on X on Thursday evening that the harbour would stay open, that the coast guard had done its work and that the fishing fleet, which had waited in port for nine days while the storm passed, could sail again at dawn, a decision the unions had asked for since the first day of the closure, and one the harbour master had opposed until the last.',
    ],
  ])('leaves the paragraph before a signature alone when %s', (_what, paragraph) => {
    const signature = '— Ana Ruiz (@anaruiz) January 19, 2023'
    expect(flagged([NEWS, paragraph, signature, NEWS])).toEqual([['embedded-post', signature]])
  })

  it.each([
    ['Big news today pic.x.com/AbC123', 'Big news today pic.x.com/AbC123'],
    [
      '“Talk, yes.” https://t.co/xyz — Jane Doe (@jane) 17 November 2025',
      '“Talk, yes.” https://t.co/xyz — Jane Doe (@jane) 17 November 2025',
    ],
    [
      '— Rapid Response 47 (@RapidResponse47) November 17, 2025',
      '— Rapid Response 47 (@RapidResponse47) November 17, 2025',
    ],
    [
      'The count is over. pic.twitter.com/Qw12Er34Ty— City News (@citynew',
      'The count is over. pic.twitter.com/Qw12Er34Ty— City News (@citynew',
    ],
    [
      'Polls close at eight pic.twitter.com/Qw12Er34Ty — City News (@citynews',
      'Polls close at eight pic.twitter.com/Qw12Er34Ty — City News (@citynews',
    ],
    ['View this post on Instagram', 'View this post on Instagram'],
    [
      'A post shared by Jane Doe (@janedoe) on Nov 17, 2025 at 9:41am PST',
      'A post shared by Jane Doe (@janedoe) on Nov 17, 2025 at 9:41am PST',
    ],
  ])('flags “%s”', (text, residue) => {
    expect(flaggedIn(text)).toEqual([['embedded-post', residue]])
  })

  it.each([
    'Jane Doe (@jane) wrote on November 17, 2025 that the plan had failed.',
    'The post, shared on pic-sharing sites, drew 10,000 replies.',
    'He linked to https://t.co/xyz in a reply',
    'See pic.twitter.com/Qw12Er34Ty for the photo (@citynews posted it)',
  ])('leaves prose about posts alone: “%s”', (text) => {
    expect(flaggedIn(text)).toEqual([])
  })
})

describe('findDebrisInTexts: a cut-off end', () => {
  it('flags the last sentence when the text stops mid-word', () => {
    expect(
      flagged([
        NEWS,
        'Talks went on late. Whether those remarks remain rhetorical or evolve into plans on foreign so',
      ]),
    ).toEqual([
      ['truncated', 'Whether those remarks remain rhetorical or evolve into plans on foreign so'],
    ])
  })

  it('looks past debris at the end for the last paragraph', () => {
    expect(
      flagged([
        'Officials met again. They said the talks would go on until the end of the wee',
        'Leave a Reply',
        '.png)',
      ]),
    ).toEqual([
      ['truncated', 'They said the talks would go on until the end of the wee'],
      ['comment-form', 'Leave a Reply'],
      ['image-residue', '.png)'],
    ])
  })

  it.each([
    ['a closing quotation mark', 'He said: “We will not stop until the work is done”'],
    ['an abbreviation', 'The talks will resume on Friday at 9 a.m.'],
    ['an abbreviation of a place', 'The company is based in Washington, D.C.'],
    ['a bracket', 'The count was disputed (officials gave no figure)'],
    ['a short sign-off', 'Thanks for reading and see you next week'],
    ['a capitalised name', 'The statement was signed by the foreign minister Marco Rubio'],
    ['a handle', 'Follow the reporter on the network she uses most @janedoe'],
  ])('does not take an end on %s for a cut-off', (_what, last) => {
    expect(flagged([NEWS, last])).toEqual([])
  })

  it('does not take a heading at the end for a cut-off sentence', () => {
    expect(flagged([NEWS, 'What the strikes would mean for trade across the border'], [1])).toEqual(
      [],
    )
  })

  it('flags a short cut-off sentence after a finished one in its paragraph', () => {
    expect(flagged([NEWS, 'The ferry left at dawn. Si'])).toEqual([['truncated', 'Si']])
    expect(flagged([NEWS, '“We will rebuild,” the mayor said. She added'])).toEqual([
      ['truncated', 'She added'],
    ])
  })

  it('flags a cut-off quotation or bracket however short', () => {
    expect(flagged([NEWS, '“Th'])).toEqual([['truncated', '“Th']])
    expect(flagged([NEWS, '(More flood covera'])).toEqual([['truncated', '(More flood covera']])
  })

  it('flags a sentence stopping on a word no sentence ends on', () => {
    expect(flagged([NEWS, 'A survey released Friday by the bank showed a'])).toEqual([
      ['truncated', 'A survey released Friday by the bank showed a'],
    ])
  })

  it('flags a lone sentence of five words or more cut in a word or after a comma', () => {
    expect(flagged([NEWS, 'Pushing the rise in rents i'])).toEqual([
      ['truncated', 'Pushing the rise in rents i'],
    ])
    expect(flagged([NEWS, 'In a letter sent on Monday, the council warned that tenan'])).toEqual([
      ['truncated', 'In a letter sent on Monday, the council warned that tenan'],
    ])
  })

  it('flags a lone fragment of a word left on a line of its own at the end', () => {
    expect(flagged([NEWS, 'Officials warned that naming the victims would be a', 'g'])).toEqual([
      ['truncated', 'g'],
    ])
    expect(flagged([NEWS, 'Q'])).toEqual([])
    expect(flagged([NEWS, 'a'])).toEqual([])
  })

  it('leaves a short lone line without those signs alone', () => {
    expect(flagged([NEWS, 'Reporting from the coast'])).toEqual([])
    expect(flagged([NEWS, 'The ferry schedule for this winter'])).toEqual([])
  })

  it('flags a short last line taken for a heading when it follows a finished sentence', () => {
    expect(flagged([NEWS, '“The ferry will run again. Non'], [1])).toEqual([['truncated', 'Non']])
  })

  it('flags a heading at the end only when a word is plainly broken off', () => {
    expect(flagged([NEWS, 'The port authority said in a note th'], [1])).toEqual([
      ['truncated', 'The port authority said in a note th'],
    ])
    expect(flagged([NEWS, 'Ferries, trains and the long winter'], [1])).toEqual([])
  })

  it('flags a short line cut without a sign of its cut, after a paragraph of prose', () => {
    expect(flagged([PROSE, 'Most of the stranded passengers'])).toEqual([
      ['truncated', 'Most of the stranded passengers'],
    ])
    expect(
      flagged([PROSE, 'The mayor added that she had asked the port for a fuller revie']),
    ).toEqual([['truncated', 'The mayor added that she had asked the port for a fuller revie']])
    // A plain-text import takes a short last line for a heading: an article never ends on one.
    expect(flagged([PROSE, 'Most of the stranded passengers'], [1])).toEqual([
      ['truncated', 'Most of the stranded passengers'],
    ])
  })

  it('flags a long lone sentence stopped on a number after “and”, after prose only', () => {
    const cut =
      'The strike rate was 14.4% among teachers in the state schools of the region and 19.6%'
    expect(flagged([PROSE, cut])).toEqual([['truncated', cut]])
    expect(flagged([NEWS, cut])).toEqual([])
    expect(
      flagged([PROSE, 'Unemployment in the region rose for a third month running in May to 4.5%']),
    ).toEqual([])
  })

  it.each([
    ['no paragraph of prose before it', [NEWS, 'Most of the stranded passengers']],
    ['two words', [PROSE, 'Stranded passengers']],
    ['a capitalised name', [PROSE, 'The statement was signed by the harbour master Ana Ruiz']],
    ['a sign-off', [PROSE, 'Reporting from the coast']],
    ['thanks', [PROSE, 'Thanks for reading and see you next week']],
    ['a credit', [PROSE, 'With reporting from the ferry desk']],
    ['a label with a colon', [PROSE, 'Filed in: ferries and ports']],
    ['a handle', [PROSE, 'Follow the harbour desk @harbourdesk']],
    ['a number', [PROSE, 'The fares rose again in 2023']],
  ])('leaves a short last line alone with %s', (_what, texts) => {
    expect(flagged(texts)).toEqual([])
  })

  it('flags a last line taken for a heading when it is as long as a lone cut-off sentence', () => {
    const cut = 'Witnesses said the two buses had collided head on just outside the tunnel'
    expect(flagged([NEWS, cut], [1])).toEqual([['truncated', cut]])
    expect(flagged([NEWS, 'How the two buses came to collide outside the tunnel'], [1])).toEqual([])
  })
})

describe('scanBlock: page furniture', () => {
  it.each([
    ['related-link', 'Most Viewed'],
    ['related-link', 'Related Articles'],
    ['related-link', 'RELATED: Ferry Service Cut After Storm Hits Coast'],
    ['related-link', 'Also Read: Bridge Closed For Repairs After Barge Strike'],
    ['related-link', 'Read more: “We Lost Everything,” Say Flood Victims'],
    ['related-link', '(See also: Council Votes To Raise Rents For Third Year)'],
    ['related-link', 'Previous articleBest Budget Phones This Autumn'],
    ['related-link', 'Read more on examplenews.com'],
    ['page-meta', '5 min read'],
    ['page-meta', '·3 min read'],
    ['page-meta', 'By Jane Roe'],
    ['page-meta', 'Written by Tom Vale on'],
    ['page-meta', 'By Ana Ruiz and Tom Vale'],
    ['page-meta', 'By Ana Ruiz, Tom Vale and Ines Varga'],
    ['page-meta', 'By Ines Varga, Harbour News'],
    [
      'page-meta',
      'Ines Varga is a digital news writer at Harbour News. She studied journalism in Porto and worked for two magazines before joining the paper.',
    ],
    ['page-meta', 'Tom Vale, a Harbour News reporter, has covered the port for a decade.'],
    ['page-meta', 'By TOM VALE in Lisbon | The Daily Example | Updated: 2023-05-02 09:30'],
    ['page-meta', 'Updated Mar 3, 2022 - Business'],
    ['page-meta', 'Published on 04/12/2021 10:15'],
    ['page-meta', 'Friday, 3 June 2022 – 11:20'],
    ['page-meta', 'Font Size:'],
    ['page-meta', 'Listen to this article Your browser does not support the audio element.'],
    ['copyright', 'Copyright © 2023 Example Media Ltd. All rights reserved.'],
    ['copyright', '© 2022 Example News.'],
    ['source-credit', 'Source: Example Daily'],
    ['source-credit', '*With agency information'],
    ['source-credit', 'Additional reporting by Ana Ruiz'],
    ['notice', 'This is a developing story…'],
    ['notice', 'This story has been updated with comment from the council.'],
    ['notice', 'Stay tuned for more updates on the ferry strike.'],
    ['page-meta', 'Harbour News Editorial Guidelines'],
    ['page-meta', 'Editorial Standards'],
    ['notice', '>> More information to follow...'],
    ['notice', 'Further details to come.'],
    ['notice', '*** CONTENT WARNING: pictures of the flooded wards ***'],
    ['notice', 'Trigger warning: footage of the collapse'],
    ['comment-form', 'Please enter your comment!'],
    ['comment-form', 'Please enter your name here'],
    ['advertisement', 'Advertorial'],
    ['share-widget', 'Share this article'],
    ['share-widget', 'Facebook Twitter Email'],
  ] as [DebrisKind, string][])('flags %s: “%s”', (kind, text) => {
    expect(flaggedIn(text)).toEqual([[kind, text]])
  })

  it('flags an editorial notice ending a paragraph, and only it', () => {
    const text =
      'The vote is expected to reshape the council. Stay tuned for more updates on the count.'
    expect(flaggedIn(text)).toEqual([['notice', 'Stay tuned for more updates on the count.']])
    expect(flaggedIn('Stay tuned, she told the crowd, as updates came in slowly.')).toEqual([])
  })

  it('flags a bar or bullet left after a paragraph’s last sentence, and only it', () => {
    expect(flaggedIn('The vote ended late on Tuesday. |')).toEqual([['page-code', '|']])
    expect(flaggedIn('“We will rebuild,” she said. •')).toEqual([['page-code', '•']])
    expect(flaggedIn('The score was 3 | 2')).toEqual([])
  })

  it('flags a bracketed related link inside a paragraph, and only it', () => {
    const text =
      'The ferry resumed on Monday. (RELATED: Storm Cuts Power To Island Homes) Crews worked all night.'
    expect(flaggedIn(text)).toEqual([
      ['related-link', '(RELATED: Storm Cuts Power To Island Homes)'],
    ])
  })

  it.each([
    'Read the full report, the minister told reporters.',
    'Also, the council said it would review the rents.',
    'Related: the ferry operator said little.',
    'By Monday, the toll had risen to 12.',
    'By then it was too late, she said.',
    'By Monday, Ana Ruiz and Tom Vale had left the island.',
    'Ines Varga is a harbour pilot who has guided ferries into port for 20 years.',
    'Tom Vale, a former reporter, said the port had never flooded before.',
    'Tom Vale, a Harbour News reporter, said the port had never flooded before.',
    'Published figures show rents rose 4% in 2022.',
    'Updated forecasts show the storm turning north.',
    'The copyright case was heard on Monday.',
    'Source: the ferry operator said on Monday that fares would rise, citing fuel costs and staff.',
    'This story began in 2019, when the ferry first broke down.',
    'Most viewed clips were of the storm.',
    'She said she would read more on the ferry’s history (see also the earlier report).',
    'More information to follow the vote will be published by the council on Monday.',
    'More details to come out of the inquiry were leaked to the press, she said.',
    'The content warning, officials said, would be added to every video of the collapse.',
    'Trigger warnings were debated by the university senate on Tuesday.',
    'The paper changed its Editorial Guidelines in 2019.',
    'Editorial guidelines were changed, the editor said.',
    'Fares rose 4% | 5% in May, the operator said.',
  ])('leaves prose alone: “%s”', (text) => {
    expect(flaggedIn(text)).toEqual([])
  })
})

describe('scanBlock: agency credits', () => {
  it('flags a caption ending in a bracketed agency with its credit', () => {
    const text = 'Rescuers search the rubble in Harbourtown on May 2, 2022. (Reuters)'
    expect(flaggedIn(text)).toEqual([['photo-caption', text]])
    const via = 'The mayor arrives at the town hall. (Via Getty Images)'
    expect(flaggedIn(via)).toEqual([['photo-caption', via]])
    const names = 'Firefighters at the scene (Ann Pryce/AP/PA)'
    expect(flaggedIn(names)).toEqual([['photo-caption', names]])
  })

  it('flags an agency credit alone, and an editors’ signature with agencies', () => {
    expect(flaggedIn('(Reuters)')).toEqual([['photo-credit', '(Reuters)']])
    expect(flaggedIn('ab/cd (Reuters, AFP)')).toEqual([['photo-credit', 'ab/cd (Reuters, AFP)']])
    expect(flaggedIn('(News Desk/Agencies)')).toEqual([['photo-credit', '(News Desk/Agencies)']])
  })

  it('flags a credit set off by a bar, and a surname with a lowercase agency', () => {
    const bar = 'The chair speaks to the press on May 4. Tom Vale | Getty Images'
    expect(flaggedIn(bar)).toEqual([['photo-caption', bar]])
    expect(flaggedIn('Lena Ortiz/dpa')).toEqual([['photo-credit', 'Lena Ortiz/dpa']])
  })

  it('flags a caption whose credit follows a bar, with a licence', () => {
    const text =
      'The mayor and her deputy arrive at the town hall on Friday | Photo by Tom Vale/No 10 Example Street via Flickr CC BY-SA 2.0'
    expect(flaggedIn(text)).toEqual([['photo-caption', text]])
    expect(flaggedIn('The ferry docked at 10 | it was late')).toEqual([])
  })

  it('flags only the credit after a long paragraph', () => {
    const prose =
      'Rescuers searched the rubble through the night. They found two people alive. A third was taken to hospital. Officials said more crews would come. (Reuters)'
    expect(flaggedIn(prose)).toEqual([['photo-credit', '(Reuters)']])
  })

  it.each([
    'The agency said it had spoken to the minister (according to Reuters).',
    'WASHINGTON (AP) — The talks resumed on Tuesday.',
    'Figures were disputed (see the table below).',
  ])('leaves prose with agencies alone: “%s”', (text) => {
    expect(flaggedIn(text)).toEqual([])
  })
})

const seedsFolder = new URL('../../../seeds/', import.meta.url)
const seedNames = readdirSync(seedsFolder)
  .filter((name) => name.endsWith('.txt'))
  .sort()

function seedDoc(name: string): Node {
  const draft = parsePlainText(readFileSync(new URL(name, seedsFolder), 'utf8'))
  return Node.fromJSON(articleSchema, draft.body)
}

/** Every piece of debris in the seeds, found by reading them: kind and exact text. */
const SEED_DEBRIS: Record<string, [DebrisKind, string][]> = {
  '000_0e82be558b009ff9.txt': [
    [
      'photo-caption',
      'President Donald Trump was asked about striking Mexico during a FIFA World Cup taskforce event in the Oval Office on Monday. Win McNamee/Getty Images',
    ],
    [
      'embedded-post',
      'These vessels were known by our intelligence to be associated with illicit narcotics smuggling, were carrying narcotics, and… pic.twitter.com/ocUoGzwwDO — Secretary of War Pete Hegseth (@SecWar) November 10, 2025',
    ],
    [
      'photo-caption',
      'Mexican President Claudia Sheinbaum Carlos Santiago/Pixelnews/Future Publishing via Getty Images',
    ],
  ],
  '001_2aa391ba377daa9e.txt': [
    [
      'embedded-post',
      '.@POTUS: “We have lost hundreds of thousands of people a year… and much of it comes through Mexico. So, let me just put it this way — I am NOT happy with Mexico.” pic.twitter.com/MzvJreOuEM',
    ],
    ['embedded-post', '— Rapid Response 47 (@RapidResponse47) November 17, 2025'],
    ['image-residue', '.png)'],
    ['image-residue', '.png)'],
  ],
  '002_7d1b0c5a03a1ae6d.txt': [
    [
      'truncated',
      'Whether those remarks remain rhetorical, intended for a domestic audience that has grown accustomed to tough talk on cartels, or evolve into concrete plans for strikes on foreign so',
    ],
  ],
  '003_40a772719bc21af6.txt': [
    ['comment-form', 'Leave a Reply'],
    ['comment-form', 'Your email address will not be published. Required fields are marked *'],
  ],
  '004_62547c9f4c534b11.txt': [],
}

/**
 * Sentence units (as the app splits them) that hold debris in part. None now: an embedded post's
 * words are flagged with its link and signature. Every unit a finding touches must lie wholly
 * inside it.
 */
const PARTLY_DEBRIS: string[] = []

describe('findDebris on the seed articles', () => {
  it('knows the expected debris of every seed', () => {
    expect(Object.keys(SEED_DEBRIS).sort()).toEqual(seedNames)
  })

  for (const name of seedNames) {
    it(`finds exactly the debris of ${name}`, () => {
      const doc = seedDoc(name)
      const text = articleText(doc)
      const found = findDebris(doc).map((finding) => [
        finding.kind,
        text.slice(finding.from, finding.to),
      ])
      expect(found).toEqual(SEED_DEBRIS[name])
    })

    it(`flags no sentence of news in ${name}`, () => {
      const doc = seedDoc(name)
      const text = articleText(doc)
      const findings = findDebris(doc)
      const debris = (SEED_DEBRIS[name] ?? []).map(([, piece]) => piece)
      for (const block of textBlocks(doc)) {
        for (const span of splitSentences(block.text)) {
          const from = block.start + span.start
          const to = block.start + span.end
          const sentence = text.slice(from, to)
          const touched = findings.some((finding) => finding.from < to && finding.to > from)
          // Only a sentence that is debris (or holds some, see PARTLY_DEBRIS) may be touched.
          const isDebris = debris.some((piece) => piece.includes(sentence))
          if (touched && !isDebris) expect(PARTLY_DEBRIS, sentence).toContain(sentence)
        }
      }
    })
  }

  it('gives offsets into the plain text and the block each finding is in', () => {
    const doc = seedDoc('001_2aa391ba377daa9e.txt')
    const blocks = textBlocks(doc)
    for (const finding of findDebris(doc)) {
      const block = blocks[finding.blockIndex]
      expect(block).toBeDefined()
      expect(finding.from).toBeGreaterThanOrEqual(block?.start ?? Infinity)
      expect(finding.to).toBeLessThanOrEqual((block?.start ?? 0) + (block?.text.length ?? 0))
      expect(finding.reason.length).toBeGreaterThan(10)
    }
  })
})

describe('findDebrisInTexts: shape and cost', () => {
  it('returns sorted, non-overlapping findings inside their blocks, for any text', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        'Leave a Reply',
        '.png)',
        '](https://a.example/b.jpg)',
        'Win McNamee/Getty Images',
        'pic.twitter.com/abc',
        '— Jane (@jane) May 1, 2025',
        'Photo: Jane Doe/AP',
        ' ',
        '. ',
        'wee',
      ),
    )
    const block = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (texts) => {
        const blocks = blocksOf(texts)
        const findings = findDebrisInTexts(blocks)
        let previous = -1
        for (const finding of findings) {
          const owner = blocks[finding.blockIndex] as DebrisBlock
          expect(finding.from).toBeGreaterThanOrEqual(owner.start)
          expect(finding.to).toBeLessThanOrEqual(owner.start + owner.text.length)
          expect(finding.to).toBeGreaterThan(finding.from)
          expect(finding.from).toBeGreaterThanOrEqual(previous)
          previous = finding.to
        }
      }),
      { numRuns: 300 },
    )
  })

  it('reads hostile blocks in linear time (each finishes well inside the test timeout)', () => {
    const hostile = [
      `${'a'.repeat(200_000)}!`,
      `${'a '.repeat(100_000)}so`,
      ']('.repeat(100_000),
      `${'!['.repeat(50_000)}](x.png)`,
      `${'*'.repeat(100_000)}x`,
      `${')'.repeat(100_000)}.png`,
      `${'Share '.repeat(50_000)}`,
      `${'— '.repeat(50_000)}(@a) May 1, 2025`,
      `${'Photo: '.repeat(50_000)}Jane Doe/AP`,
      `${'(Read: A'.repeat(40_000)}`,
      `${'( '.repeat(100_000)}Related: X)`,
      `${'(Reuters '.repeat(30_000)}(Reuters)`,
      `${'x | '.repeat(50_000)}Getty Images`,
      `${'pic.twitter.com/a — '.repeat(20_000)}(@a`,
      `${'Stay tuned for updates. '.repeat(20_000)}`,
      `By ${'A '.repeat(100_000)}`,
    ]
    for (const text of hostile) {
      expect(() => findDebrisInTexts(blocksOf([text]))).not.toThrow()
    }
  })
})

describe('debrisKey', () => {
  it('is the same for the same kind and text, and differs otherwise', () => {
    expect(debrisKey('image-residue', '.png)')).toBe(debrisKey('image-residue', '.png)'))
    expect(debrisKey('image-residue', '.png)')).not.toBe(debrisKey('image-residue', '.jpg)'))
    expect(debrisKey('image-residue', '.png)')).not.toBe(debrisKey('photo-credit', '.png)'))
    expect(debrisKey('comment-form', 'Leave a Reply')).toMatch(/^[0-9a-f]{16}$/)
  })
})

describe('findDebrisInTexts: text printed twice', () => {
  it('flags the copies of a caption printed again, and only them', () => {
    const caption = 'Crews clear the ‘worst flood in memory’ from the harbour on Monday'
    const straight = "Crews clear the 'worst flood in memory' from the harbour on Monday"
    expect(flagged(['Storm hits coast', PROSE, caption, straight, caption, NEWS])).toEqual([
      ['repeated-text', straight],
      ['repeated-text', caption],
    ])
  })

  it('flags a page title holding the headline and the site’s name', () => {
    const headline = 'Ferry fares to rise again in May'
    expect(flagged([`${headline} – Harbour Daily`, headline, PROSE])).toEqual([
      ['repeated-text', `${headline} – Harbour Daily`],
    ])
  })

  it.each([
    [
      'the headline printed again',
      ['Ferry fares to rise again in May', 'Ferry fares to rise again in May', PROSE],
    ],
    [
      'a short line printed twice',
      [
        'Storm hits coast',
        PROSE,
        'Watch the video',
        NEWS,
        'Watch the video',
        'Crews worked all night.',
      ],
    ],
    ['a sentence repeated in a longer paragraph', ['Storm hits coast', NEWS, `${PROSE} ${NEWS}`]],
    [
      'a dash and a name in a sentence',
      ['Storm hits coast', 'Fares will rise in May – Ana Ruiz', PROSE],
    ],
  ])('leaves %s alone', (_what, texts) => {
    expect(flagged(texts)).toEqual([])
  })
})

describe('findDebrisInTexts: headlines in capitals between paragraphs', () => {
  const PROSE =
    'The council voted on Monday to raise bus fares by ten cents from the first of May, its clerk said.'
  const SIDEBAR = 'CITY WATER BILLS CLIMB FOR A THIRD STRAIGHT YEAR'

  it('flags a headline in capitals after a paragraph of prose as a link', () => {
    expect(flagged([PROSE, SIDEBAR, NEWS])).toEqual([['related-link', SIDEBAR]])
  })

  it('flags one with a colon, and not the prose around it', () => {
    const labelled = 'HOUSING WATCH: RENTS DIP AS NEW FLATS OPEN'
    expect(flagged([PROSE, labelled, PROSE])).toEqual([['related-link', labelled]])
  })

  it('leaves the article’s own headline in capitals alone before the prose begins', () => {
    const title = 'COUNCIL RAISES BUS FARES BY TEN CENTS'
    expect(
      flagged(['Metro Desk', title, 'Commuters at a stop / Photo by a reader', title, PROSE]),
    ).toEqual([])
  })

  it('leaves short capitals, sentences in capitals and mixed case alone', () => {
    expect(flagged([PROSE, 'BREAKING NEWS', NEWS])).toEqual([])
    expect(flagged([PROSE, 'THE MAYOR SAID NO TO THE PLAN.', NEWS])).toEqual([])
    expect(flagged([PROSE, 'City Water Bills Climb For A Third Straight Year', NEWS])).toEqual([])
  })
})

describe('findDebrisInTexts: cut-off ends no lowercase letter shows', () => {
  it('flags a paragraph stopped after a determiner and a number', () => {
    expect(flagged([NEWS, 'Tom Vale beat Ana Ruiz in straight sets in the 2021'])).toEqual([
      ['truncated', 'Tom Vale beat Ana Ruiz in straight sets in the 2021'],
    ])
  })

  it('flags one capital letter left after a finished sentence', () => {
    expect(flagged([NEWS, '“I feel like I have 20 titles. Y'])).toEqual([['truncated', 'Y']])
  })

  it('flags a long sentence after a finished one that stops on a number', () => {
    expect(
      flagged([
        NEWS,
        'The island was hit hard, officials said. The prefect said it was the worst storm to hit the island in 9',
      ]),
    ).toEqual([['truncated', 'The prefect said it was the worst storm to hit the island in 9']])
  })

  it.each([
    ['a year after a preposition', 'The bridge was last rebuilt in 2021'],
    ['a plan’s letter', 'The council chose Plan B'],
    ['the word “I”', 'The team said it was over. So am I'],
    ['a short sentence after a finished one', 'The vote passed. It ended 3-1'],
  ])('does not take an end on %s for a cut-off', (_what, last) => {
    expect(flagged([NEWS, last])).toEqual([])
  })
})

describe('scanBlock: syndicated wire copy', () => {
  it('flags an agency’s name alone as a source credit, not prose about it', () => {
    expect(flaggedIn('AFP')).toEqual([['source-credit', 'AFP']])
    expect(flaggedIn('Reuters/AP')).toEqual([['source-credit', 'Reuters/AP']])
    expect(flaggedIn('AFP said the ferry sank.')).toEqual([])
  })

  it('flags a syndication disclaimer as an editorial notice', () => {
    const text =
      'Disclaimer: This story has not been edited by the Example Post team and is auto-generated from syndicated feed.'
    expect(flaggedIn(text)).toEqual([['notice', text]])
    const headline =
      '(Except for the headline, this story has not been edited by Example staff and is published from a syndicated feed.)'
    expect(flaggedIn(headline)).toEqual([['notice', headline]])
  })

  it('flags a wire page’s time stamp', () => {
    expect(flaggedIn('11:14 UTC+8, 2023-09-11')).toEqual([['page-meta', '11:14 UTC+8, 2023-09-11']])
  })

  it('flags a link run into the paragraph it stands before, and nothing of the paragraph', () => {
    const text =
      'Also read: Ferry fares to rise again in May. WATCH With this, the port reopened on Monday.'
    expect(flaggedIn(text)).toEqual([
      ['related-link', 'Also read: Ferry fares to rise again in May. WATCH'],
    ])
    expect(flaggedIn('Also read: the minutes of the meeting, below.')).toEqual([])
  })

  it('flags template tags a page’s code left, a run of them as one piece', () => {
    expect(flaggedIn('The rally lasted a minute. {{^adFree}} {{/adFree}}')).toEqual([
      ['page-code', '{{^adFree}} {{/adFree}}'],
    ])
    expect(flaggedIn('The set {x, y} was small.')).toEqual([])
  })

  it('flags only the agency’s credit after a paragraph that reports speech', () => {
    const text = 'Ana Ruiz said she would appeal. She said voters “are outraged.” (AP)'
    expect(flaggedIn(text)).toEqual([['photo-credit', '(AP)']])
  })
})
