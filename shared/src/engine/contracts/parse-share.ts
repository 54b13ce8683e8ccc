/** A policy's amount as a share: a number as it is, a percentage (`'2%'`) divided by 100. */
export const parseShare = (amount: number | string): number =>
  typeof amount === "number" ? amount : Number.parseFloat(amount) / 100;
