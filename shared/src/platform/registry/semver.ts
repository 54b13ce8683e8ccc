import { InvalidNameError } from "./errors.js";

/** A version as the registry writes it: "v" followed by a SemVer 2.0.0 version. */
export interface SemVer {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  readonly prerelease: readonly string[];
  readonly build: readonly string[];
}

const NUMBER = "0|[1-9]\\d*";
const PRE_ID = "0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*";
const BUILD_ID = "[0-9a-zA-Z-]+";
/** The grammar of semver.org 2.0.0, with the registry's leading "v". */
export const VERSION_PATTERN =
  `v(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})` +
  `(?:-((?:${PRE_ID})(?:\\.(?:${PRE_ID}))*))?` +
  `(?:\\+(${BUILD_ID}(?:\\.${BUILD_ID})*))?`;
const VERSION = new RegExp(`^${VERSION_PATTERN}$`);

export function parseVersion(text: string): SemVer | undefined {
  const match = VERSION.exec(text);
  if (!match) return undefined;
  const numbers = [match[1], match[2], match[3]].map(Number);
  // Beyond 2^53 the numbers would compare wrongly; no real version gets there.
  if (numbers.some((n) => !Number.isSafeInteger(n))) return undefined;
  const [major, minor, patch] = numbers as [number, number, number];
  return {
    major,
    minor,
    patch,
    prerelease: match[4] ? match[4].split(".") : [],
    build: match[5] ? match[5].split(".") : [],
  };
}

/** `v1` or `v1.2`: SemVer wants all three numbers, and which were meant is plain. */
const SHORT = new RegExp(`^v(${NUMBER})(?:\\.(${NUMBER}))?$`);

export function assertVersion(text: string): SemVer {
  const version = parseVersion(text);
  if (!version) {
    const short = SHORT.exec(text);
    throw new InvalidNameError(
      "version",
      text,
      "is not 'v' followed by a SemVer 2 version",
      short
        ? `Write all three numbers: v${short[1]}.${short[2] ?? 0}.0`
        : "Write it as v1.2.0 (optionally v1.2.0-rc.1 or v1.2.0+build.5)",
    );
  }
  return version;
}

export const formatVersion = (v: SemVer): string =>
  `v${v.major}.${v.minor}.${v.patch}` +
  (v.prerelease.length ? `-${v.prerelease.join(".")}` : "") +
  (v.build.length ? `+${v.build.join(".")}` : "");

const comparePreId = (a: string, b: string): number => {
  const numericA = /^\d+$/.test(a);
  const numericB = /^\d+$/.test(b);
  if (numericA && numericB) return Math.sign(Number(a) - Number(b));
  if (numericA !== numericB) return numericA ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
};

/** SemVer precedence (semver.org item 11): build metadata does not count. */
export function compareVersions(a: SemVer, b: SemVer): number {
  const core = Math.sign(a.major - b.major || a.minor - b.minor || a.patch - b.patch);
  if (core !== 0) return core;
  if (!a.prerelease.length || !b.prerelease.length)
    return a.prerelease.length ? -1 : b.prerelease.length ? 1 : 0;
  for (let i = 0; i < Math.min(a.prerelease.length, b.prerelease.length); i++) {
    const order = comparePreId(a.prerelease[i]!, b.prerelease[i]!);
    if (order !== 0) return order;
  }
  return Math.sign(a.prerelease.length - b.prerelease.length);
}

export type Bump = "major" | "minor" | "patch";

/** The next release after `from` (or after v0.0.0 when there is none). */
export function bumpVersion(from: SemVer | undefined, bump: Bump): SemVer {
  const base = from ?? { major: 0, minor: 0, patch: 0, prerelease: [], build: [] };
  const released = { prerelease: [], build: [] };
  // A prerelease bumps to its own release: v1.3.0-rc.1 + patch is v1.3.0, as in npm's semver.
  if (base.prerelease.length) {
    if (
      bump === "patch" ||
      (bump === "minor" && base.patch === 0) ||
      (bump === "major" && base.minor === 0 && base.patch === 0)
    )
      return { major: base.major, minor: base.minor, patch: base.patch, ...released };
  }
  if (bump === "major") return { major: base.major + 1, minor: 0, patch: 0, ...released };
  if (bump === "minor") return { major: base.major, minor: base.minor + 1, patch: 0, ...released };
  return { major: base.major, minor: base.minor, patch: base.patch + 1, ...released };
}
