/** Link-heavy comments are usually spam: hold them once they carry more links than allowed. */
import { wholeNumberFrom } from '../checks'
import { messages } from '../messages'
import { type TooManyLinksSettings } from '../types'
import { type RuleDefinition } from './definition'

export const DEFAULT_TOO_MANY_LINKS_SETTINGS: Readonly<TooManyLinksSettings> = { maxLinks: 2 }

// Top-level domains counted without a path. Two-letter ones that are also English words (in, it,
// me, no, us, at, be, is, so, to) are left out: "the end.It was" is a typo, not a link.
const COMMON_TLDS = (
  'com org net edu gov mil int info biz io co ai app dev xyz site online shop store blog news ' +
  'top club live link click ly tv gg uk ca au nz ie de fr nl eu es ch se dk fi pl cz ru ua cn ' +
  'jp kr br mx za'
).split(' ')

const LABEL = String.raw`[\p{L}\p{N}][\p{L}\p{N}-]*`
const REST = String.raw`[^\s<>"']*`
const ALTERNATIVES = [
  String.raw`https?:\/\/[^\s<>"']+`,
  String.raw`www\.${LABEL}${REST}`,
  String.raw`${LABEL}(?:\.${LABEL})*\.(?:(?:${COMMON_TLDS.join('|')})(?![\p{L}\p{N}-])|\p{L}{2,}(?=\/))${REST}`,
]

/**
 * Links as a reader would see them: http(s) URLs, `www.` hosts, and bare domains such as
 * `example.com` or `bit.ly/x` (any letters-only top-level domain followed by a path). The
 * top-level domain must be two or more letters, so "e.g.", "i.e." and "3.14" are not links; an
 * email address is not one either.
 *
 * A link never starts inside a word: without that lookbehind, a long run of letters is rescanned
 * from every position (quadratic). The lookahead before it lets the scan skip non-letters cheaply.
 */
const LINK = new RegExp(
  String.raw`(?=[\p{L}\p{N}])(?<![\p{L}\p{N}@./:-])(?:${ALTERNATIVES.join('|')})`,
  'giu',
)

/** How many links `text` holds; a URL is counted once, not again for the domain inside it. */
export function countLinks(text: string): number {
  return text.match(LINK)?.length ?? 0
}

export const tooManyLinks: RuleDefinition<'tooManyLinks'> = {
  kind: 'tooManyLinks',
  defaultAction: 'hold',
  defaults: DEFAULT_TOO_MANY_LINKS_SETTINGS,
  // Zero is a fair limit: some blogs take no links at all.
  fields: { maxLinks: wholeNumberFrom(0) },
  compile({ maxLinks }) {
    return ({ text }) => {
      const links = countLinks(text)
      return links > maxLinks ? { detail: messages.detail.links(links, maxLinks) } : null
    }
  },
}
