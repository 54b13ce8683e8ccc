/** The longest column name echoed in a summary, page, log line or error; headers are untrusted. */
export const NAME_LIMIT = 200;

/** A column name as echoed: cut to NAME_LIMIT characters, with an ellipsis when it was longer. */
export const shownName = (name: string): string =>
  name.length > NAME_LIMIT ? `${name.slice(0, NAME_LIMIT)}…` : name;
