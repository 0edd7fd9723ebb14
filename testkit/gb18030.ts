// testkit/gb18030.ts — text to GBK/GB18030 bytes, for fixture pages that real portals still serve in those charsets.
// Node's TextEncoder writes UTF-8 only, so the table is the WHATWG gb18030 decoder read backwards: every two-byte
// code decoded once, each character mapped to its code. Four-byte codes are not needed by the fixtures and are refused.

const LEAD = { from: 0x81, to: 0xfe };
/** Trail bytes of a two-byte code: 0x40–0x7E and 0x80–0xFE. */
const TRAILS = [...Array(0xff - 0x40).keys()].map((i) => i + 0x40).filter((b) => b !== 0x7f);

let table: Map<string, number> | undefined;

function codeTable(): Map<string, number> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030');
  for (let lead = LEAD.from; lead <= LEAD.to; lead++) {
    for (const trail of TRAILS) {
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      // The first code wins: a character reachable by two codes is written the way GBK writes it.
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, (lead << 8) | trail);
    }
  }
  return table;
}

/** The GB18030 bytes of `text` (ASCII as one byte, the rest as two-byte GBK codes). */
export function encodeGb18030(text: string): Buffer {
  const codes = codeTable();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      out.push(cp);
      continue;
    }
    const code = codes.get(ch);
    if (code === undefined) throw new Error(`encodeGb18030: no two-byte code for U+${cp.toString(16).toUpperCase()}`);
    out.push(code >> 8, code & 0xff);
  }
  return Buffer.from(out);
}
