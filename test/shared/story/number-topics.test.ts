import { describe, expect, it } from 'vitest'
import { compareTexts, conflictingTopics } from './made-up-articles'

const compare = compareTexts
const conflicts = conflictingTopics

describe('compareFigures: only the same quantity in the same scope conflicts', () => {
  it('finds a real conflict of counts, magnitudes, depths and distances', () => {
    expect(
      conflicts(
        'Rebels have carried out at least 30 raids. The 6.1-magnitude quake struck at a depth of 8 km, 50 km east of Dunmore.',
        'Rebels have carried out 12 raids. The magnitude 6.6 quake struck at a depth of 15 kilometers, 52 km west of Dunmore.',
      ).sort(),
    ).toEqual(['depth', 'distance of the epicentre from Dunmore', 'magnitude', 'raids'].sort())
  })

  it('never sets a depth against a distance or an area, whatever their unit', () => {
    expect(
      conflicts(
        'The quake struck at a depth of 8 km.',
        'The quake was centred 37 km from Dunmore and shook 2,310 square kilometres.',
      ),
    ).toEqual([])
  })

  it('keeps another event’s figures and headline sidebars apart (class 3)', () => {
    const topics = compare(
      'The quake killed 310 people on Sunday. It was the deadliest since a quake in 1994 that killed 5,000 people.\n4 dead after bus crash on ring road',
      'The quake killed 290 people on Sunday.',
    )
    const background = topics.find((topic) => topic.about.includes('1994'))
    expect(background?.conflict).toBe(false)
    const headline = topics.find((topic) => topic.about.includes('headline'))
    expect(headline?.conflict).toBe(false)
    // The two Sunday tolls of this quake do conflict.
    expect(topics.find((topic) => topic.about === 'people killed')?.conflict).toBe(true)
  })

  it('treats a later, higher toll as an update unless both give the same day', () => {
    expect(conflicts('The flood has killed 40 people.', 'The death toll has risen to 85.')).toEqual(
      [],
    )
    expect(
      conflicts('The flood killed 40 people by Tuesday.', 'The death toll rose to 85 on Thursday.'),
    ).toEqual([])
  })

  it('does not count damaged homes as people, nor compare a toll with a population', () => {
    expect(
      conflicts(
        'The storm killed 21 people on Friday and left 14,000 more damaged.',
        'The storm killed 21 people on Friday in a county of 14,500 residents.',
      ),
    ).toEqual([])
  })

  it('does not compare a town’s toll with the region’s, or one raid’s toll with the total', () => {
    expect(
      conflicts(
        'On Monday, 900 deaths were recorded in Talvo province alone.',
        'On Monday, the death toll stood at 2,400.',
      ),
    ).toEqual([])
    expect(
      conflicts(
        'The campaign has killed at least 70 people. The first raid killed 8 people.',
        'The campaign has killed more than 70 people.',
      ),
    ).toEqual([])
  })

  it('never disputes vague words, or the same amount in two currencies', () => {
    expect(
      conflicts('The quake toppled thousands of homes.', 'The quake toppled 14,500 homes.'),
    ).toEqual([])
    expect(
      conflicts(
        'The club paid a €90 million fee for the striker.',
        'The club paid a $98 million fee for the striker.',
      ),
    ).toEqual([])
  })

  it('keeps forecasts, earlier values and one day’s count apart from the outcome', () => {
    expect(
      conflicts(
        'Economists expected 150,000 jobs. Yesterday, two drones were downed.',
        'The economy added 210,000 jobs. Forces have downed 40 drones.',
      ),
    ).toEqual([])
  })

  it('does not set two different sorts of a noun against each other', () => {
    expect(
      conflicts(
        'Eight road workers were on the span.',
        'Six construction workers were on the span.',
      ),
    ).toEqual([])
    expect(conflicts('Troops seized 30 rifles.', 'Troops seized 12 rifles.')).toEqual(['rifles'])
  })

  it('compares the event’s distance from a place in any unit, not a village’s', () => {
    expect(
      conflicts(
        'The derailment happened about 380 miles north of Kelmar.',
        'The derailment happened some 235 miles north of Kelmar.',
      ),
    ).toEqual(['distance of the event from Kelmar'])
    expect(
      conflicts(
        'The derailment happened near Oska, 235 miles north of Kelmar.',
        'The derailment happened about 380 miles north of Kelmar.',
      ),
    ).toEqual(['distance of the event from Kelmar'])
    expect(
      conflicts(
        'The village of Oska, 60 km from Kelmar, was razed.',
        'The quake’s epicentre was 72 km from Kelmar.',
      ),
    ).toEqual([])
  })

  it('compares crowd sizes only when both name the same counter', () => {
    expect(
      conflicts(
        'Some 400,000 marchers took part, according to the interior ministry.',
        'More than 1.5 million marchers took part, according to the unions.',
      ),
    ).toEqual([])
    expect(
      conflicts('About 90,000 protesters rallied.', 'About 300,000 protesters rallied.'),
    ).toEqual([])
    expect(
      conflicts(
        'Police said 90,000 protesters rallied.',
        'Police said 300,000 protesters rallied.',
      ),
    ).toEqual(['protesters (by police)'])
  })

  it('compares seats and votes per party, never one party’s against another’s', () => {
    expect(
      conflicts(
        'On Friday the Greens won 41 seats. Labour won 300 seats on Friday.',
        'Labour won 288 seats on Friday.',
      ),
    ).toEqual(['seats (labour)'])
    expect(
      conflicts('The Greens won 41 seats on Friday.', 'Labour won 288 seats on Friday.'),
    ).toEqual([])
    // Without a day, seats won are a count still going on: an update, not a conflict.
    expect(conflicts('Labour won 300 seats.', 'Labour won 288 seats.')).toEqual([])
  })

  it('keeps an aftershock’s or a second quake’s magnitude apart from the main quake’s', () => {
    expect(
      conflicts(
        'A 6.9-magnitude quake hit the coast.',
        'Hours later a 6.2-magnitude aftershock hit. A second 5.9 magnitude quake followed.',
      ),
    ).toEqual([])
  })

  it('does not set figures that different named sources give against each other', () => {
    expect(
      conflicts(
        'The Geodesy Institute said the quake measured 7.7 on the Richter scale.',
        'The 7.9-magnitude quake was the strongest in decades, Quakewatch said.',
      ),
    ).toEqual([])
    expect(
      conflicts(
        'The Geodesy Institute said the quake measured 7.7 on the Richter scale.',
        'The 7.9-magnitude quake was the strongest in decades.',
      ),
    ).toEqual(['magnitude'])
  })

  it('keeps one country’s toll apart from the whole event’s', () => {
    expect(
      conflicts(
        'On Tuesday, the quake killed 4,100 in Velmar.',
        'On Tuesday, the quake killed 5,600 people.',
      ),
    ).toEqual([])
  })

  it('sets nothing against an article that counts several things under one name', () => {
    expect(
      conflicts(
        'Retail added 20,000 jobs and hospitals added 9,000 jobs.',
        'The economy added 200,000 jobs.',
      ),
    ).toEqual([])
  })
})

describe('compareFigures: a conflict is disputed only on positive evidence', () => {
  const compareOf = compareTexts

  it('shows two same-day tolls of unnamed or different counters, but disputes neither', () => {
    const [toll] = compareOf(
      'On Monday, the death toll stood at 4,000.',
      'On Monday, the death toll stood at 9,000.',
    )
    expect(toll?.conflict).toBe(true)
    expect(toll?.values.map((value) => value.disputedBy)).toEqual([[], []])
  })

  it('disputes two same-day tolls given by the same counter', () => {
    const [toll] = compareOf(
      'On Monday, the death toll stood at 4,000, police said.',
      'On Monday, police said the toll stood at 9,000.',
    )
    expect(toll?.values.map((value) => value.disputedBy)).toEqual([['b'], ['a']])
  })

  it('disputes a fixed quantity without any counter named', () => {
    const [magnitude] = compareOf(
      'The 6.1-magnitude quake struck.',
      'The 6.6-magnitude quake struck.',
    )
    expect(magnitude?.values.map((value) => value.disputedBy)).toEqual([['b'], ['a']])
  })
})

describe('compareFigures: a day carried from elsewhere in the article', () => {
  it('shows the conflict of two counts of the missing, but disputes neither', () => {
    const [missing] = compareTexts(
      'Police said on Monday that 1,000 people remain missing.',
      'Police spoke on Monday. Police said around 1,300 still remain unaccounted for.',
    )
    expect(missing?.about).toBe('people missing')
    expect(missing?.conflict).toBe(true)
    expect(missing?.values.map((value) => value.disputedBy)).toEqual([[], []])
  })
})

describe('compareFigures: each value carries its passage', () => {
  it('gives the sentence of each article’s figure, for showing side by side', () => {
    const [raids] = compareTexts(
      'Storms hit the coast. Rebels have carried out 30 raids since May.',
      'Rebels have carried out 12 raids, officials said.',
    )
    expect(raids?.values.map((value) => value.passage)).toEqual([
      'Rebels have carried out 30 raids since May.',
      'Rebels have carried out 12 raids, officials said.',
    ])
  })
})

describe('compareFigures: one number under two currency signs', () => {
  it('shows "$40,000" against "€40,000" as values that differ, but disputes neither', () => {
    const [fine] = compareTexts('The mayor was fined $40,000.', 'The mayor was also fined €40,000.')
    expect(fine?.conflict).toBe(true)
    expect(fine?.values.map((value) => value.conflictsWith)).toEqual([['b'], ['a']])
    expect(fine?.values.map((value) => value.disputedBy)).toEqual([[], []])
  })

  it('never sets a converted amount, or two amounts in one currency, against each other', () => {
    expect(
      conflicts('The mayor was fined €40,000 ($43,000).', 'The mayor was fined $43,000.'),
    ).toEqual([])
    expect(conflicts('The mayor was fined €40,000.', 'The mayor was fined €45,000.')).toEqual([])
  })
})

describe('compareFigures: how far a search has got', () => {
  it('sets an undated share searched against a dated one, shown as differing, never disputed', () => {
    const topics = compare(
      'Teams have searched roughly 5 percent of the flood zone.',
      'By Wednesday, teams had searched 40% of the flood zone, officials said.',
    )
    const searched = topics.find((topic) => topic.about === 'share of the area searched')
    expect(searched?.conflict).toBe(true)
    expect(searched?.values.every((value) => value.disputedBy.length === 0)).toBe(true)
  })

  it('never compares the shares of two different days: the search went on', () => {
    expect(
      conflicts(
        'On Monday, teams had searched 5 percent of the flood zone.',
        'On Wednesday, teams had searched 40% of the flood zone.',
      ),
    ).toEqual([])
  })

  it('does not set a share searched against a share contained or a plan', () => {
    expect(
      conflicts(
        'Teams have searched 5 percent of the flood zone.',
        'The fire is 40 percent contained. Officials hope to search 90% of the zone by Friday.',
      ),
    ).toEqual([])
  })
})

describe('compareFigures: people counted by a role noun', () => {
  it('never sets a count of people sent against a count of the hurt', () => {
    expect(
      conflicts(
        'More than 600 paramedics were deployed to the stadium.',
        'Nearly 200 fans, including 9 paramedics, were hurt in the crush.',
      ),
    ).toEqual([])
  })

  it('disputes two counts of the same role with the same fate', () => {
    const [medics] = compareTexts(
      'Some 200 fans, including 9 paramedics, were hurt.',
      'Some 200 fans, including 14 paramedics, were hurt.',
    )
    expect(medics?.about).toBe('paramedics injured')
    expect(medics?.values.map((value) => value.disputedBy)).toEqual([['b'], ['a']])
  })

  it('shows two counts of a role whose fate neither names as differing, but disputes neither', () => {
    const [medics] = compareTexts(
      'It took 600 paramedics two days to clear the stadium.',
      'It took 350 paramedics two days to clear the stadium.',
    )
    expect(medics?.conflict).toBe(true)
    expect(medics?.values.map((value) => value.disputedBy)).toEqual([[], []])
  })
})
