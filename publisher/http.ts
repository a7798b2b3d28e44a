import type {IncomingMessage} from 'node:http'
import type {Socket} from 'node:net'

/**
 * What the publisher and the intake service share: an error that carries its HTTP status, and a
 * request body read up to a limit (413 beyond it, answered before the connection closes; a client
 * that leaves half-way is ClientGone, not an error of the service's).
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/** The client closed the connection before its request was whole: nobody is left to answer. */
export class ClientGone extends Error {
  override name = 'ClientGone'
}

/**
 * A request's body, read up to `limit` bytes. Beyond it, declared or as it comes (chunked), a 413
 * HttpError, and the rest of the body is read and dropped, not buffered, so that the client can
 * read the answer instead of meeting a reset connection. A client that leaves half-way: ClientGone.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new HttpError(413, `body larger than ${limit} bytes`)
    if (Number(request.headers['content-length']) > limit) {
      request.resume()
      return reject(tooLarge())
    }
    const chunks: Buffer[] = []
    let size = 0
    const collect = (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) return void chunks.push(chunk)
      request.off('data', collect)
      chunks.length = 0
      request.resume()
      reject(tooLarge())
    }
    const gone = () => new ClientGone(`client closed the connection after ${size} bytes of its body`)
    request.on('data', collect)
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('close', () => request.complete || reject(gone()))
    request.on('error', (error) => reject(request.complete ? error : gone()))
  })
}

const LINGER_MS = 5000

/**
 * Closes the connection after the answer the way nginx's "lingering close" does: the answer is
 * sent and the write side shut, then what the client is still sending is read and dropped for up
 * to 5 s. Closing at once, with its data unread, would reset the connection, and a client still
 * sending could lose the answer. Call it before answering; it replaces Node's closing of the socket.
 */
export function lingerOnClose(socket: Socket): void {
  socket.destroySoon = () => {
    socket.end()
    socket.resume()
    const timer = setTimeout(() => socket.destroy(), LINGER_MS).unref()
    socket.once('close', () => clearTimeout(timer))
    socket.once('end', () => socket.destroy())
  }
}
