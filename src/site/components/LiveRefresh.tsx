'use client'
/**
 * Live Preview for the server-rendered preview page: tells the admin the page is ready and
 * re-renders it (router.refresh) each time the editor saves or autosaves. Only the preview route
 * uses it; the admin runs on the same origin as the site unless FRONTEND_URL says otherwise.
 */
import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

export function LiveRefresh() {
  const router = useRouter()
  const [origin, setOrigin] = useState<string | null>(null)
  useEffect(() => setOrigin(window.location.origin), [])
  if (!origin) return null
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={origin} />
}
