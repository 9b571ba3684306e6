/**
 * Demo posts, written for this project. The analysis paraphrases, briefly and in our own words,
 * the published views of the analysts it credits. These two hold what Markdown cannot say (the
 * reader-question and pull-quote blocks, links to other posts by ID), so they are built here; the
 * rest are Markdown files in posts/, imported like any writer's archive.
 */
import { block, bulletList, document, heading, link, paragraph, postLink, upload } from '../lexical'

export type PostRefs = { revivalId: string; questionId?: string; iconMediaId: string }

/** Imported from posts/the-revival-in-the-hebrides.md (../importPosts.ts); the others link to it. */
export const REVIVAL_SLUG = 'the-revival-in-the-hebrides'

export const READER_QUESTION = {
  title: 'Why might a ceasefire resolution have cut short the hostage talks?',
  slug: 'why-a-ceasefire-resolution-may-have-cut-short-the-hostage-talks',
  excerpt:
    'A reader asks how a UN vote meant to stop the fighting could have made a hostage deal less ' +
    'likely. Here is my attempt at an answer, with the caveat that I am no diplomat.',
  categories: ['reader-questions', 'middle-east'],
  tags: ['ceasefire', 'hostages', 'diplomacy'],
  publishedAt: '2024-03-28T14:00:00.000Z',
  content: (refs: PostRefs) =>
    document(
      block('readerQuestion', {
        question:
          'When the Security Council passed a ceasefire resolution and the US let it through, Hamas ' +
          'walked away from the hostage negotiations almost at once. Why would a vote for peace make ' +
          'a deal harder, and why did nobody in Washington seem to see that coming?',
        askedBy: 'Margaret',
        location: 'Oklahoma',
      }),
      paragraph(
        'Thank you for this question. I want to answer it carefully, because it is the kind of thing ' +
          'where good people disagree, and I am a student of these matters, not an expert.',
      ),
      heading('h2', 'Leverage changes the arithmetic'),
      paragraph(
        'A negotiation is an exchange: each side gives something to get something. If one side comes ' +
          'to believe it can get what it wants without paying for it, it has little reason to keep ' +
          'talking. A resolution that demands an end to the fighting, without tying it to the release ' +
          'of hostages, may have looked to Hamas like a concession received for free.',
      ),
      heading('h2', 'Pressure from outside'),
      paragraph(
        'There is also the question of world opinion. The longer the war goes on and the more ' +
          'civilians suffer, the more pressure grows on Israel. A party that expects that pressure to ' +
          'do its work may decide that waiting is cheaper than compromising. I suspect that calculation ' +
          'played a part here, though I hold that view loosely.',
      ),
      heading('h2', 'What Washington may have been weighing'),
      paragraph(
        'To be fair to the administration, it was balancing several things at once: an ally, a ' +
          'humanitarian crisis, relations with Arab partners, and an election at home. Abstaining was ' +
          'a signal to Israel as much as anything. Whether the signal was worth its cost is exactly the ' +
          'kind of thing I hope readers will argue about, calmly, in the comments.',
      ),
      upload(refs.iconMediaId),
      paragraph(
        'For something older and quieter than geopolitics, you might read ',
        postLink('The Revival in the Hebrides', refs.revivalId),
        '.',
      ),
    ),
}

export const ANALYSIS = {
  title: 'Why the ceasefire talks keep failing',
  slug: 'why-the-ceasefire-talks-keep-failing',
  excerpt:
    'A year of proposals, votes and shuttle diplomacy has produced one short pause in the fighting. ' +
    'Analysts point to incompatible aims, domestic politics and outside backers.',
  categories: ['world-affairs', 'middle-east'],
  tags: ['ceasefire', 'diplomacy'],
  publishedAt: '2024-10-24T13:00:00.000Z',
  content: (refs: PostRefs) =>
    document(
      paragraph(
        'Since the attacks of October 2023 there has been exactly one real break in the fighting: a ' +
          'week in November when captives and prisoners were exchanged. Every proposal since has stalled, ' +
          'whether it came from Washington, Paris, Cairo, Doha or the United Nations.',
      ),
      heading('h2', 'Three parties, three different wars'),
      paragraph(
        'The simplest explanation is that Israel, Hamas and Hezbollah are not fighting over the same ' +
          'thing, so there is no single bargain that satisfies them all. Each says the others are ' +
          'unwilling or unable to deliver what a deal would require.',
      ),
      block('pullQuote', {
        quote:
          'It is easier to say what the Israeli government will not accept than to say what it would ' +
          'accept.',
        speaker: 'Jon B. Alterman',
        role: 'Director of the Middle East Program',
        organisation: 'Center for Strategic and International Studies',
      }),
      heading('h3', 'Israel’s aims'),
      paragraph(
        'Israel’s stated goal, removing Hamas as a military and governing force, is hard to measure. ' +
          'Its later demands, such as keeping troops along Gaza’s border with Egypt, went well beyond ' +
          'the early focus on bringing hostages home.',
      ),
      heading('h3', 'Hamas’s aims'),
      block('pullQuote', {
        quote:
          'Hamas wants a full Israeli withdrawal, a permanent end to the war, displaced people allowed ' +
          'home and prisoners released; Israel wants Hamas destroyed. Those positions do not meet.',
        speaker: 'Tahani Mustafa',
        role: 'Palestine analyst',
        organisation: 'International Crisis Group',
      }),
      heading('h2', 'The wider axis'),
      paragraph(
        'Iran and its allies have their own reasons to keep the pressure on. A visible success for ' +
          'Hamas or Hezbollah would be a propaganda win in Tehran, and that win might not include a ' +
          'ceasefire at all.',
      ),
      block('pullQuote', {
        quote:
          'Since October 7 the groups aligned with Iran have wanted to prove that fighting on several ' +
          'fronts at once actually works.',
        speaker: 'Sanam Vakil',
        role: 'Director of the Middle East and North Africa Programme',
        organisation: 'Chatham House',
      }),
      heading('h2', 'Outside pressure and its limits'),
      paragraph(
        'Many governments, the International Court of Justice and the UN General Assembly have called ' +
          'for a ceasefire. But the United States holds a veto on the Security Council, and its goals ' +
          'have not always matched those of the institutions pressing for peace.',
      ),
      block('pullQuote', {
        quote:
          'Washington could do more to push for an end to the fighting than it has chosen to, and that ' +
          'choice shapes what the other parties think they can get away with.',
        speaker: 'Annelle Sheline',
        role: 'Research fellow, Middle East Program',
        organisation: 'Quincy Institute for Responsible Statecraft',
      }),
      heading('h2', 'What would have to change'),
      bulletList(
        ['A sequence both sides trust: hostages, pauses and withdrawals in verifiable steps.'],
        ['Guarantors with leverage over each party, not only over one.'],
        ['A credible answer to who governs Gaza the day after.'],
      ),
      paragraph(
        'None of that is close. For an earlier, narrower question about the talks, see ',
        postLink(
          'why a ceasefire resolution may have cut short the hostage talks',
          refs.questionId ?? '',
        ),
        '. For the analysts’ own words, start with ',
        link(
          'the Crisis Group’s regional coverage',
          'https://www.crisisgroup.org/middle-east-north-africa',
        ),
        '.',
      ),
    ),
}
