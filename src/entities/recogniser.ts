import { spansFromTags } from "./bio-tags.js";
import type { EntityMention } from "./entity-mention.js";
import { datelineRefiner } from "./dateline-refiner.js";
import { defaultGazetteer, type Gazetteer } from "./gazetteer.js";
import { gazetteerRefiner } from "./gazetteer-refiner.js";
import { givenNameRefiner } from "./given-name-refiner.js";
import { loadNerModel } from "./model-file.js";
import type { NerModel } from "./ner-model.js";
import { sentenceView } from "./ner-features.js";
import { tokenizeNer } from "./ner-tokenizer.js";
import { particleRefiner } from "./particle-refiner.js";
import { placeRefiner } from "./place-refiner.js";
import type { DocumentRefiner, Refiner, SentenceContext, SentenceEntity } from "./refiner.js";
import { splitSentences } from "./sentence-splitter.js";
import { surnameRefiner } from "./surname-refiner.js";
import { titleRefiner } from "./title-refiner.js";

/** How entities are recognised. */
export interface RecogniserOptions {
  /** The tagger. Default: the bundled English model (`models/ner-en.json.gz`), loaded once. */
  readonly model?: NerModel;
  /** Rules run on each sentence's spans, in order. Default: {@link defaultRefiners}. */
  readonly refiners?: readonly Refiner[];
  /** Rules run on a whole document after the sentence rules. Default: {@link defaultDocumentRefiners}. */
  readonly documentRefiners?: readonly DocumentRefiner[];
  /**
   * The lists the rules match. Default: the project's curated lists ({@link defaultGazetteer}). The tagger's own
   * gazetteer features always use the curated lists it was trained with.
   */
  readonly gazetteer?: Gazetteer;
}

/**
 * The default sentence rules: add and retype listed names, take dateline places and places by their shape, join
 * names across particles and after given names, split titles off.
 */
export const defaultRefiners = (): Refiner[] => [
  gazetteerRefiner(), datelineRefiner(), placeRefiner(), particleRefiner(), givenNameRefiner(), titleRefiner(),
];

/** The default document rules: a surname alone names a person already named in full. */
export const defaultDocumentRefiners = (): DocumentRefiner[] => [surnameRefiner()];

/** A configured recogniser: the tagger and its rules, as data. */
export interface Recogniser {
  readonly model: NerModel;
  readonly refiners: readonly Refiner[];
  readonly documentRefiners: readonly DocumentRefiner[];
  /** Entities of the tokenised sentences of one document, by token index, sentence by sentence. */
  recogniseSentences(sentences: readonly (readonly string[])[]): SentenceEntity[][];
  /** Entities of a raw text (one document), with offsets into it. */
  recognise(text: string): EntityMention[];
}

/**
 * Build a recogniser from options (model, rules, lists), each defaulting as documented on {@link RecogniserOptions}.
 *
 * @example createRecogniser({ refiners: [], documentRefiners: [] }).recognise("Daesh fighters") // the model alone
 */
export function createRecogniser(options: RecogniserOptions = {}): Recogniser {
  const model = options.model ?? loadNerModel();
  const refiners = options.refiners ?? defaultRefiners();
  const documentRefiners = options.documentRefiners ?? defaultDocumentRefiners();
  const gazetteer = options.gazetteer ?? defaultGazetteer();

  const recogniseSentences = (sentences: readonly (readonly string[])[]): SentenceEntity[][] => {
    const contexts: SentenceContext[] = [];
    let entities = sentences.map((words) => {
      const view = sentenceView(words);
      const matchWords = view.heading ? view.words.map((w) => w.toUpperCase()) : words;
      const context = { words, heading: view.heading, gazetteer, matches: gazetteer.match(matchWords, view.heading) };
      contexts.push(context);
      if (words.length === 0) return [];
      let found: SentenceEntity[] = spansFromTags(model.tag(words, view)).map((s) => ({ ...s, tags: ["model/perceptron"] }));
      for (const refiner of refiners) found = refiner.refine(found, context);
      return found;
    });
    for (const refiner of documentRefiners) entities = refiner.refine(entities, contexts);
    return entities;
  };

  return {
    model,
    refiners,
    documentRefiners,
    recogniseSentences,
    recognise(text) {
      const sentences = splitSentences(text, tokenizeNer(text));
      const found = recogniseSentences(sentences.map((sentence) => sentence.map((t) => t.text)));
      const mentions: EntityMention[] = [];
      sentences.forEach((sentence, s) => {
        for (const e of found[s]!) {
          const start = sentence[e.start]!.start;
          const end = sentence[e.end - 1]!.end;
          const mention: EntityMention = { text: text.slice(start, end), type: e.type, start, end, tags: e.tags };
          mentions.push(e.title === undefined ? mention : {
            ...mention,
            title: text.slice(sentence[e.title.start]!.start, sentence[e.title.end - 1]!.end),
          });
        }
      });
      return mentions;
    },
  };
}

let shared: Recogniser | null = null;

/**
 * Find the people, organisations, places and other names in a text (one document): the bundled tagger, then the
 * default rules. Offsets are UTF-16 indexes into `text`.
 *
 * @example
 * recogniseEntities("Colonel Dana Whitfield, a Centcom spokeswoman, said.")
 * // [{ text: "Dana Whitfield", type: "PER", start: 8, end: 22, title: "Colonel", tags: ["model/perceptron", "rule/title"] },
 * //  { text: "Centcom", type: "ORG", start: 26, end: 33, tags: ["model/perceptron"] }]
 */
export function recogniseEntities(text: string, options?: RecogniserOptions): EntityMention[] {
  if (options !== undefined) return createRecogniser(options).recognise(text);
  shared ??= createRecogniser();
  return shared.recognise(text);
}
