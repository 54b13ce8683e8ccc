/** `holm` (default) and `none` control the family-wise error, `bh` the false discovery rate. */
export type Correction = "holm" | "bh" | "none";
