import {connect, type Socket} from 'node:net'

/**
 * A POST written by hand on a socket, as a client that does not wait for the answer sends it:
 * `head` is the request line and headers up to the blank line, `write` sends the body as it likes.
 * Resolves with the raw answer, whatever the server did with the connection.
 */
export function rawRequest(url: string, head: string, write: (socket: Socket) => Promise<void>): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(Number(new URL(url).port), '127.0.0.1')
    let answer = ''
    socket.on('data', (chunk) => void (answer += chunk.toString('latin1')))
    socket.on('error', () => resolve(answer))
    socket.on('close', () => resolve(answer))
    socket.write(`${head}\r\n`)
    void write(socket).catch(() => undefined)
  })
}
