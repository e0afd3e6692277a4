import { describe, expect, it } from "vitest";
import { decodeNerModel, encodeNerModel } from "./model-file.js";
import { NerModel } from "./ner-model.js";
import { particleNameVariants } from "./name-variants.js";
import { trainPerceptron, type TrainingSentence } from "./perceptron-trainer.js";

const sentence = (text: string): TrainingSentence => {
  const words: string[] = [];
  const tags: string[] = [];
  for (const part of text.split(" ")) {
    const [word, tag] = part.split("/");
    words.push(word!);
    tags.push(tag ?? "O");
  }
  return { words, tags };
};

const TRAIN = [
  "Peter/B-PER Blackburn/I-PER said/O in/O Brussels/B-LOC ./O",
  "Maria/B-PER Kessel/I-PER visited/O Vellin/B-LOC on/O Monday/O ./O",
  "The/O Harbour/B-ORG Authority/I-ORG said/O talks/O would/O go/O on/O ./O",
  "John/B-PER Smith/I-PER works/O for/O Acme/B-ORG Corp/I-ORG in/O Paris/B-LOC ./O",
  "Officials/O in/O Berlin/B-LOC said/O Anna/B-PER Weber/I-PER resigned/O ./O",
].map(sentence);

describe("trainPerceptron", () => {
  it("learns a small training set and keeps its predictions through save and load", () => {
    const data = trainPerceptron(TRAIN, { epochs: 10, prune: 0 });
    const model = new NerModel(data);
    for (const s of TRAIN) expect(model.tag(s.words)).toEqual(s.tags);
    const reloaded = new NerModel(decodeNerModel(encodeNerModel(data)));
    for (const s of TRAIN) expect(reloaded.tag(s.words)).toEqual(s.tags);
    expect(data.info).toMatchObject({ epochs: 10, sentences: TRAIN.length });
  });

  it("is deterministic for a seed", () => {
    const a = trainPerceptron(TRAIN, { epochs: 3, seed: 5 });
    const b = trainPerceptron(TRAIN, { epochs: 3, seed: 5 });
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(Array.from(a.featureHashes)).toEqual(Array.from(b.featureHashes));
  });
});

describe("particleNameVariants", () => {
  it("puts a particle inside two-word person names, still tagged as one person", () => {
    const variants = particleNameVariants(TRAIN, () => 0, { rate: 1, particles: ["al-"] });
    expect(variants[0]).toEqual({ words: ["Peter", "al-Blackburn", "said", "in", "Brussels", "."], tags: ["B-PER", "I-PER", "O", "O", "B-LOC", "O"] });
    const spaced = particleNameVariants(TRAIN, () => 0, { rate: 1, particles: ["bin"] });
    expect(spaced[0]!.words.slice(0, 3)).toEqual(["Peter", "bin", "Blackburn"]);
    expect(spaced[0]!.tags.slice(0, 3)).toEqual(["B-PER", "I-PER", "I-PER"]);
    expect(spaced.length).toBe(4); // the organisation-only sentence has no person
  });
});
