import type { ReadOptions } from "./read-options.js";
import type { TableTyping } from "./table-typing.js";

/** What the readers of one dataset share: the options, and the typing once it is known. */
export interface ReadContext {
  readonly options: ReadOptions;
  typing?: TableTyping;
}
