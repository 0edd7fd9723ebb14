// benchmarks/free-port.ts — a TCP port on 127.0.0.1 where nothing listens (bound, then released): for a server a test or a
// benchmark starts, or a port a test expects to find closed.
import net from 'node:net';

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
