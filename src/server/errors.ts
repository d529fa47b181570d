import type { ErrorRequestHandler, RequestHandler, Response } from 'express'

/** The fixed set of error codes of Flywheel's own routes (Payload's routes keep Payload's shape). */
export type ErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'payload_too_large'
  | 'unprocessable'
  | 'rate_limited'
  | 'not_ready'
  | 'unavailable'
  | 'internal'

/** One envelope everywhere: `{ error: { code, message } }`. */
export const sendError = (res: Response, status: number, code: ErrorCode, message: string, extra?: object) =>
  res.status(status).json({ error: { code, message, ...extra } })

export const notFound: RequestHandler = (req, res) => {
  sendError(res, 404, 'not_found', `No route for ${req.method} ${req.path}`)
}

export const errorHandler: ErrorRequestHandler = (err, _req, res, _next) => {
  const status = Number(err?.status || err?.statusCode) || 500
  if (res.headersSent) {
    res.destroy(err)
    return
  }
  if (status === 413) return void sendError(res, 413, 'payload_too_large', err.message || 'Request body too large')
  if (status >= 400 && status < 500) return void sendError(res, status, 'bad_request', err.message || 'Bad request')
  console.error('[flywheel] unhandled error:', err)
  sendError(res, 500, 'internal', 'Internal server error')
}
