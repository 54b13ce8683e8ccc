import { DataError } from "../data/data-error.js";
import { InputError } from "../errors.js";
import { shorten } from "../report/shorten.js";
import type { ClassificationFile } from "./predictions.js";

/** The classes of one or two classifiers' files, in the order metrics and scores use. */
export interface ClassSpace {
  /** Sorted: as numbers when every class is written as a number, else as strings. */
  readonly classes: readonly string[];
  /** The code of the positive class when there are two classes, else -1. */
  readonly positive: number;
  /** Class name -> code. */
  readonly codeOf: ReadonlyMap<string, number>;
}

export interface ClassSpaceOptions {
  /**
   * The positive class of two (its name, as written in the label column). Default: the greater
   * of the two in the sort order, as scikit-learn takes `classes[1]`: `1` of 0/1, `true` of
   * false/true, `yes` of no/yes.
   */
  positiveLabel?: string;
  /** The input that sets it, for errors. Default `positive-label`. */
  positiveLabelInput?: string;
}

/** Numbers by value, anything else by UTF-16 code units, as `Array.prototype.sort`. */
export function sortClasses(names: Iterable<string>, numeric: boolean): string[] {
  const list = [...names];
  return numeric ? list.sort((a, b) => Number(a) - Number(b)) : list.sort();
}

/**
 * The classes are those of the labels, the predicted classes and the score columns of every file,
 * as scikit-learn's `unique_labels` takes both the true and the predicted ones. With one score
 * column (the positive class's probability) there must be two classes. Where the data shows only
 * one class, the positive label, when given, is added, and a lone 0 or 1 is completed to 0/1.
 */
export function classSpace(
  files: readonly ClassificationFile[],
  options: ClassSpaceOptions = {},
): ClassSpace {
  const names = new Set<string>();
  let numeric = true;
  let onePositiveColumn = false;
  for (const file of files) {
    for (const column of [file.labels, file.predictions]) {
      if (column === undefined) continue;
      for (const name of column.names) names.add(name);
      numeric &&= column.numeric;
    }
    if (file.scores?.kind === "per-class") {
      for (const name of file.scores.classes) {
        names.add(name);
        numeric &&= Number.isFinite(Number(name)) && name.trim() !== "";
      }
    }
    if (file.scores?.kind === "positive") onePositiveColumn = true;
  }
  const { positiveLabel } = options;
  if (positiveLabel !== undefined && names.size < 2) {
    names.add(positiveLabel);
    numeric &&= String(Number(positiveLabel)) === positiveLabel;
  }
  if (onePositiveColumn && names.size === 1 && numeric) {
    for (const bit of ["0", "1"]) names.add(bit);
  }
  const classes = sortClasses(names, numeric);
  if (onePositiveColumn && classes.length !== 2) {
    const file = files.find((f) => f.scores?.kind === "positive")!;
    throw new DataError(
      file.file,
      `has one score column, the probability of the positive class of two, but the labels and predictions have ${classes.length} classes`,
      classes.length > 2
        ? "Give one probability column per class, named <score>_<class>, or a JSON list per row"
        : "Set the positive label, so that the two classes are known",
    );
  }
  const codeOf = new Map(classes.map((name, code) => [name, code]));
  let positive = -1;
  if (classes.length === 2) {
    positive = positiveLabel === undefined ? 1 : (codeOf.get(positiveLabel) ?? -1);
  }
  if (positiveLabel !== undefined && positive < 0) {
    throw new InputError(
      options.positiveLabelInput ?? "positive-label",
      `'${shorten(positiveLabel, 60)}' is not one of two classes (the classes are ${classes
        .slice(0, 10)
        .map((c) => `'${shorten(c, 60)}'`)
        .join(", ")}${classes.length > 10 ? ", ..." : ""})`,
      "Name the positive class as the label column writes it, for a task of two classes",
    );
  }
  return { classes, positive, codeOf };
}
