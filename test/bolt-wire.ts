// test/bolt-wire.ts — a minimal Bolt client on raw bytes, over plain TCP or over WebSocket, for the security tests.
// It speaks what a hostile web page would (browser neo4j-driver: Bolt over WebSocket, any Origin), with no driver in between.

import { randomBytes } from 'node:crypto';
import net from 'node:net';

/** A byte stream to a server: TCP as is, or the payload of WebSocket binary frames. */
export interface BytePipe {
  send(bytes: Buffer): void;
  /** Exactly n bytes, or rejects when the server closes first. */
  read(n: number): Promise<Buffer>;
  close(): void;
}

/** Buffers what arrives and hands it out in exact sizes. */
class Inbox {
  private buffer = Buffer.alloc(0);
  private waiting: { n: number; resolve: (b: Buffer) => void; reject: (e: Error) => void } | null = null;
  private closed: Error | null = null;

  push(bytes: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, bytes]);
    this.settle();
  }

  close(reason: Error): void {
    this.closed = reason;
    this.settle();
  }

  take(n: number): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.waiting = { n, resolve, reject };
      this.settle();
    });
  }

  private settle(): void {
    const w = this.waiting;
    if (!w) return;
    if (this.buffer.length >= w.n) {
      this.waiting = null;
      const out = this.buffer.subarray(0, w.n);
      this.buffer = this.buffer.subarray(w.n);
      w.resolve(out);
    } else if (this.closed) {
      this.waiting = null;
      w.reject(this.closed);
    }
  }
}

function connect(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(10_000, () => socket.destroy(new Error('timed out')));
    socket.once('connect', () => resolve(socket));
    socket.once('error', reject);
  });
}

export async function tcpPipe(port: number): Promise<BytePipe> {
  const socket = await connect(port);
  const inbox = new Inbox();
  socket.on('data', (b: Buffer) => inbox.push(b));
  socket.on('close', () => inbox.close(new Error('connection closed by the server')));
  socket.on('error', (e) => inbox.close(e));
  return { send: (b) => socket.write(b), read: (n) => inbox.take(n), close: () => socket.destroy() };
}

/** A client frame: FIN + opcode, masked as RFC 6455 requires of clients. */
function clientFrame(opcode: number, payload: Buffer): Buffer {
  const mask = randomBytes(4);
  const length = payload.length;
  const header =
    length < 126
      ? Buffer.from([0x80 | opcode, 0x80 | length])
      : Buffer.from([0x80 | opcode, 0x80 | 126, length >> 8, length & 0xff]);
  const masked = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]!));
  return Buffer.concat([header, mask, masked]);
}

/**
 * Bolt over WebSocket, as a browser opens it: an HTTP Upgrade on the Bolt port (with the Origin of a foreign web
 * page), then Bolt bytes inside binary frames. Rejects when the server does not switch protocols.
 */
export async function webSocketPipe(port: number, origin = 'http://attacker.example'): Promise<BytePipe> {
  const socket = await connect(port);
  const raw = new Inbox();
  socket.on('data', (b: Buffer) => raw.push(b));
  socket.on('close', () => raw.close(new Error('connection closed by the server')));
  socket.on('error', (e) => raw.close(e));
  socket.write(
    [
      'GET / HTTP/1.1',
      `Host: 127.0.0.1:${port}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
      'Sec-WebSocket-Version: 13',
      `Origin: ${origin}`,
      '',
      '',
    ].join('\r\n'),
  );
  // The HTTP answer, byte by byte up to the blank line (frames may follow in the same packet).
  let head = '';
  while (!head.endsWith('\r\n\r\n')) head += (await raw.take(1)).toString('latin1');
  if (!/^HTTP\/1\.1 101 /.test(head)) {
    socket.destroy();
    throw new Error(`no WebSocket upgrade: ${head.split('\r\n')[0]}`);
  }
  const inbox = new Inbox();
  void (async () => {
    try {
      for (;;) {
        const [b0, b1] = await raw.take(2);
        let length = b1! & 0x7f;
        if (length === 126) length = (await raw.take(2)).readUInt16BE(0);
        else if (length === 127) length = Number((await raw.take(8)).readBigUInt64BE(0));
        const payload = length ? await raw.take(length) : Buffer.alloc(0);
        const opcode = b0! & 0x0f;
        if (opcode === 0x8)
          throw new Error(
            `WebSocket closed by the server (${payload.length >= 2 ? payload.readUInt16BE(0) : 'no code'})`,
          );
        if (opcode === 0x2 || opcode === 0x0) inbox.push(payload);
      }
    } catch (e) {
      inbox.close(e as Error);
    }
  })();
  return { send: (b) => socket.write(clientFrame(0x2, b)), read: (n) => inbox.take(n), close: () => socket.destroy() };
}

// ─── Bolt ────────────────────────────────────────────────────────────────────────────────────

const MAGIC = Buffer.from([0x60, 0x60, 0xb0, 0x17]);

/** Handshake proposing exactly one version; resolves to the version the server agreed, or null (it refused). */
export async function boltHandshake(pipe: BytePipe, major: number, minor: number): Promise<string | null> {
  pipe.send(Buffer.concat([MAGIC, Buffer.from([0, 0, minor, major]), Buffer.alloc(12)]));
  const v = await pipe.read(4);
  return v.readUInt32BE(0) === 0 ? null : `${v[3]}.${v[2]}`;
}

function packString(s: string): Buffer {
  const bytes = Buffer.from(s, 'utf8');
  if (bytes.length < 16) return Buffer.concat([Buffer.from([0x80 | bytes.length]), bytes]);
  if (bytes.length < 256) return Buffer.concat([Buffer.from([0xd0, bytes.length]), bytes]);
  return Buffer.concat([Buffer.from([0xd1, bytes.length >> 8, bytes.length & 0xff]), bytes]);
}

function packMap(map: Record<string, string>): Buffer {
  const entries = Object.entries(map);
  return Buffer.concat([
    Buffer.from([0xa0 | entries.length]),
    ...entries.flatMap(([k, v]) => [packString(k), packString(v)]),
  ]);
}

/** One Bolt message (a structure of the given signature and fields), chunked. */
function message(signature: number, fields: Buffer[]): Buffer {
  const body = Buffer.concat([Buffer.from([0xb0 | fields.length, signature]), ...fields]);
  const size = Buffer.alloc(2);
  size.writeUInt16BE(body.length);
  return Buffer.concat([size, body, Buffer.alloc(2)]);
}

export const HELLO = 0x01;
export const RUN = 0x10;
export const LOGON = 0x6a;

export function helloMessage(extra: Record<string, string>): Buffer {
  return message(HELLO, [packMap(extra)]);
}
export function logonMessage(auth: Record<string, string>): Buffer {
  return message(LOGON, [packMap(auth)]);
}
export function runMessage(query: string): Buffer {
  return message(RUN, [packString(query), packMap({}), packMap({})]);
}

export interface BoltReply {
  kind: 'SUCCESS' | 'FAILURE' | 'IGNORED' | 'RECORD' | 'OTHER';
  /** The message bytes as Latin-1: enough to find a Neo4j error code in a FAILURE. */
  text: string;
}

/** Read one whole (de-chunked) message. */
export async function readReply(pipe: BytePipe): Promise<BoltReply> {
  const parts: Buffer[] = [];
  for (;;) {
    const size = (await pipe.read(2)).readUInt16BE(0);
    if (size === 0) {
      if (parts.length === 0) continue; // a NOOP chunk
      break;
    }
    parts.push(await pipe.read(size));
  }
  const body = Buffer.concat(parts);
  const kinds: Record<number, BoltReply['kind']> = { 112: 'SUCCESS', 127: 'FAILURE', 126: 'IGNORED', 113: 'RECORD' };
  return { kind: kinds[body[1] ?? -1] ?? 'OTHER', text: body.toString('latin1') };
}
