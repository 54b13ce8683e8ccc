import { InputError } from "../../engine/errors.js";
import { decimalValue, type InputKind } from "../../interface/inputs.js";

/**
 * The canary's weight at each step: whole percentages above 0, at most 100, rising. Whole,
 * because the traffic tools the weight is handed to take whole percents (nginx weights, Istio,
 * Argo Rollouts): 2.5 would be refused or cut there, after the rollout started.
 */
export const weightSteps = (): InputKind<number[]> => ({
  type: "list of percentages",
  absent: [],
  parse: (text, input) => {
    const items = text.split(/[,\s]+/).filter((item) => item !== "");
    const steps = items.map((item) => {
      const value = decimalValue(item.replace(/%$/, ""));
      if (!Number.isFinite(value) || value <= 0 || value > 100)
        throw new InputError(
          input,
          `'${item}' is not a percentage above 0 and at most 100`,
          "Give rising weights such as 5,25,50,100",
        );
      if (!Number.isInteger(value))
        throw new InputError(
          input,
          `'${item}' is not a whole percentage`,
          "Give whole percents, as traffic tools take them, such as 5,25,50,100",
        );
      return value;
    });
    steps.forEach((value, i) => {
      if (i > 0 && value <= steps[i - 1]!)
        throw new InputError(
          input,
          `${value} follows ${steps[i - 1]}, but the weights must rise`,
          "Give rising weights such as 5,25,50,100",
        );
    });
    if (steps.length === 0)
      throw new InputError(input, "names no step", "Give rising weights such as 5,25,50,100");
    if (steps[0] === 100)
      throw new InputError(
        input,
        "starts at 100, where the baseline serves nothing to judge the canary against",
        "Give at least one step below 100, such as 10,100",
      );
    return steps;
  },
});

/** An http(s) URL; credentials in it would be logged, so they are refused. */
export const httpUrl = (): InputKind<URL | undefined> => ({
  type: "URL",
  absent: undefined,
  parse: (text, input) => {
    let url: URL;
    try {
      url = new URL(text.trim());
    } catch {
      throw new InputError(
        input,
        `'${text.trim().slice(0, 100)}' is not a URL`,
        "Give an http:// or https:// URL",
      );
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
      throw new InputError(
        input,
        `uses ${url.protocol}, not http or https`,
        "Give an http:// or https:// URL",
      );
    if (url.username || url.password)
      throw new InputError(
        input,
        "carries a user name or password, which would show in logs",
        "Remove them from the URL and pass the credential as a token or secret input",
      );
    return url;
  },
});

/**
 * A variant's name: it is filled into traffic commands, shell scripts with `shell: true`
 * included, so only characters no shell or PromQL string reads as syntax.
 */
export const variantName = (): InputKind<string | undefined> => ({
  type: "name",
  absent: undefined,
  parse: (text, input) => {
    if (!/^[A-Za-z0-9][A-Za-z0-9._:-]{0,62}$/.test(text.trim()))
      throw new InputError(
        input,
        `'${text.trim().slice(0, 100)}' is not a variant name`,
        "Use letters, digits, '.', '_', ':' and '-', at most 63, starting with a letter or digit",
      );
    return text.trim();
  },
});

/** A Prometheus label name. */
export const labelName = (): InputKind<string | undefined> => ({
  type: "label name",
  absent: undefined,
  parse: (text, input) => {
    if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(text.trim()))
      throw new InputError(
        input,
        `'${text.trim().slice(0, 100)}' is not a Prometheus label name`,
        "Use letters, digits and _, starting with a letter or _",
      );
    return text.trim();
  },
});
