import type { RequestHandler } from 'express'

/**
 * Refuses an upload whose declared size is over the limit before a byte of it is read, with the
 * same 400 shape Payload uses for a field error. (Payload's own parser, the backstop for bodies
 * of undeclared length, answers a bare 413.)
 */
export function uploadLimit(maxFileBytes: number, message: string): RequestHandler {
  // Multipart framing and the other form fields add a little to the file itself.
  const maxBodyBytes = maxFileBytes + 1024 * 1024
  return (req, res, next) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    const isUpload = (req.headers['content-type'] ?? '').startsWith('multipart/form-data')
    if (!isUpload || !(declared > maxBodyBytes)) return next()
    // Discard what the client is still sending, so it finishes its request and reads the answer
    // (closing mid-upload makes clients report a broken pipe instead of our message). A body far
    // past its declared size is cut off.
    let discarded = 0
    req.on('data', (chunk: Buffer) => {
      discarded += chunk.length
      if (discarded > declared + 1024) req.destroy()
    })
    req.resume()
    res.status(400).json({
      errors: [
        {
          name: 'ValidationError',
          message: 'The following field is invalid: file',
          data: { errors: [{ path: 'file', message }] },
        },
      ],
    })
  }
}
