/**
 * English words that decide ambiguous boundaries in news copy. All lists hold the capitalised
 * spelling a word has at the start of a sentence, or the lowercase spelling of a verb.
 */

/**
 * Words that typically open a sentence and rarely continue a name after an abbreviation, so that
 * "in the U.S. The next day" splits while "the U.S. Government" and "U.S. President" do not.
 */
const sentenceOpeners = new Set([
  'A',
  'About',
  'According',
  'After',
  'Also',
  'Although',
  'An',
  'And',
  'Another',
  'Any',
  'Are',
  'As',
  'Asked',
  'At',
  'Because',
  'Before',
  'Both',
  'But',
  'By',
  'Can',
  'Could',
  'Despite',
  'Did',
  'Do',
  'Does',
  'During',
  'Each',
  'Earlier',
  'Every',
  'Few',
  'For',
  'From',
  'Had',
  'Has',
  'Have',
  'He',
  'Her',
  'Here',
  'His',
  'How',
  'However',
  'I',
  'If',
  'In',
  'Indeed',
  'Instead',
  'Is',
  'It',
  'Its',
  'Last',
  'Later',
  'Let',
  'Many',
  'May',
  'Meanwhile',
  'Might',
  'More',
  'Moreover',
  'Most',
  'Much',
  'Must',
  'My',
  'Nevertheless',
  'Next',
  'No',
  'None',
  'Nonetheless',
  'Nor',
  'Not',
  'Now',
  'On',
  'Once',
  'One',
  'Only',
  'Or',
  'Other',
  'Our',
  'Please',
  'Several',
  'She',
  'Should',
  'Since',
  'So',
  'Some',
  'Still',
  'Such',
  'That',
  'The',
  'Their',
  'Then',
  'There',
  'These',
  'They',
  'This',
  'Those',
  'Though',
  'Thus',
  'To',
  'Under',
  'Until',
  'Was',
  'We',
  'Were',
  'What',
  'When',
  'Where',
  'Whether',
  'Which',
  'While',
  'Who',
  'Why',
  'Will',
  'With',
  'Without',
  'Would',
  'Yes',
  'Yet',
  'You',
  'Your',
])

/** Whether `word` typically opens a sentence (see `sentenceOpeners`). */
export function isSentenceOpener(word: string): boolean {
  return sentenceOpeners.has(word)
}

/**
 * The surest openers: articles, pronouns, demonstratives and conjunctions, which a name hardly ever
 * starts with, so that "on X. He posts daily" splits while "Michael J. Fox" does not.
 */
const surestSentenceOpeners = new Set([
  'A',
  'After',
  'An',
  'And',
  'As',
  'At',
  'Before',
  'But',
  'He',
  'Her',
  'Here',
  'His',
  'How',
  'However',
  'I',
  'If',
  'In',
  'It',
  'Its',
  'My',
  'On',
  'Our',
  'She',
  'So',
  'That',
  'The',
  'Their',
  'There',
  'These',
  'They',
  'This',
  'Those',
  'We',
  'What',
  'When',
  'Where',
  'While',
  'Who',
  'Why',
  'You',
  'Your',
])

/** Whether `word` opens a sentence so surely that even an initial before it ends one. */
export function isSurestSentenceOpener(word: string): boolean {
  return surestSentenceOpeners.has(word)
}

/** Verbs of an attribution: `"Would I?" Trump asked.` */
const speechVerbs = new Set([
  'acknowledged',
  'added',
  'adds',
  'admitted',
  'announced',
  'argued',
  'asked',
  'asks',
  'cautioned',
  'claimed',
  'concluded',
  'continued',
  'countered',
  'declared',
  'demanded',
  'emphasised',
  'emphasized',
  'exclaimed',
  'explained',
  'insisted',
  'joked',
  'noted',
  'posted',
  'quipped',
  'recalled',
  'remarked',
  'replied',
  'replies',
  'responded',
  'said',
  'says',
  'shouted',
  'stated',
  'stressed',
  'suggested',
  'tells',
  'testified',
  'told',
  'tweeted',
  'warned',
  'wondered',
  'wrote',
  'writes',
])

/** Whether `word` (lowercase) is a verb that introduces or follows a quotation. */
export function isSpeechVerb(word: string): boolean {
  return speechVerbs.has(word)
}

/** Capitalised words that continue a time ("at 9 a.m. Tuesday", "at 5 p.m. ET"). */
const timeContinuations = new Set([
  'Central',
  'CET',
  'CT',
  'EDT',
  'EST',
  'ET',
  'Eastern',
  'Friday',
  'GMT',
  'Local',
  'MT',
  'Monday',
  'Mountain',
  'PDT',
  'PST',
  'PT',
  'Pacific',
  'Saturday',
  'Sunday',
  'Thursday',
  'Tuesday',
  'UTC',
  'Wednesday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
])

/** Whether `word` continues a time of day rather than starting a new sentence. */
export function isTimeContinuation(word: string): boolean {
  return timeContinuations.has(word)
}

/**
 * Lowercased words that open a short time phrase ahead of the subject: "At 5 a.m. Mr. Smith left."
 */
const timePhraseOpeners = new Set([
  'after',
  'around',
  'at',
  'before',
  'beginning',
  'by',
  'from',
  'just',
  'shortly',
  'since',
  'starting',
  'till',
  'until',
])

/** Whether `word` (any case) can open a time phrase that precedes the subject. */
export function isTimePhraseOpener(word: string): boolean {
  return timePhraseOpeners.has(word.toLowerCase())
}

/** Last words of a photo credit ("Win McNamee/Getty Images", "Jane Doe/AP"). */
const creditEndings = new Set([
  'AFP',
  'AP',
  'Alamy',
  'Bloomberg',
  'Contributor',
  'EPA',
  'Handout',
  'Images',
  'Photo',
  'Photos',
  'Pool',
  'Reuters',
  'Shutterstock',
  'Stringer',
  'Wire',
  'Xinhua',
  'ZUMA',
])

/** Whether `word` can end a photo credit. */
export function isCreditEnding(word: string): boolean {
  return creditEndings.has(word)
}
