/** A tag's archive (?page=2 for older posts). */
import { taxonomyArchive } from '../../../../site/components/TaxonomyArchive'
import { tagPage } from '../../../../site/data'
import { paths } from '../../../../site/links'

export const dynamic = 'force-dynamic'

const archive = taxonomyArchive('Tag', tagPage, paths.tag)
export const generateMetadata = archive.generateMetadata
export default archive.Archive
