import { HttpError } from "./http-error.js";

/**
 * Read a request body up to `limit` bytes. A declared `Content-Length` over the limit is refused before reading; a
 * body that grows past it is refused as soon as it does (413 either way).
 */
export async function readBody(
  chunks: AsyncIterable<Uint8Array>, limit: number, declaredLength: string | undefined,
): Promise<Buffer> {
  const tooLarge = () => new HttpError(413, `request body larger than the ${limit}-byte limit`);
  if (declaredLength !== undefined && Number(declaredLength) > limit) throw tooLarge();
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.byteLength;
    if (size > limit) throw tooLarge();
    parts.push(Buffer.from(chunk));
  }
  return Buffer.concat(parts);
}
