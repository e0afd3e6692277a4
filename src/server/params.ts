import { HttpError } from "./http-error.js";

/**
 * A whole-number query parameter within `[min, max]`, or its default when absent. Anything else is a 400 naming the
 * parameter.
 *
 * @example intParam(new URLSearchParams("limit=20"), "limit", 50, 0, 500) // 20
 */
export function intParam(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const value = query.get(name);
  if (value === null || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new HttpError(400, `${name}: expected a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return n;
}

/** A number parameter within `[min, max]`. */
export function numberParam(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const value = query.get(name);
  if (value === null || value === "") return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw new HttpError(400, `${name}: expected a number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return n;
}

/** A required text parameter, at most `maxLength` characters. */
export function textParam(query: URLSearchParams, name: string, maxLength = 1000): string {
  const value = query.get(name);
  if (value === null || value.trim() === "") throw new HttpError(400, `${name}: required`);
  if (value.length > maxLength) throw new HttpError(400, `${name}: longer than ${maxLength} characters`);
  return value;
}
