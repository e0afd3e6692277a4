import { describe, expect, it } from "vitest";
import { articleId } from "../core/types.js";
import { buildTimeline, timelineEntries } from "./timeline.js";

const published = { kind: "date", date: "2023-07-09" } as const;

const agency = {
  id: articleId("agency"),
  published,
  text: "Dockworkers walked out at Port Vellin on Wednesday after pay talks broke down. " +
    "The operator said on Friday that it had offered a raise of four percent. " +
    "Union leaders will meet the operator on Friday. The port opened in 2019.",
};
const rewrite = {
  id: articleId("rewrite"),
  published: { kind: "date", date: "2023-07-10" } as const,
  text: "Port Vellin dockworkers walked out on Wednesday after the pay talks broke down. " +
    "Police reported no arrests over the weekend.",
};

describe("timeline", () => {
  it("dates each sentence by its finest calendar expression", () => {
    const entries = timelineEntries(agency);
    expect(entries.map((e) => [e.date, e.granularity, e.sentence.slice(0, 20)])).toEqual([
      ["2023-07-05", "day", "Dockworkers walked o"],
      ["2023-07-07", "day", "The operator said on"],
      ["2023-07-14", "day", "Union leaders will m"],
      ["2019", "year", "The port opened in 2"],
    ]);
    for (const e of entries) expect(agency.text.slice(e.start, e.end)).toBe(e.sentence);
    expect(entries[2]!.timex).toMatchObject({ text: "Friday", tags: ["parser/weekday", "refiner/tense:future"] });
  });

  it("leaves out sentences without a calendar date (vague references and durations date nothing)", () => {
    const entries = timelineEntries({ id: articleId("x"), published, text: "Talks lasted three days. They are over now." });
    expect(entries).toEqual([]);
  });

  it("merges the same event told by two outlets, sorted by date", () => {
    const events = buildTimeline([...timelineEntries(agency), ...timelineEntries(rewrite)]);
    expect(events.map((e) => [e.date, e.articles])).toEqual([
      ["2019", ["agency"]],
      ["2023-07-05", ["agency", "rewrite"]],
      ["2023-07-07", ["agency"]],
      ["2023-W27-WE", ["rewrite"]],
      ["2023-07-14", ["agency"]],
    ]);
    const strike = events[1]!;
    expect(strike.entries).toHaveLength(2);
    expect(strike.similarity).toBeGreaterThanOrEqual(0.5);
    expect(strike.startsOn).toBe("2023-07-05");
  });

  it("keeps different events on one day apart", () => {
    const a = { id: articleId("a"), published, text: "The strike began on Friday." };
    const b = { id: articleId("b"), published, text: "A wildfire forced hundreds to flee their homes on Friday." };
    const events = buildTimeline([...timelineEntries(a), ...timelineEntries(b)]);
    expect(events.map((e) => e.articles)).toEqual([["a"], ["b"]]);
    expect(buildTimeline([...timelineEntries(a), ...timelineEntries(b)], { similarity: 0 })).toHaveLength(1);
  });

  it("gives an empty timeline for no entries", () => {
    expect(buildTimeline([])).toEqual([]);
  });
});
