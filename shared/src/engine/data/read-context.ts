import type { ReadOptions } from "./read-options.js";
import type { TableTyping } from "./table-typing.js";

/** What the readers of one dataset share: the options, and the typing once it is known. */
export interface ReadContext {
  readonly options: ReadOptions;
  typing?: TableTyping;
  /**
   * JSON Lines only: the column the empty key `""` is read as, once the typing is known, where
   * the rows it was typed from have the key (`Unnamed: ` and its position, as CSV names an
   * empty header field); every file of the read gives the key that name.
   */
  emptyKeyColumn?: string;
}
