/**
 * git's settings for every git the suite runs, in a folder that may hold untrusted files, given
 * on its command line, which outranks any repository's config: a committed folder laid out as a
 * bare repository (HEAD, objects/, refs/, config) is never taken for one by itself, since its
 * config could name a remote helper (`ext::sh -c ...`), an ssh command or a file-system monitor
 * that git would run; and the `ext` transport, which runs a command, is never used.
 */
export const HARDENED_GIT = [
  "-c",
  "safe.bareRepository=explicit",
  "-c",
  "protocol.ext.allow=never",
] as const;
