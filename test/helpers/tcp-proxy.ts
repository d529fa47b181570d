import net from 'node:net'

export type TcpProxy = {
  /** The local port clients connect to; the same after every `up()`. */
  port: number
  /** Refuses new connections and cuts every open one, as a database that went away would. */
  down: () => Promise<void>
  /** Listens again on the same port. */
  up: () => Promise<void>
  /** Connections relayed since the proxy was created. */
  accepted: () => number
}

/**
 * A TCP relay from a free local port to `target`: a real database outage for a server given the
 * proxy's port, without stopping the database other tests share.
 */
export const tcpProxy = async (target: { host: string; port: number }): Promise<TcpProxy> => {
  const open = new Set<net.Socket>()
  let server: net.Server | undefined
  let port = 0
  let accepted = 0

  const relay = (client: net.Socket) => {
    accepted++
    const upstream = net.connect(target)
    const cut = () => {
      client.destroy()
      upstream.destroy()
      open.delete(client)
      open.delete(upstream)
    }
    for (const socket of [client, upstream]) {
      open.add(socket)
      socket.on('error', cut).on('close', cut)
    }
    client.pipe(upstream)
    upstream.pipe(client)
  }

  const up = () =>
    new Promise<void>((resolve, reject) => {
      if (server) return resolve()
      const listening = net.createServer(relay)
      listening.once('error', reject)
      // Node sets SO_REUSEADDR: the port is free again although cut connections sit in TIME_WAIT.
      listening.listen(port, '127.0.0.1', () => {
        port = (listening.address() as net.AddressInfo).port
        server = listening
        resolve()
      })
    })

  const down = () =>
    new Promise<void>((resolve) => {
      const closing = server
      server = undefined
      for (const socket of open) socket.destroy()
      open.clear()
      if (!closing) return resolve()
      closing.close(() => resolve())
    })

  await up()
  return {
    get port() {
      return port
    },
    down,
    up,
    accepted: () => accepted,
  }
}
