import { describe, expect, it } from "vitest";
import { SketchShare } from "./read-pipeline.js";

describe("SketchShare", () => {
  it("leaves nothing before it has seen a batch", () => {
    expect(new SketchShare().leave).toBe(0);
  });

  it("balances reading plus the worker's sketches against the caller's work plus the rest", () => {
    const share = new SketchShare();
    share.observe({ articles: 1000, readMs: 100, sketchMs: 80, consumeMs: 60 });
    // Worker: 100 + (1 - 0.75)·80 = 120 ms; caller: 60 + 0.75·80 = 120 ms.
    expect(share.leave).toBeCloseTo(0.75);
  });

  it("leaves nothing when the caller is the slow side, and at most 0.8 when it has nothing else to do", () => {
    const slow = new SketchShare();
    slow.observe({ articles: 100, readMs: 10, sketchMs: 10, consumeMs: 50 });
    expect(slow.leave).toBe(0);
    const idle = new SketchShare();
    idle.observe({ articles: 100, readMs: 10, sketchMs: 10, consumeMs: 0 });
    expect(idle.leave).toBe(0.8);
  });

  it("follows a change in costs gradually, not from one batch", () => {
    const share = new SketchShare();
    share.observe({ articles: 100, readMs: 10, sketchMs: 10, consumeMs: 10 });
    expect(share.leave).toBeCloseTo(0.5);
    share.observe({ articles: 100, readMs: 10, sketchMs: 10, consumeMs: 30 });
    const after = share.leave;
    expect(after).toBeLessThan(0.5);
    expect(after).toBeGreaterThan(0);
    for (let i = 0; i < 20; i++) share.observe({ articles: 100, readMs: 10, sketchMs: 10, consumeMs: 30 });
    expect(share.leave).toBe(0);
    share.observe({ articles: 0, readMs: 5, sketchMs: 0, consumeMs: 0 });
    expect(share.leave).toBe(0);
  });
});
