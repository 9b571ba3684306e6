/** Demo categories (one nested) and tags. */
export const CATEGORIES = [
  {
    title: 'Reader Questions',
    slug: 'reader-questions',
    description: 'Answers to questions readers sent in.',
  },
  {
    title: 'World Affairs',
    slug: 'world-affairs',
    description: 'Events abroad and what they ask of us.',
  },
  {
    title: 'Middle East',
    slug: 'middle-east',
    description: 'The region’s wars, talks and people.',
    parent: 'world-affairs',
  },
  {
    title: 'Church History',
    slug: 'church-history',
    description: 'Awakenings, saints and movements.',
  },
  {
    title: 'Faith and Culture',
    slug: 'faith-and-culture',
    description: 'Where belief meets the news.',
  },
] as const

export const TAGS = [
  { title: 'Ceasefire', slug: 'ceasefire' },
  { title: 'Hostages', slug: 'hostages' },
  { title: 'Diplomacy', slug: 'diplomacy' },
  { title: 'Revival', slug: 'revival' },
  { title: 'Prayer', slug: 'prayer' },
] as const
