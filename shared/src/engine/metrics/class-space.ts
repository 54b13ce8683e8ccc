import { basename } from "node:path";
import { DataError } from "../data/data-error.js";
import { InputError } from "../errors.js";
import { didYouMean, spacesOrCase } from "../report/closest-name.js";
import { REFUSAL_NAME_LIMIT, shorten } from "../report/shorten.js";
import type { CategoryColumn, ClassificationFile } from "./predictions.js";

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

/** A class name as errors quote it. */
const quoted = (name: string) => `'${shorten(name, REFUSAL_NAME_LIMIT)}'`;

/** Class names as an error lists them: the first ten. */
export const classList = (classes: readonly string[]): string =>
  classes.slice(0, 10).map(quoted).join(", ") + (classes.length > 10 ? ", ..." : "");

/** A name of a label or prediction column, with its column, for an error at its first cell. */
interface NamedCell {
  readonly file: ClassificationFile;
  readonly column: CategoryColumn;
  readonly code: number;
  readonly name: string;
}

/**
 * The names of the label columns first (each file's, as the labels are the truth), then of the
 * prediction columns, each column's in the order its file writes them. A column not read from a
 * file has no order but its names'.
 */
function* namesInOrder(files: readonly ClassificationFile[]): Generator<NamedCell> {
  const columns = [
    ...files.map((file) => ({ file, column: file.labels })),
    ...files.flatMap((file) => (file.predictions ? [{ file, column: file.predictions }] : [])),
  ];
  for (const { file, column } of columns) {
    const at = column.firstCells?.at;
    const codes = column.names.map((_, code) => code);
    if (at) codes.sort((a, b) => at[a]! - at[b]!);
    for (const code of codes) yield { file, column, code, name: column.names[code]! };
  }
}

/** The error at the first cell of a name, or of its file where the column was read from none. */
const refuseAt = (cell: NamedCell, problem: string, fix: string): DataError =>
  cell.column.firstCells
    ? cell.column.firstCells.refuse(cell.code, problem, fix)
    : new DataError(cell.file.file, problem, fix);

/** The first value that makes a third class, in the order of `namesInOrder`. */
function thirdClass(files: readonly ClassificationFile[]) {
  const seen: string[] = [];
  for (const cell of namesInOrder(files)) {
    if (seen.includes(cell.name)) continue;
    if (seen.length === 2) return { ...cell, two: seen };
    seen.push(cell.name);
  }
  return undefined;
}

/** Whether a class name is written as a number, so that classes sort as numbers. */
const writtenAsNumber = (name: string) => name.trim() !== "" && Number.isFinite(Number(name));

/**
 * "Did you mean ...? " for a class name that is not one of `classes`, saying how it differs from
 * the one it likely means: only by spaces or case (`'Barolo '`, `'barolo'` for `'Barolo'`), a
 * mistake no reader of the file sees; only as the number is written (`1.0` for `1`); or by a
 * typo. "" where no class is near.
 */
function nearClass(name: string, classes: readonly string[]): string {
  const how = (known: string) => {
    const same = writtenAsNumber(known) && writtenAsNumber(name) && Number(known) === Number(name);
    return (
      spacesOrCase(name, known) ?? (same ? "it is the same number written otherwise" : undefined)
    );
  };
  for (const known of classes) {
    const differs = how(known);
    if (differs) return `Did you mean ${quoted(known)} (${differs})? `;
  }
  return didYouMean(name, classes, quoted, false);
}

/**
 * Refuses a label or predicted class for which no file has a probability column, where a file
 * has one per class: those columns say what the classes are, so a value beyond them (most often
 * a class spelt with a stray space or in another case) is a mistake in the cell that writes it,
 * not a column that the files lack. Refused at that cell, whatever the metrics read.
 */
function refuseUnscoredClass(files: readonly ClassificationFile[]): void {
  const scored = files.filter((file) => file.scores?.kind === "per-class");
  const known = new Set(
    scored.flatMap((file) => (file.scores?.kind === "per-class" ? file.scores.classes : [])),
  );
  // One such column alone may be the positive class's of two, which names no other class.
  if (known.size < 2) return;
  const classes = sortClasses(known, [...known].every(writtenAsNumber));
  // Named by role, not path: the files are paths here, shown otherwise where the error is told.
  const whose = (file: ClassificationFile) => {
    const other = scored.some((f) => f !== file);
    return scored.includes(file) ? (other ? "both files'" : "this file's") : "the other file's";
  };
  for (const cell of namesInOrder(files)) {
    if (known.has(cell.name)) continue;
    throw refuseAt(
      cell,
      `${quoted(cell.name)} is not one of the classes (${classList(classes)}), those of ${whose(cell.file)} probability columns <score>_<class>`,
      `${nearClass(cell.name, classes)}Write the class as its probability column names it; if ${quoted(cell.name)} is a class of its own, give it a probability column in each file`,
    );
  }
}

/**
 * The codes of the classes whose probability columns a file of per-class columns must have: the
 * positive class's of two, else every class's.
 */
export const scoredClasses = (space: Pick<ClassSpace, "classes" | "positive">): number[] =>
  space.positive >= 0 ? [space.positive] : space.classes.map((_, code) => code);

/** The classes a file's probability columns `<score>_<class>` name; none for other scores. */
const perClassOf = (file: ClassificationFile): readonly string[] =>
  file.scores?.kind === "per-class" ? file.scores.classes : [];

/**
 * Refuses a probability column of a class that no label or predicted class is, where only one
 * file has it: either that file has a column of a class the task does not have, or the other
 * lacks one of a class these rows happen not to hold (a sample of a task of many classes), and
 * the files cannot tell which, so both are named with both fixes. For a class that a label or
 * prediction is, the file without its column is refused for lacking it (`alignScores`). Not
 * with two classes: the one scored then is the positive class, a class of the task whatever the
 * rows hold (a batch of negatives alone).
 */
function refuseOddScoreColumn(
  files: readonly ClassificationFile[],
  space: Pick<ClassSpace, "classes" | "positive">,
): void {
  if (space.positive >= 0) return;
  const written = new Set(
    files.flatMap((file) => [...file.labels.names, ...(file.predictions?.names ?? [])]),
  );
  const scored = files.filter((file) => file.scores?.kind === "per-class");
  for (const file of scored) {
    for (const code of scoredClasses(space)) {
      const name = space.classes[code]!;
      if (written.has(name) || perClassOf(file).includes(name)) continue;
      const odd = scored.find((other) => perClassOf(other).includes(name));
      if (odd === undefined) continue;
      throw new DataError(
        file.file,
        `has no probability column for class ${quoted(name)}, which the other file, ${basename(odd.file)}, has, and no label or predicted class of either file is ${quoted(name)}`,
        `If ${quoted(name)} is a class of the task, add its column to this file as the other names it; if it is not (a class the model knows and the task does not), drop the column from the other file`,
      );
    }
  }
}

/**
 * One score column with more than two classes: refused at the first value of a third class
 * (its file, line and column), which is the mistake when the task has two classes, with the
 * form of scores a task of more classes needs.
 */
function thirdClassError(
  files: readonly ClassificationFile[],
  scored: ClassificationFile,
  classes: readonly string[],
): DataError {
  const perClass =
    "give one probability column per class, named <score>_<class>, or a JSON list per row";
  const third = thirdClass(files);
  // A third class named only by the probability columns of the other file: no cell to point at.
  if (third === undefined) {
    return new DataError(
      scored.file,
      `has one score column, the probability of the positive class of two, but there are ${classes.length} classes`,
      perClass.charAt(0).toUpperCase() + perClass.slice(1),
    );
  }
  const whose = third.file.scores?.kind === "positive" ? "its" : `${scored.file}'s`;
  const problem = `${quoted(third.name)} is a third class, after ${third.two.map(quoted).join(" and ")}, but ${whose} one score column is the probability of the positive class of two`;
  const fix = `Write ${third.two.map(quoted).join(" or ")} there if the task has two classes; if it has more, ${perClass}`;
  return refuseAt(third, problem, `${nearClass(third.name, third.two)}${fix}`);
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
  refuseUnscoredClass(files);
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
        numeric &&= writtenAsNumber(name);
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
    if (classes.length > 2) throw thirdClassError(files, file, classes);
    throw new DataError(
      file.file,
      `has one score column, the probability of the positive class of two, but the labels and predictions have ${classes.length} classes`,
      "Set the positive label, so that the two classes are known",
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
      `${quoted(positiveLabel)} is not one of two classes (the classes are ${classList(classes)})`,
      "Name the positive class as the label column writes it, for a task of two classes",
    );
  }
  refuseOddScoreColumn(files, { classes, positive });
  return { classes, positive, codeOf };
}
