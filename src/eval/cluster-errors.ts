/** A labelled item as error analysis needs it. */
export interface LabelledItem {
  readonly id: string;
  readonly gold: string;
  readonly title: string | null;
  readonly publishedAt: number | null;
}

/** A share of a group: how many of its items carry a label, with the title of the first of them. */
export interface LabelShare {
  readonly label: string;
  readonly items: number;
  readonly example: string | null;
}

/** Where a clustering parts from the gold labels. */
export interface ClusterErrors {
  /** Predicted stories that hold items of several gold stories, largest first; shares by gold label. */
  readonly merged: readonly { readonly story: string; readonly items: number; readonly gold: readonly LabelShare[] }[];
  /** Gold stories spread over several predicted stories, largest first; shares by predicted story. */
  readonly split: readonly { readonly gold: string; readonly items: number; readonly stories: readonly LabelShare[] }[];
}

/** Group items by a label, each group's items in publication order. */
function groupBy(items: readonly LabelledItem[], label: (item: LabelledItem) => string): Map<string, LabelledItem[]> {
  const out = new Map<string, LabelledItem[]>();
  for (const item of items) {
    const key = label(item);
    const list = out.get(key) ?? [];
    list.push(item);
    out.set(key, list);
  }
  for (const list of out.values()) list.sort((a, b) => (a.publishedAt ?? 0) - (b.publishedAt ?? 0));
  return out;
}

/** The shares of a group's items by another label, largest first (ties by label). */
function shares(items: readonly LabelledItem[], label: (item: LabelledItem) => string): LabelShare[] {
  return [...groupBy(items, label)]
    .map(([key, list]) => ({ label: key, items: list.length, example: list[0]!.title }))
    .sort((a, b) => b.items - a.items || (a.label < b.label ? -1 : 1));
}

/**
 * The merges and splits of a predicted clustering against gold labels: the stories to look at first when tuning
 * (the `limit` largest of each kind).
 *
 * @example clusterErrors(items, predictions, 10).merged[0] // { story: "s…", items: 28, gold: [{ label: "70", items: 20, … }, …] }
 */
export function clusterErrors(items: readonly LabelledItem[], predicted: ReadonlyMap<string, string>, limit: number): ClusterErrors {
  const storyOf = (item: LabelledItem) => predicted.get(item.id) ?? `(none) ${item.id}`;
  const merged = [...groupBy(items, storyOf)]
    .map(([story, list]) => ({ story, items: list.length, gold: shares(list, (i) => i.gold) }))
    .filter((m) => m.gold.length > 1)
    .sort((a, b) => b.items - a.items || (a.story < b.story ? -1 : 1))
    .slice(0, limit);
  const split = [...groupBy(items, (i) => i.gold)]
    .map(([gold, list]) => ({ gold, items: list.length, stories: shares(list, storyOf) }))
    .filter((s) => s.stories.length > 1)
    .sort((a, b) => b.items - a.items || (a.gold < b.gold ? -1 : 1))
    .slice(0, limit);
  return { merged, split };
}
