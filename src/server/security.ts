import { createHash, timingSafeEqual } from "node:crypto";
import { HttpError } from "./http-error.js";

/**
 * The Content-Security-Policy of every response: scripts and styles only from this server's own files, never inline,
 * so no script carried by an article can run even if markup slipped through escaping.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "form-action 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** Headers sent with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
};

const digest = (s: string): Buffer => createHash("sha256").update(s, "utf8").digest();

/**
 * Check a write's `Authorization: Bearer …` header against the configured token, in constant time. Throws 403 when
 * the server has no token (writes are off), 401 when the header is missing or wrong.
 */
export function requireToken(authorization: string | undefined, token: string | null): void {
  if (token === null) {
    throw new HttpError(403, "writes are disabled on this server: start it with WIRETRACE_TOKEN set to enable them");
  }
  const challenge = { "www-authenticate": 'Bearer realm="wiretrace"' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match) throw new HttpError(401, "this request writes: send Authorization: Bearer <token>", challenge);
  if (!timingSafeEqual(digest(match[1]!), digest(token))) throw new HttpError(401, "wrong token", challenge);
}

/** CORS headers for a request's origin: none unless the origin is in the allowed list. */
export function corsHeaders(origin: string | undefined, allowed: readonly string[]): Record<string, string> {
  if (!origin || !allowed.includes(origin)) return {};
  return {
    "access-control-allow-origin": origin,
    "access-control-allow-methods": "GET, POST, DELETE",
    "access-control-allow-headers": "authorization, content-type",
    "access-control-max-age": "600",
    vary: "origin",
  };
}
