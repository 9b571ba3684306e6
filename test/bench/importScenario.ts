/**
 * The import scenario of `npm run bench`: generated Markdown posts of realistic length imported
 * into an empty SQLite database by the in-process importer (as the import tests run it), then
 * imported again, when every file is unchanged. Prints posts per second for both runs, then
 * exports the imported site and restores it into a fresh database (backup.ts), with both times.
 * BENCH_IMPORT_POSTS sets the number of posts (10,000 by default).
 */
import fs from 'node:fs'
import path from 'node:path'

import { runImport, type ImportOutcome } from '../../src/lib/import/run'
import { bootPayload } from '../helpers/payload'
import { benchBackup } from './backup'
import { makeTempDir } from '../helpers/tempDir'

const POSTS = Number(process.env.BENCH_IMPORT_POSTS ?? 10_000)

const AUTHORS = [
  'Douglas M Webb',
  'Judi Webb',
  'Ruth Ellery',
  'Miriam Osei',
  'Tomas Varga',
  'Ada Lindqvist',
]
const CATEGORIES = [
  'World Affairs',
  'Middle East',
  'Church History',
  'Faith and Culture',
  'Reader Questions',
  'Art',
  'Books',
  'Letters',
]
const TAGS = Array.from({ length: 40 }, (_, index) => `Topic ${index + 1}`)
const WORDS = (
  'the a of and to in that it is was for on with as his they at be this from have or by one had ' +
  'not but what all were when we there can an your which their said if do will each about how up ' +
  'out them then she many some so these would other into has more her two like him see time could ' +
  'no make than first been its who now people my made over did down only way find use may water ' +
  'long little very after words called just where most know ceasefire negotiation hostages prayer ' +
  'revival gold tempera icon village minister island reader question council resolution leverage ' +
  'pressure history awakening gallery panel pigment season winter harbour fishermen weavers church ' +
  'analysts diplomacy guarantee sequence withdrawal border election argument patience evidence'
).split(' ')

/** A small seeded generator, so every run writes the same files. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function writer(rand: () => number) {
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1))
  const pick = <T>(items: readonly T[]) => items[int(0, items.length - 1)]!
  const some = <T>(items: readonly T[], min: number, max: number) => [
    ...new Set(Array.from({ length: int(min, max) }, () => pick(items))),
  ]
  const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ')
  const sentence = () => {
    const text = words(int(8, 20))
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`
  }
  const paragraph = () => {
    const sentences = Array.from({ length: int(3, 6) }, sentence)
    // Now and then some emphasis or a link, as writers use them.
    if (rand() < 0.3) sentences[1] = `**${sentences[1]}**`
    if (rand() < 0.3) sentences[0] = `*${sentences[0]}*`
    if (rand() < 0.4)
      sentences.push(`See [${words(3)}](https://example.org/notes/${int(1, 9999)}).`)
    return sentences.join(' ')
  }
  return { int, pick, some, words, sentence, paragraph }
}

/** One post: front matter, then 800-1500 words in sections with lists, links and a quote. */
export function generatePost(index: number): string {
  const w = writer(random(index + 1))
  const target = w.int(800, 1500)
  const title = `Essay ${index + 1}: ${w.words(5)}`
  const published = w.int(0, 9) > 1
  const date = new Date(
    Date.UTC(2015, 0, 1) + w.int(0, 3650) * 86_400_000 + w.int(0, 86_399) * 1000,
  )
  const blocks: string[] = [w.paragraph(), w.paragraph()]
  const count = () => blocks.join(' ').split(/\s+/).length
  let section = 0
  while (count() < target) {
    section++
    blocks.push(`## ${w.words(w.int(3, 6))}`, w.paragraph())
    if (section === 1)
      blocks.push(Array.from({ length: w.int(3, 5) }, () => `- ${w.words(w.int(4, 9))}`).join('\n'))
    if (section === 2) blocks.push(`> ${w.sentence()} ${w.sentence()}`)
    if (section === 3)
      blocks.push(
        Array.from({ length: w.int(3, 5) }, (_, n) => `${n + 1}. ${w.words(w.int(4, 9))}`).join(
          '\n',
        ),
      )
    blocks.push(w.paragraph())
  }
  const front = [
    '---',
    `title: "${title}"`,
    `authors: [${w.some(AUTHORS, 1, 2).join(', ')}]`,
    `categories: [${w.some(CATEGORIES, 1, 2).join(', ')}]`,
    `tags: [${w.some(TAGS, 2, 4).join(', ')}]`,
    `publishedAt: ${date.toISOString()}`,
    `status: ${published ? 'published' : 'draft'}`,
    `excerpt: "${w.sentence()}"`,
    '---',
  ]
  return `${front.join('\n')}\n\n${blocks.join('\n\n')}\n`
}

/** Writes `count` posts into `dir` (in sub-folders of 1,000, as an archive by year would be). */
export function generatePosts(dir: string, count: number): string[] {
  const files: string[] = []
  for (let index = 0; index < count; index++) {
    const folder = path.join(dir, String(Math.floor(index / 1000)).padStart(2, '0'))
    if (index % 1000 === 0) fs.mkdirSync(folder, { recursive: true })
    const file = path.join(folder, `essay-${String(index + 1).padStart(5, '0')}.md`)
    fs.writeFileSync(file, generatePost(index))
    files.push(file)
  }
  return files
}

const tally = (outcomes: ImportOutcome[]) =>
  Object.entries(
    outcomes.reduce<Record<string, number>>(
      (all, outcome) => ({ ...all, [outcome.status]: (all[outcome.status] ?? 0) + 1 }),
      {},
    ),
  )
    .map(([status, n]) => `${n} ${status}`)
    .join(', ')

export async function runImportScenario(): Promise<void> {
  const temp = makeTempDir('bench-import')
  const ctx = await bootPayload('bench-import')
  try {
    const files = generatePosts(temp.dir, POSTS)
    const words =
      files
        .slice(0, 100)
        .reduce((sum, file) => sum + fs.readFileSync(file, 'utf8').split(/\s+/).length, 0) /
      Math.min(100, files.length)
    console.log(
      `import: generated ${files.length} Markdown posts (about ${words.toFixed(0)} words each)`,
    )
    await ctx.payload.create({
      collection: 'users',
      data: {
        email: 'importer@example.com',
        password: 'bench-password-123',
        roles: ['editor'],
        name: 'Importer',
      },
    })
    // A line every 1,000 files, so a long run shows it is alive.
    const onProgress = (done: number, total: number) => {
      if (done % 1000 === 0 || done === total) process.stdout.write(`  ${done}/${total}\n`)
    }
    for (const run of ['first run (empty database)', 'second run (all unchanged)']) {
      const started = performance.now()
      const cpu = process.cpuUsage()
      const outcomes = await runImport(ctx.payload, {
        files,
        as: 'importer@example.com',
        createMissing: true,
        onProgress,
      })
      const seconds = (performance.now() - started) / 1000
      // CPU time as well: on a shared machine the wall clock also measures the neighbours.
      const used = process.cpuUsage(cpu)
      const cpuSeconds = (used.user + used.system) / 1e6
      const failed = outcomes.find((outcome) => outcome.status === 'failed')
      if (failed) throw new Error(`import failed for ${failed.file}: ${failed.reason}`)
      console.log(
        `import ${run}: ${(files.length / seconds).toFixed(1)} posts/s ` +
          `(${seconds.toFixed(1)} s, ${cpuSeconds.toFixed(1)} s CPU; ${tally(outcomes)})`,
      )
    }
    // The imported site is also the export/restore scenario's data.
    await benchBackup(ctx.payload, (line) => console.log(line))
  } finally {
    await ctx.teardown()
    temp.remove()
  }
}
