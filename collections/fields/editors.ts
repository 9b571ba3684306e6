import {
  BlocksFeature,
  HeadingFeature,
  LinkFeature,
  UploadFeature,
  lexicalEditor,
  type FeatureProviderServer,
} from '@payloadcms/richtext-lexical'

import { PullQuote } from '../Posts/blocks/PullQuote'
import { ReaderQuestion } from '../Posts/blocks/ReaderQuestion'

// Features we configure ourselves, or leave out: an essay has no checklists, and cross-references
// to other documents are links to posts.
const REPLACED = new Set(['heading', 'link', 'upload', 'relationship', 'checklist'])

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- feature providers differ in their props types
type AnyFeature = FeatureProviderServer<any, any, any>

const proseFeatures = (defaultFeatures: AnyFeature[]): AnyFeature[] => [
  ...defaultFeatures.filter((feature) => !REPLACED.has(feature.key)),
  // h1 is the post title, rendered by the frontend.
  HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
  LinkFeature({ enabledCollections: ['posts'] }),
  UploadFeature({ enabledCollections: ['media'] }),
]

/** The default editor: headings h2-h4, lists, quotes, links (external and to posts), images. */
export const proseEditor = lexicalEditor({
  features: ({ defaultFeatures }) => proseFeatures(defaultFeatures),
})

/** The post editor: prose plus the pull-quote and reader-question blocks. */
export const postEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...proseFeatures(defaultFeatures),
    BlocksFeature({ blocks: [PullQuote, ReaderQuestion] }),
  ],
})
