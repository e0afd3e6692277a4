import { describe, expect, it } from "vitest";
import { checkStoryOptions, defaultStoryOptions, parseStoryOptionAssignments } from "./options.js";

describe("story options", () => {
  it("accepts every default, and overrides by name", () => {
    expect(checkStoryOptions({ ...defaultStoryOptions })).toEqual(defaultStoryOptions);
    expect(parseStoryOptionAssignments(["threshold=0.2", " timeScaleDays = 60 "])).toEqual({ threshold: 0.2, timeScaleDays: 60 });
    expect(parseStoryOptionAssignments([])).toEqual({});
  });

  it("names the option and the range it wants when a value is wrong", () => {
    expect(() => parseStoryOptionAssignments(["treshold=0.2"])).toThrow(/unknown story option "treshold"; the options are threshold, /);
    expect(() => parseStoryOptionAssignments(["timeFloor=1.5"])).toThrow("story option timeFloor must be a number from 0 to 1, got 1.5");
    expect(() => parseStoryOptionAssignments(["maxCandidates=2.5"])).toThrow("story option maxCandidates must be a whole number of at least 1, got 2.5");
    expect(() => parseStoryOptionAssignments(["timeScaleDays=0"])).toThrow("story option timeScaleDays must be a number above 0, got 0");
    expect(() => parseStoryOptionAssignments(["threshold=high"])).toThrow('story option threshold must be a number of at least 0, got "high"');
    expect(() => parseStoryOptionAssignments(["threshold"])).toThrow('expected name=value for a story option, got "threshold"');
    expect(() => checkStoryOptions([1])).toThrow(/must be an object/);
    expect(() => checkStoryOptions({ toString: 1 })).toThrow(/unknown story option "toString"/);
  });
});
