import { describe, expect, it } from "vitest";
import { articleId } from "../core/types.js";
import { StoryClusterer, storyIdFor, type ClusterInput } from "./clusterer.js";
import { profileFromJson, profileToJson } from "./profile-json.js";

const DAY = 86_400_000;
const T0 = Date.parse("2023-07-03T00:00:00Z");

const PORT = [
  "Dock workers at the port of Vellin walked out over pay, halting grain loading at the harbour for a third day.",
  "The Vellin port strike entered its fourth day as dock workers and the harbour authority failed to agree on pay.",
  "Grain exporters warned of losses as the dock strike at Vellin harbour kept ships waiting offshore.",
];
const BANK = [
  "Norvenia's central bank raised its benchmark interest rate to 4.5 percent to fight inflation.",
  "The central bank of Norvenia lifted interest rates again, saying inflation remained far above its target.",
];
const FIRE = [
  "A wildfire in the hills above Brenzano forced hundreds of residents to evacuate as strong winds spread the flames.",
  "Firefighters contained the Brenzano wildfire after three days, allowing evacuated residents to return to the hills.",
];

const input = (id: string, text: string, day: number, extra: Partial<ClusterInput> = {}): ClusterInput => ({
  id: articleId(id), title: null, text, publishedAt: T0 + day * DAY, ...extra,
});

describe("StoryClusterer", () => {
  it("groups articles of one story and keeps others apart, with evidence", () => {
    const c = new StoryClusterer();
    const stream = [
      input("p1", PORT[0]!, 0), input("b1", BANK[0]!, 0), input("f1", FIRE[0]!, 1), input("p2", PORT[1]!, 1),
      input("b2", BANK[1]!, 1), input("p3", PORT[2]!, 2), input("f2", FIRE[1]!, 3),
    ];
    const out = stream.map((a) => c.assign(a));
    const story = (id: string) => c.storyOfArticle(articleId(id));
    expect(story("p2")).toBe(story("p1"));
    expect(story("p3")).toBe(story("p1"));
    expect(story("b2")).toBe(story("b1"));
    expect(story("f2")).toBe(story("f1"));
    expect(new Set([story("p1"), story("b1"), story("f1")]).size).toBe(3);
    expect(out[0]).toMatchObject({ created: true, story: storyIdFor(articleId("p1")) });
    const joined = out[3]!;
    expect(joined.created).toBe(false);
    expect(joined.features!.text).toBeGreaterThan(0.15);
    expect(joined.score).toBeGreaterThanOrEqual(c.options.threshold);
  });

  it("lets reuse and shared entities pull an article in that the text alone would not", () => {
    const c = new StoryClusterer({ entityWeight: 0.2 });
    c.assign(input("a", PORT[0]!, 0, { entities: ["vellin", "harbour authority"] }));
    const weak = "Officials met on Tuesday to discuss the situation and said more talks would follow soon.";
    const alone = new StoryClusterer();
    alone.assign(input("a", PORT[0]!, 0));
    expect(alone.assign(input("b", weak, 1)).created).toBe(true);
    const withReuse = c.assign(input("b", weak, 1, { reuse: [{ id: articleId("a"), share: 0.8 }], entities: ["vellin"] }));
    expect(withReuse.created).toBe(false);
    expect(withReuse.features).toMatchObject({ reuse: 0.8, entities: 1 });
  });

  it("counts the words of an article address's slug as title words when the title shares none of them", () => {
    const page = (url: string | null) => input("p2", "Video: crowds gathered on the quay as the talks went on into the night.", 1, { title: "World News", url });
    const c = new StoryClusterer();
    c.assign(input("p1", PORT[0]!, 0, { title: "Vellin dock workers strike over pay" }));
    const slugged = c.assign(page("https://news.example/world/2023/07/04/vellin-dock-workers-strike-over-pay-1234"));
    expect(slugged).toMatchObject({ created: false, story: c.storyOfArticle(articleId("p1")) });
    const d = new StoryClusterer();
    d.assign(input("p1", PORT[0]!, 0, { title: "Vellin dock workers strike over pay" }));
    expect(d.assign(page("https://news.example/world/2023/07/04/item-1234")).created).toBe(true);
    // A slug that repeats the headline's words does not weigh them twice.
    const e = new StoryClusterer();
    const titled = { title: "Vellin dock workers strike over pay" };
    const plain = e.vectorize(input("x", PORT[1]!, 1, titled), false);
    const slugged2 = e.vectorize(input("x", PORT[1]!, 1, { ...titled, url: "https://news.example/vellin-dock-strike-goes-on" }), false);
    expect(slugged2).toEqual(plain);
  });

  it("does not offer stories past the time window, and decays the score with the gap", () => {
    const c = new StoryClusterer({ windowDays: 10, timeScaleDays: 2, timeFloor: 0 });
    c.assign(input("p1", PORT[0]!, 0));
    expect(c.assign(input("p-late", PORT[1]!, 30)).created).toBe(true);
    const d = new StoryClusterer({ windowDays: 10, timeScaleDays: 2, timeFloor: 0 });
    d.assign(input("p1", PORT[0]!, 0));
    const near = d.assign(input("p2", PORT[1]!, 1));
    expect(near.features!.time).toBeCloseTo(Math.exp(-1 / 2));
  });

  it("gives the same stories whatever the batching, and a repeated article keeps its story", () => {
    const run = () => {
      const c = new StoryClusterer();
      for (const [i, t] of [...PORT, ...BANK].entries()) c.assign(input(`x${i}`, t, i));
      return [...Array(5).keys()].map((i) => c.storyOfArticle(articleId(`x${i}`)));
    };
    expect(run()).toEqual(run());
    const c = new StoryClusterer();
    const first = c.assign(input("x", PORT[0]!, 0));
    expect(c.assign(input("x", PORT[0]!, 0))).toMatchObject({ story: first.story, created: false, features: null });
  });

  it("looks a story up by the heaviest terms some story is filed under, not by words no story has", () => {
    // With one query term, the article's heaviest term is a word seen nowhere else; the lookup must skip it
    // and use the heaviest shared one.
    const c = new StoryClusterer({ queryTerms: 1 });
    c.assign(input("p1", PORT[0]!, 0));
    c.assign(input("b1", BANK[0]!, 0));
    const odd = "Quorvaxine zelbrith quorvaxine zelbrith quorvaxine: the Vellin port strike over pay goes on.";
    const joined = c.assign(input("p2", odd, 1));
    expect(joined.candidates).toBeGreaterThan(0);
    expect(joined.story).toBe(c.storyOfArticle(articleId("p1")));
  });

  it("files a restored profile under its own terms, not its predecessor's, and a forgotten story under none", () => {
    const c = new StoryClusterer();
    const port = c.assign(input("p1", PORT[0]!, 0)).story;
    // Another process saved the story with other words (the bank's): the restore replaces the port profile.
    const other = new StoryClusterer();
    const bank = other.story(other.assign(input("b1", BANK[0]!, 0)).story)!;
    c.restore(profileFromJson(port, profileToJson(bank, other.df), c.df), [articleId("p1")]);
    const lookup = (id: string, text: string) => c.candidates(c.vectorize(input(id, text, 1), false), input(id, text, 1));
    expect(lookup("p2", PORT[1]!)).toEqual([]);
    expect(lookup("b2", BANK[1]!)).toEqual([port]);
    c.forget(port);
    expect(lookup("b2", BANK[1]!)).toEqual([]);
  });

  it("moves an article left alone into a story that grew after it, when it scores enough against it now", () => {
    const c = new StoryClusterer({ threshold: 0.25 });
    const comment = input("o", "Comment: why Vellin's dock workers are right to strike over pay, whatever grain exporters say.", 0);
    const first = c.assign(comment);
    const port = PORT.map((t, i) => c.assign(input(`p${i}`, t, i + 1)));
    const fire = c.assign(input("f1", FIRE[0]!, 5));
    // Online, the first port report scored below the threshold against the comment alone and started the story.
    expect(port[0]).toMatchObject({ created: true });
    expect(port[0]!.runnerUp).toMatchObject({ story: first.story });
    expect(c.loneArticles().map(([, a]) => a)).toContain(articleId("o"));
    const r = c.rejoin(comment)!;
    expect(r.merge).toMatchObject({ rule: "rejoin", from: first.story, into: port[0]!.story, article: articleId("o") });
    expect(r.merge.score).toBeGreaterThanOrEqual(0.25);
    expect(r.assignment).toMatchObject({ story: port[0]!.story, created: false, score: r.merge.score });
    expect(c.storyOfArticle(articleId("o"))).toBe(port[0]!.story);
    expect(c.story(first.story)).toBeUndefined();
    expect(c.takeChanges().removed).toContain(first.story);
    // The fire report has nothing to join, and an article no longer alone is not judged again.
    expect(c.rejoin(input("f1", FIRE[0]!, 5))).toBeNull();
    expect(c.storyOfArticle(articleId("f1"))).toBe(fire.story);
    expect(c.rejoin(comment)).toBeNull();
  });

  // Negative cases: same day, same vocabulary of news, different stories.
  it.each([
    ["a strike at a different port", "Airline pilots went on strike at the national carrier, grounding flights across the country."],
    ["an unrelated rate story", "Mortgage lenders in the city raised fees for first-time buyers, an industry group said."],
  ])("keeps %s apart from the port story", (_name, text) => {
    const c = new StoryClusterer();
    c.assign(input("p1", PORT[0]!, 0));
    expect(c.assign(input("other", text, 0)).created).toBe(true);
  });
});
