import type { Response } from 'express'

/** Thrown into a streamed answer's writer when the client went away: there is no one to write to any more. */
export class ClientGoneError extends Error {}

/**
 * A writer of a streamed answer's body, chunk by chunk, honouring backpressure: `start` sets the headers just before
 * the first chunk, so anything that fails before it still gets an ordinary JSON error.
 */
export function responseSink(res: Response, start: () => void): (chunk: Uint8Array) => Promise<void> {
  return (chunk) =>
    new Promise((resolve, reject) => {
      if (res.destroyed || res.writableEnded) return reject(new ClientGoneError('the client went away'))
      if (!res.headersSent) start()
      if (res.write(chunk)) return resolve()
      const onDrain = () => {
        res.off('close', onClose)
        resolve()
      }
      const onClose = () => {
        res.off('drain', onDrain)
        reject(new ClientGoneError('the client went away'))
      }
      res.once('drain', onDrain)
      res.once('close', onClose)
    })
}
