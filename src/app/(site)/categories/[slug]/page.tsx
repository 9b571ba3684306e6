/** A category's archive (?page=2 for older posts). */
import { taxonomyArchive } from '../../../../site/components/TaxonomyArchive'
import { categoryPage } from '../../../../site/data'
import { paths } from '../../../../site/links'

export const dynamic = 'force-dynamic'

const archive = taxonomyArchive('Category', categoryPage, paths.category)
export const generateMetadata = archive.generateMetadata
export default archive.Archive
