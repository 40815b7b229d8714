import { describe, expect, it } from 'vitest'
import { findQuotations } from '../../../shared/story/quotations'
import { storyArticleFromText } from '../../../shared/story/story-article'

function quotes(text: string) {
  const article = storyArticleFromText({ id: 'a' }, text)
  return findQuotations(article.text, article.sentences).map(({ text, speaker, attribution }) => ({
    text,
    speaker,
    attribution,
  }))
}

function speakers(text: string) {
  const article = storyArticleFromText({ id: 'a' }, text)
  return findQuotations(article.text, article.sentences).map(({ speaker, confidence }) => [
    speaker,
    confidence,
  ])
}

describe('findQuotations', () => {
  it('finds curly and straight quotes with the speaker named after them', () => {
    expect(quotes('“We will win,” the mayor said. "It is done," said Ana Ruiz.')).toEqual([
      { text: 'We will win,', speaker: 'the mayor', attribution: 'described' },
      { text: 'It is done,', speaker: 'Ana Ruiz', attribution: 'named' },
    ])
  })

  it('reads the speaker before the quote, drops titles, and handles "according to"', () => {
    expect(quotes('Prime Minister Jane Doe replied: “No comment.”')[0]?.speaker).toBe('Jane Doe')
    expect(quotes('The plan is “dead on arrival,” according to Senator Bob Hale.')[0]).toEqual({
      text: 'dead on arrival,',
      speaker: 'Bob Hale',
      attribution: 'named',
    })
    expect(
      quotes('Secretary of State Marco Rubio said the US is “not considering it”.')[0]?.speaker,
    ).toBe('Marco Rubio')
  })

  it('keeps a quotation that spans sentences whole, with nested quotes inside', () => {
    const [quote] = quotes('“Would I? It’s fine. They call it ‘a war’,” Lee told reporters.')
    expect(quote).toEqual({
      text: 'Would I? It’s fine. They call it ‘a war’,',
      speaker: 'Lee',
      attribution: 'named',
    })
  })

  it('does not take apostrophes for quotes, but finds single-quoted headlines', () => {
    expect(quotes('It’s the dogs’ day, isn’t it.')).toEqual([])
    expect(quotes('‘Would I Launch Strikes? It’s OK With Me’')[0]?.text).toBe(
      'Would I Launch Strikes? It’s OK With Me',
    )
  })

  it('resolves pronouns to the speaker mentioned last, and continues a speaker in its paragraph', () => {
    const found = quotes(
      'Kim Lee spoke first. “One,” Lee said. Then Omar Diaz arrived.\n\n“Two,” Diaz said. “Three.”\n\n“Four,” he added.\n\n“Five.”',
    )
    expect(found.map((quote) => [quote.text, quote.speaker, quote.attribution])).toEqual([
      ['One,', 'Kim Lee', 'named'],
      ['Two,', 'Omar Diaz', 'named'],
      ['Three.', 'Omar Diaz', 'continued'],
      ['Four,', 'Omar Diaz', 'pronoun'],
      // A paragraph that is only a quotation goes on with the speaker of the one before.
      ['Five.', 'Omar Diaz', 'continued'],
    ])
  })

  it('takes a participle’s speaker from the verb before it or the sentence’s subject', () => {
    expect(quotes('Trump said, adding “we know every route.”')[0]?.speaker).toBe('Trump')
    expect(
      quotes('Beyond Spain, Maria Lopez has signaled support, saying “it is fine.”')[0]?.speaker,
    ).toBe('Maria Lopez')
  })

  it('reads a handle before a colon and leaves unattributed quotes without a speaker', () => {
    expect(quotes('.@POTUS: “We are not happy.”')[0]?.speaker).toBe('POTUS')
    expect(quotes('Critics call it a “war on drugs.”')[0]).toMatchObject({
      speaker: null,
      attribution: 'none',
    })
  })

  it('runs an unclosed quote to the end of its paragraph', () => {
    expect(quotes('“We stay here and we fight')[0]?.text).toBe('We stay here and we fight')
  })

  it('credits the person who told an outlet, never the outlet', () => {
    expect(
      speakers('Nadia Okafor told the Associated Press that “the roof gave way at once.”'),
    ).toEqual([['Nadia Okafor', 'high']])
    expect(speakers('“The roof gave way at once,” Okafor, 52, told The Associated Press.')).toEqual(
      [['Okafor', 'high']],
    )
    expect(speakers('“The roof gave way,” told Reuters a witness.')[0]?.[1]).toBe('low')
  })

  it('reads long titles before or after the name, and titles after the verb', () => {
    expect(
      speakers(
        '“We are moving every family tonight,” the agency’s officer-in-charge, Assistant Secretary Pia R. Munoz IV, said.',
      ),
    ).toEqual([['Pia R. Munoz IV', 'high']])
    expect(speakers('“Nobody was hurt,” explained spokesperson Tom Vale.')).toEqual([
      ['Tom Vale', 'high'],
    ])
    expect(speakers('“It held,” said Dr. Lena Fox of Springfield.')).toEqual([['Lena Fox', 'high']])
    expect(speakers('“It held,” Ana Ruiz, the mayor of Springfield, said.')).toEqual([
      ['Ana Ruiz', 'high'],
    ])
  })

  it('reads introductions with a colon, and a headline’s speaker after its quote', () => {
    expect(speakers('Mara Quint pointed at him and snapped: “Sit down now.”')).toEqual([
      ['Mara Quint', 'high'],
    ])
    expect(speakers('Mara Quint turned to the crowd: “Go home.”')).toEqual([['Mara Quint', 'high']])
    expect(speakers('‘Total Loss’: Bridge Found in Pieces, Crew Declared Safe')).toEqual([
      [null, 'low'],
    ])
    expect(speakers('‘We will rebuild it all’: Mara Quint after the vote')).toEqual([
      ['Mara Quint', 'high'],
    ])
  })

  it('takes organisations and descriptions as low-confidence speakers', () => {
    expect(quotes('“Service resumes Monday,” the company’s statement said.')[0]).toEqual({
      text: 'Service resumes Monday,',
      speaker: 'the company',
      attribution: 'described',
    })
    expect(speakers('“All roads are open,” the ministry said in a statement.')).toEqual([
      ['the ministry', 'low'],
    ])
    expect(speakers('“It is stable,” a nurse at the clinic said.')).toEqual([
      ['a nurse at the clinic', 'low'],
    ])
    expect(speakers('Officials insisted “the trains run again.”')).toEqual([['officials', 'low']])
    expect(speakers('“Trains run again,” Metro Rail said in a statement.')).toEqual([
      ['Metro Rail', 'high'],
    ])
  })

  it('names an organisation described in lowercase when its words tell which one', () => {
    expect(
      quotes(
        'Asked about the toll, the Danish foreign ministry said “no figure can be given yet.”',
      ),
    ).toEqual([
      {
        text: 'no figure can be given yet.',
        speaker: 'Danish foreign ministry',
        attribution: 'named',
      },
    ])
    expect(speakers('“No figure can be given yet,” the ministry said.')).toEqual([
      ['the ministry', 'low'],
    ])
  })

  it('resolves “the president” to the one president the article names', () => {
    const found = speakers(
      'President Lina Moss spoke on Friday.\n\n“We stand together,” the president said.',
    )
    expect(found).toEqual([['Lina Moss', 'low']])
    expect(
      speakers(
        'President Lina Moss met President Ivo Tan.\n\n“We stand together,” the president said.',
      ),
    ).toEqual([['the president', 'low']])
    // A headline in title case runs its verb into the name: still one president.
    expect(
      speakers(
        'President Lina Moss Announces 40 Rescued\n\nPresident Lina Moss spoke on Friday.\n\nThe president predicted the count will “rise in the coming days.”',
      ).at(-1),
    ).toEqual(['Lina Moss', 'low'])
  })

  it('continues a remark left open at the end of a paragraph, and reads a statement', () => {
    expect(
      speakers('“It is over,” said the mayor, Ana Ruiz. “We go home.\n“We rebuild tomorrow.”'),
    ).toEqual([
      ['Ana Ruiz', 'high'],
      ['Ana Ruiz', 'high'],
      ['Ana Ruiz', 'high'],
    ])
    // After a closed quotation, a paragraph of quotation alone goes on with its speaker, as a
    // guess (low confidence).
    expect(speakers('“It is over,” Ana Ruiz said.\n“We rebuild tomorrow.”')[1]).toEqual([
      'Ana Ruiz',
      'low',
    ])
    expect(speakers('“No one was hurt,” Ruiz’s statement read.')).toEqual([['Ruiz', 'high']])
  })

  it('skips a day before the verb, and never takes the reported clause’s subject', () => {
    expect(
      speakers('The Port Authority on Friday said that Ana Ruiz was “safe and well.”'),
    ).toEqual([['Port Authority', 'high']])
    expect(speakers('It was said that Ana Ruiz was “safe and well.”')).toEqual([[null, 'low']])
  })

  it('reads a name after a title that ends the sentence', () => {
    const article = storyArticleFromText(
      { id: 'a' },
      '“It is over,” Rear Adm. Lena Fox, the commander, said.',
    )
    // A splitter that ends the sentence at "Adm.", as one may.
    const cut = article.text.indexOf('Adm.') + 'Adm.'.length
    const sentences = [
      { start: 0, end: cut },
      { start: cut, end: article.text.length },
    ]
    expect(findQuotations(article.text, sentences)[0]?.speaker).toBe('Lena Fox')
  })

  it('never carries a speaker onto a new person’s quotation', () => {
    const found = quotes(
      '“One,” Ana Ruiz said. Then Omar Diaz took the microphone. “Two.” Critics recalled Tom Vale’s “three” remark.',
    )
    expect(found.map((quote) => [quote.text, quote.speaker, quote.attribution])).toEqual([
      ['One,', 'Ana Ruiz', 'named'],
      ['Two.', null, 'none'],
      ['three', 'Tom Vale', 'named'],
    ])
    // An attribution whose speaker cannot be read blocks the carry-over too.
    const unread = quotes('“One,” Ana Ruiz said. “Two,” a man in the crowd shouted.')
    expect(unread[1]).toMatchObject({ speaker: 'a man in the crowd', attribution: 'described' })
  })

  it('gives a remark’s owner, not the sentence’s subject, and a relative clause’s person', () => {
    expect(
      speakers('Ana Ruiz compared it with Tom Vale’s 2019 comment describing them as “lost.”'),
    ).toEqual([['Tom Vale', 'high']])
    expect(speakers('Ana Ruiz answered a heckler who called her “a fraud.”')).toEqual([
      ['a heckler', 'low'],
    ])
    expect(
      speakers('Ana Ruiz’s deputy, Tom Vale, also criticized the plan, calling it “reckless.”'),
    ).toEqual([['Tom Vale', 'high']])
  })

  it('completes a surname from the article’s full name, and rates pronouns by distance', () => {
    const found = speakers(
      'Senator Ada Quist arrived late.\n\n“No,” Quist said.\n\nThe vote passed.\n\n“Yes,” she said.',
    )
    expect(found).toEqual([
      ['Ada Quist', 'high'],
      ['Ada Quist', 'low'],
    ])
    expect(speakers('Ada Quist spoke. “No,” she said.')).toEqual([['Ada Quist', 'high']])
  })

  it('takes the subject of a verb of characterisation as the speaker', () => {
    expect(
      speakers(
        'Mayor Tom Reyes described the flood as “worse than any storm,” pointing to the pier.',
      ),
    ).toEqual([['Tom Reyes', 'high']])
    expect(speakers('Ana Ruiz labelled the audit “a whitewash.”')).toEqual([['Ana Ruiz', 'high']])
    expect(quotes('The board termed the offer “final.”')[0]).toMatchObject({
      speaker: 'the board',
      attribution: 'described',
    })
    expect(speakers('The storm was described as “the worst in decades.”')[0]?.[0]).toBeNull()
  })

  it('reads the speaker before a quotation followed by a second verb of the same subject', () => {
    expect(
      speakers(
        'Asked about the pier, Reyes said he “would not comment on that” and added that talks go on.',
      ),
    ).toEqual([['Reyes', 'high']])
    expect(
      speakers('Ruiz said the vote was “a mistake” but conceded that the plan had support.'),
    ).toEqual([['Ruiz', 'high']])
    expect(speakers('“We will appeal,” Ana Ruiz said and added nothing.')).toEqual([
      ['Ana Ruiz', 'high'],
    ])
  })

  it('finds a pronoun’s person only where the name is written with its capital', () => {
    // "the young" is not a mention of Tom Young: she is Ruiz, the subject named last.
    expect(
      speakers('Tom Young arrived. Ana Ruiz followed. Ruiz spoke to the young. “One,” she said.'),
    ).toEqual([['Ana Ruiz', 'high']])
  })

  it('reads the name opening a clause before a long appositive with commas of its own', () => {
    expect(
      speakers(
        'Ana Ruiz, a 36-year-old and the club’s oldest champion, born in 1988, said “I never imagined this.”',
      ),
    ).toEqual([['Ana Ruiz', 'high']])
  })

  it('takes the subject of a participle of speech such as murmuring or quipping', () => {
    expect(speakers('Ana Ruiz left the court, murmuring “incredible” as she went.')).toEqual([
      ['Ana Ruiz', 'high'],
    ])
    expect(speakers('Tom Vale shook hands, quipping “see you next year.”')).toEqual([
      ['Tom Vale', 'high'],
    ])
  })

  it('drops a prefect’s title and the place before it', () => {
    expect(speakers('“Hundreds are dead,” said Mayotte Prefect Ana Ruiz.')).toEqual([
      ['Ana Ruiz', 'high'],
    ])
  })

  it('carries a speaker onto a paragraph of quotation alone only when nobody else comes between', () => {
    // Wire copy: the remark's next sentences in paragraphs of their own, the last one closed.
    expect(
      speakers(
        '“I don’t know where to start,” said Ana Ruiz, wearing the medal.\n\n“It is hard to describe.\n\n“I never imagined this.”',
      ),
    ).toEqual([
      ['Ana Ruiz', 'high'],
      ['Ana Ruiz', 'low'],
      ['Ana Ruiz', 'low'],
    ])
    // An owner named in the attribution is no new speaker.
    expect(
      speakers('“He is a genius,” said Ruiz’s coach, Tom Vale.\n\n“One of a kind.”')[1],
    ).toEqual(['Tom Vale', 'low'])
    // Another person named after the quotation, a paragraph with words of its own, a quoted
    // crosshead and a paragraph with no quotation before it carry nobody over.
    expect(
      speakers('“It is over,” Ana Ruiz said, as Tom Vale looked on.\n\n“We rebuild.”')[1],
    ).toEqual([null, 'low'])
    expect(speakers('“It is over,” Ana Ruiz said.\n\n“We rebuild,” a man shouted.')[1]).toEqual([
      'a man',
      'low',
    ])
    expect(speakers('“It is over,” Ana Ruiz said.\n\n‘It haunts me every day’')[1]).toEqual([
      null,
      'low',
    ])
    expect(speakers('Ana Ruiz spoke.\n\n“We rebuild.”')).toEqual([[null, 'low']])
  })

  it('gives quotations of one sentence the attribution after the last of them', () => {
    expect(
      speakers(
        'Judge Ana Ruiz ruled on Friday.\n\n“His record is in tatters,” but he is “tireless” and “a gifted salesman,” said the judge while explaining the sentence.',
      ),
    ).toEqual([
      ['Ana Ruiz', 'low'],
      ['Ana Ruiz', 'low'],
      ['Ana Ruiz', 'low'],
    ])
    // Words that may open a clause of their own between them, or a description naming nobody,
    // keep them apart.
    expect(
      speakers('“It is a sham,” critics claim, but “it works,” said Tom Vale.').map(([s]) => s),
    ).toEqual([null, 'Tom Vale'])
    expect(
      speakers('Ana Ruiz called it “a sham” but “it works,” said Tom Vale.').map(([s]) => s),
    ).toEqual(['Ana Ruiz', 'Tom Vale'])
    expect(
      speakers('The toll will be “several hundred” and “maybe more,” a local official said.'),
    ).toEqual([
      [null, 'low'],
      ['a local official', 'low'],
    ])
  })

  it('carries the speaker of a paragraph of reported speech onto a paragraph of quotation alone', () => {
    expect(
      speakers(
        'Harbour master Ana Ruiz told reporters that divers had found the hull.\n\n“The hull is split in two.”',
      ),
    ).toEqual([['Ana Ruiz', 'low']])
    expect(
      speakers('The port will reopen, said his deputy, Tom Vale.\n\n“We start on Monday.”'),
    ).toEqual([['Tom Vale', 'low']])
    // Words of its own in the paragraph, or a speaker named, keep it from carrying.
    expect(
      speakers(
        'Ana Ruiz told reporters that divers had found the hull.\n\nA diver added: “It is split in two.”',
      ),
    ).toEqual([['a diver', 'low']])
  })

  it('never takes a place the article writes after “in” for “he” or “she”', () => {
    expect(
      speakers(
        'The storm hit hard in Mayotte. Prefect Ana Ruiz spoke on Sunday. Mayotte was cut off. She said it was “extremely difficult.”',
      ),
    ).toEqual([['Ana Ruiz', 'high']])
  })

  it('runs a paragraph opened by a curly single quote that never closes to its end', () => {
    expect(
      quotes('‘I don’t know when you plan to stop. Well done to your team.').map((q) => q.text),
    ).toEqual(['I don’t know when you plan to stop. Well done to your team.'])
    // A straight one before a capital, as some sites set it.
    expect(quotes("'The hull is split in two. We told the families.").map((q) => q.text)).toEqual([
      'The hull is split in two. We told the families.',
    ])
    // Inside a paragraph, or before a digit, it is an apostrophe or a clipped word.
    expect(quotes('He said ‘twas late and we left.')).toEqual([])
    expect(quotes('‘90s music was loud.')).toEqual([])
  })
})
