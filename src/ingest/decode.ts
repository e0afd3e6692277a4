import iconv from "iconv-lite";

/** Encodings wiretrace reads; `auto` detects among them. */
export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** What sniffing the first bytes of an input found. */
export type Sniffed = { readonly kind: "text"; readonly encoding: Encoding } | { readonly kind: "binary" };

const ALIASES: Readonly<Record<string, Encoding>> = {
  "utf-8": "utf-8", utf8: "utf-8",
  "utf-16": "utf-16le", "utf-16le": "utf-16le", utf16le: "utf-16le", "utf-16be": "utf-16be", utf16be: "utf-16be",
  "windows-1252": "windows-1252", cp1252: "windows-1252", latin1: "windows-1252", "iso-8859-1": "windows-1252",
};

/** Resolve a user-given encoding name; `null` for an unknown one. */
export function encodingByName(name: string): Encoding | null {
  return ALIASES[name.trim().toLowerCase()] ?? null;
}

/** True when `bytes` is valid UTF-8, allowing a multi-byte sequence cut off at the very end. */
function isUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return false;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return true;
      if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    }
    i += need + 1;
  }
  return true;
}

/**
 * Detect the encoding of an input from its first bytes: a byte-order mark, the NUL pattern of BOM-less UTF-16,
 * valid UTF-8, else Windows-1252. NUL bytes or many control characters that fit none of these mean binary.
 *
 * @example sniffEncoding(Buffer.from("caf\xe9", "latin1")) // { kind: "text", encoding: "windows-1252" }
 */
export function sniffEncoding(head: Uint8Array): Sniffed {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { kind: "text", encoding: "utf-8" };
  if (head[0] === 0xff && head[1] === 0xfe) return { kind: "text", encoding: "utf-16le" };
  if (head[0] === 0xfe && head[1] === 0xff) return { kind: "text", encoding: "utf-16be" };
  const sample = head.subarray(0, 8192);
  let evenNul = 0;
  let oddNul = 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    } else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (pairs > 0 && oddNul > pairs * 0.3 && evenNul === 0) return { kind: "text", encoding: "utf-16le" };
  if (pairs > 0 && evenNul > pairs * 0.3 && oddNul === 0) return { kind: "text", encoding: "utf-16be" };
  if (evenNul + oddNul > 0 || control > sample.length * 0.05) return { kind: "binary" };
  return { kind: "text", encoding: isUtf8(head) ? "utf-8" : "windows-1252" };
}

/** A streaming decoder: bytes in, text out, byte-order mark removed. */
export interface TextDecoderStream {
  write(chunk: Uint8Array): string;
  end(): string;
}

/** Make a streaming decoder for `encoding`; a BOM at the start is stripped. */
export function makeDecoder(encoding: Encoding): TextDecoderStream {
  const decoder = iconv.getDecoder(encoding, { stripBOM: true });
  return {
    write: (chunk) => decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)),
    end: () => decoder.end() ?? "",
  };
}

/** Decode a whole buffer (for inputs read at once: single-article files, pages). */
export function decodeAll(bytes: Uint8Array, encoding: Encoding): string {
  const d = makeDecoder(encoding);
  return d.write(bytes) + d.end();
}
