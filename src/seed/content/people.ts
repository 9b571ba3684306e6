/** Demo profiles, written for this project (modelled on a personal faith-and-culture blog). */
import { document, paragraph } from '../lexical'

export const DOUGLAS = {
  name: 'Douglas M Webb',
  slug: 'douglas-m-webb',
  kind: 'writer' as const,
  shortBio:
    'Doug spent four decades in the energy business before turning to theology in 2003. He writes ' +
    'about the places where the week’s news meets the life of faith, and answers readers’ questions.',
  bio: document(
    paragraph(
      'Doug worked in oil and gas for forty years, most of them far from any pulpit. He became a ' +
        'follower of Christ in 2003 and went back to school in his fifties, completing a master’s ' +
        'degree in theology and two further years of seminary study.',
    ),
    paragraph(
      'This blog is where he thinks out loud about current events and what they ask of ordinary ' +
        'believers. He would rather be corrected than be comfortable, so readers who spot a mistake ' +
        'are warmly invited to say so.',
    ),
    paragraph(
      'Doug and his wife Judi have been married for more than thirty years. Between them they have six ' +
        'children and a growing crowd of grandchildren and great-grandchildren.',
    ),
  ),
  website: 'https://example.org/about-doug',
}

export const JUDI = {
  name: 'Judi Webb',
  slug: 'judi-webb',
  kind: 'artist' as const,
  shortBio:
    'Judi paints icons in the Byzantine tradition, in egg tempera and gold leaf on gessoed panels. ' +
    'Her work hangs in homes and small chapels.',
  bio: document(
    paragraph(
      'Judi learned iconography in workshops over many years and paints slowly, layer upon layer, the ' +
        'way the old masters did: a gessoed wooden board, gold leaf laid by hand, pigments ground into ' +
        'egg yolk.',
    ),
    paragraph('She thinks of each icon as a prayer that takes a season to finish.'),
  ),
}

export const RUTH = {
  name: 'Ruth Ellery',
  slug: 'ruth-ellery',
  kind: 'guest' as const,
  shortBio: 'Ruth is a retired schoolteacher and an occasional guest writer on church history.',
}
