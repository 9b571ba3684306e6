/** Judi's icons: three works and the gallery that shows them, in this order. */
import { document, paragraph } from '../lexical'
import { christPantocrator, madonnaAndChild, saintNicholas, type IconImage } from '../iconImages'

export type ArtworkSeed = {
  title: string
  slug: string
  image: () => IconImage
  alt: string
  subject: string
  tradition: string
  medium: string
  dimensions: { width: number; height: number; depth: number; unit: 'cm' | 'in' }
  year: number
  description: string
  prints: 'unavailable' | 'on_request' | 'available'
}

const TEMPERA = 'Egg tempera and 23-carat gold leaf on a gessoed linden panel'

export const ARTWORKS: ArtworkSeed[] = [
  {
    title: 'Madonna and Child',
    slug: 'madonna-and-child',
    image: madonnaAndChild,
    alt: 'An icon of the Virgin Mary in a deep red mantle holding the Christ child, both haloed, on a gold ground.',
    subject: 'Madonna and Child',
    tradition: 'Byzantine icon (Hodegetria type)',
    medium: TEMPERA,
    dimensions: { width: 30, height: 40, depth: 2, unit: 'cm' },
    year: 2019,
    description:
      'The Mother of God points to her Son, the gesture that gives the Hodegetria, “she who shows the way”, its name.',
    prints: 'on_request',
  },
  {
    title: 'Christ Pantocrator',
    slug: 'christ-pantocrator',
    image: christPantocrator,
    alt: 'An icon of Christ holding a book, with a cross inscribed in his halo, on a gold ground.',
    subject: 'Christ Pantocrator',
    tradition: 'Byzantine icon',
    medium: TEMPERA,
    dimensions: { width: 30, height: 40, depth: 2, unit: 'cm' },
    year: 2021,
    description:
      'Christ as ruler of all, blessing with one hand and holding the Gospels in the other.',
    prints: 'available',
  },
  {
    title: 'Saint Nicholas',
    slug: 'saint-nicholas',
    image: saintNicholas,
    alt: 'An icon of Saint Nicholas in a red phelonion and a white omophorion marked with crosses.',
    subject: 'Saint Nicholas of Myra',
    tradition: 'Russian icon',
    medium: TEMPERA,
    dimensions: { width: 22, height: 28, depth: 2, unit: 'cm' },
    year: 2022,
    description:
      'The bishop of Myra, patron of children and sailors, painted as a gift for a new grandson.',
    prints: 'unavailable',
  },
]

export const GALLERY = {
  title: 'Judi’s Icons',
  slug: 'judis-icons',
  description: document(
    paragraph(
      'Icons painted by Judi Webb over the last several years. Each one is written, as iconographers ' +
        'say, slowly and prayerfully, following patterns centuries old.',
    ),
  ),
  items: [
    { slug: 'madonna-and-child', caption: 'Madonna and Child, her first icon for the blog' },
    { slug: 'christ-pantocrator' },
    { slug: 'saint-nicholas' },
  ],
}

export const SITE = {
  siteTitle: 'Notes from the Narrow Road',
  tagline: 'Current events, old faith, and readers’ questions',
  featuredArtworkLabel: 'From Judi’s icons: Madonna and Child',
}

export const descriptionDocument = (text: string) => document(paragraph(text))
