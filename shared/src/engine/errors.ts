/**
 * Every failure a user can fix is one of these: it renders as one line that says where the
 * problem is (an input, a file and line, a field) and how to fix it. Anything else that escapes
 * is a bug, and is reported as one.
 */
export class MlopsError extends Error {
  constructor(
    message: string,
    /** How to fix it, in one sentence; appended to the message when shown. */
    readonly fix?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** The one line shown to the user. */
  get line(): string {
    const text = this.fix ? `${this.message}. ${this.fix}` : this.message;
    return text.replace(/\s*\n\s*/g, " ");
  }
}

/** An action input (or CLI flag) that is missing or malformed. */
export class InputError extends MlopsError {
  constructor(
    readonly input: string,
    readonly problem: string,
    fix?: string,
  ) {
    super(`input '${input}': ${problem}`, fix);
  }
}

/**
 * An input whose text is not valid YAML or JSON. How to keep such a value whole depends on where
 * it was written (a shell splits it at its spaces, a workflow reads `with:` as YAML first), which
 * only the host knows: `describeFailure` adds the host's advice to the fix.
 */
export class YamlInputError extends InputError {}

/** A file that cannot be read or parsed; names the file and, when known, the line. */
export class FileError extends MlopsError {
  constructor(
    readonly file: string,
    problem: string,
    fix?: string,
    readonly lineNumber?: number,
  ) {
    super(`${lineNumber === undefined ? file : `${file}:${lineNumber}`}: ${problem}`, fix);
  }
}

/** A document that parsed but does not satisfy its schema; names the field by JSON pointer. */
export class ContractError extends MlopsError {
  constructor(
    readonly file: string,
    readonly field: string,
    problem: string,
    fix?: string,
  ) {
    super(`${file}: field '${field || "/"}' ${problem}`, fix);
  }
}

/** Arguments to the command-line program that do not fit its grammar. */
export class UsageError extends MlopsError {}

/**
 * The action ran correctly and its verdict is a failure (a gate that did not pass). Not a
 * crash: the outputs and reports are all written before this is raised.
 */
export class VerdictFailure extends MlopsError {}
