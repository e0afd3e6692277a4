import type { Store } from "./store.js";

const SETTING = "article-ids";

/**
 * Whether a store names articles that come without an id by their text alone. Stores made before ids took in the
 * outlet, address and title (`idFromHash`) did, and keep doing so, or input read into them again would come back
 * under new ids as duplicates of itself. A new store records that it uses the fuller ids; an old one, that it keeps
 * the text-only ones. Rebuilding from the input (a new database) moves it to the fuller ids.
 */
export async function namesByTextOnly(store: Store): Promise<boolean> {
  const saved = await store.getSetting(SETTING);
  if (saved !== null) return saved === "text";
  const older = (await store.listArticles({ limit: 1 })).length > 0;
  await store.setSetting(SETTING, older ? "text" : "text-and-place");
  return older;
}
