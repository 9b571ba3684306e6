/** Uploads a file over REST the way the admin and frontends do: multipart with `_payload`. */
export async function uploadFile(
  baseUrl: string,
  token: string | undefined,
  file: { name: string; type: string; data: Buffer },
  data: Record<string, unknown>,
): Promise<{ status: number; body: any }> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(data))
  const response = await fetch(`${baseUrl}/api/media`, {
    method: 'POST',
    headers: token ? { authorization: `JWT ${token}` } : {},
    body: form,
  })
  const text = await response.text()
  try {
    return { status: response.status, body: JSON.parse(text) }
  } catch {
    return { status: response.status, body: text }
  }
}
