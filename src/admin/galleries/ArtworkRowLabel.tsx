'use client'
/**
 * A gallery row reads as the artwork it holds: its thumbnail and title ("Saint Nicholas"), not
 * "Artwork 03", so the artist can reorder the wall by what is on it. The form holds only the
 * artwork's ID; its card (title and image) is read once per artwork over REST, as the signed-in
 * person, drafts included.
 */
import { useConfig, useRowLabel } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

type Card = { title?: string; thumbnail?: string }
type Row = { artwork?: string | { id?: string } | null; caption?: string | null }
type Image = { url?: string | null; sizes?: { thumbnail?: { url?: string | null } } } | null

const cards = new Map<string, Promise<Card>>()

function cardOf(api: string, id: string): Promise<Card> {
  let card = cards.get(id)
  if (!card) {
    const query = 'depth=1&draft=true&select[title]=true&select[image]=true'
    card = fetch(`${api}/artworks/${encodeURIComponent(id)}?${query}`, { credentials: 'include' })
      .then(async (response) => {
        if (!response.ok) return {}
        const artwork = (await response.json()) as { title?: string; image?: Image | string }
        const image = typeof artwork.image === 'object' ? artwork.image : null
        return {
          title: artwork.title,
          thumbnail: image?.sizes?.thumbnail?.url ?? image?.url ?? undefined,
        }
      })
      .catch(() => ({}))
    cards.set(id, card)
  }
  return card
}

const idOf = (value: Row['artwork']) =>
  typeof value === 'string' ? value : (value?.id ?? undefined)

export function ArtworkRowLabel() {
  const { data, rowNumber } = useRowLabel<Row>()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const id = idOf(data?.artwork)
  const [card, setCard] = useState<Card>({})

  useEffect(() => {
    let current = true
    if (!id) {
      setCard({})
      return
    }
    void cardOf(`${serverURL ?? ''}${api}`, id).then((found) => {
      if (current) setCard(found)
    })
    return () => {
      current = false
    }
  }, [api, id, serverURL])

  const number = String((rowNumber ?? 0) + 1).padStart(2, '0')
  const title = id ? (card.title ?? '…') : 'No artwork chosen yet'
  return (
    <span
      data-gallery-row-label
      style={{ display: 'inline-flex', alignItems: 'center', gap: '0.625rem' }}
    >
      {card.thumbnail ? (
        <img
          alt=""
          src={card.thumbnail}
          width={40}
          height={40}
          style={{ objectFit: 'cover', borderRadius: 'var(--style-radius-s)' }}
        />
      ) : null}
      <span>
        {number}. <span data-gallery-row-title>{title}</span>
        {data?.caption ? ` — “${data.caption}”` : ''}
      </span>
    </span>
  )
}
