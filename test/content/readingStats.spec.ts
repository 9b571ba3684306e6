import { document, block, heading, paragraph } from '../../src/seed/lexical'
import { countWords, readingStats, WORDS_PER_MINUTE } from '../../src/lib/readingStats'

describe('readingStats', () => {
  it('should count words the way a reader would', () => {
    expect(countWords("Judi's icons aren't mass-produced — each takes weeks.")).toBe(7)
    expect(countWords('  ')).toBe(0)
  })

  it('should count headings, paragraphs and the text inside custom blocks', () => {
    const doc = document(
      heading('h2', 'Three parties'),
      paragraph('one two three four'),
      block('pullQuote', {
        quote: 'five six seven',
        speaker: 'Eight Nine',
        blockType: 'pullQuote',
      }),
    )
    expect(readingStats(doc)).toEqual({ wordCount: 11, readingTime: 1 })
  })

  it('should round reading time to whole minutes, and report 0 for an empty post', () => {
    const words = Array.from({ length: WORDS_PER_MINUTE * 5 + 10 }, () => 'word').join(' ')
    expect(readingStats(document(paragraph(words)))).toEqual({
      wordCount: WORDS_PER_MINUTE * 5 + 10,
      readingTime: 5,
    })
    expect(readingStats(null)).toEqual({ wordCount: 0, readingTime: 0 })
    expect(readingStats(document())).toEqual({ wordCount: 0, readingTime: 0 })
  })
})
