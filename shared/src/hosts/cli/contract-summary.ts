/** What `mlops contract` does, in the program's help and its own. */
export const CONTRACT_SUMMARY =
  "write a starter data contract for validate-data from a dataset or its profile";
