import { countCharacters, foldText, toPlainText } from '../../src/lib/commentPolicy'

describe('toPlainText', () => {
  it('should strip tags and drop script and style contents', () => {
    expect(
      toPlainText('<p>Hello <b>there</b>,<script>alert("x")</script> <em>friend</em></p>'),
    ).toBe('Hello there, friend')
    expect(toPlainText('<style>p { color: red }</style>Plain words')).toBe('Plain words')
    expect(toPlainText('Before<script>never closed, all of this is hidden')).toBe('Before')
    expect(toPlainText('a<!-- a note for editors -->b')).toBe('ab')
  })

  it('should keep a ">" inside a quoted attribute from ending the tag early', () => {
    expect(toPlainText('<a title="a > b" href="https://example.org">the link</a>')).toBe('the link')
  })

  it('should decode the common entities once, and leave text that only looks like markup', () => {
    expect(toPlainText('Tom &amp; Jerry &lt;3 &quot;quoted&quot; it&#39;s &#x263A; &#8364;')).toBe(
      'Tom & Jerry <3 "quoted" it\'s ☺ €',
    )
    // Decoded once: a literal "&lt;" typed by the commenter survives as text.
    expect(toPlainText('&amp;lt;b&amp;gt;')).toBe('&lt;b&gt;')
    // Decoded markup is text, not a tag to strip.
    expect(toPlainText('&lt;script&gt;')).toBe('<script>')
    expect(toPlainText('if a < b and c > d, AT&T wins <3')).toBe('if a < b and c > d, AT&T wins <3')
    expect(toPlainText('&#0; &#xD800; &unknown;')).toBe('&#0; &#xD800; &unknown;')
  })

  it('should collapse spaces but keep line breaks and paragraphs, trimmed', () => {
    expect(toPlainText('  first   line \r\n second\tline\n\n\n\n  next   paragraph  \n ')).toBe(
      'first line\nsecond line\n\nnext paragraph',
    )
    expect(toPlainText('<p>One</p><p>Two<br/>lines</p>')).toBe('One\n\nTwo\nlines')
    expect(toPlainText(' \n\t ')).toBe('')
  })
})

describe('foldText and countCharacters', () => {
  it('should drop accents and straighten apostrophes, keeping case', () => {
    expect(foldText('Élection Çà naïve’s ﬁne')).toBe("Election Ca naive's fine")
  })

  it('should count an emoji as one character', () => {
    expect(countCharacters('ok 👍')).toBe(4)
  })
})
