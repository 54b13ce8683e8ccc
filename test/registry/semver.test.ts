import { describe, expect, it } from "vitest";
import { bumpVersion, compareVersions, formatVersion, parseVersion } from "@mlops/shared";

const v = (text: string) => {
  const parsed = parseVersion(text);
  if (!parsed) throw new Error(`not a version: ${text}`);
  return parsed;
};

describe("versions (v + SemVer 2)", () => {
  it("orders by SemVer precedence, as semver.org's own example", () => {
    const ordered = [
      "v1.0.0-alpha",
      "v1.0.0-alpha.1",
      "v1.0.0-alpha.beta",
      "v1.0.0-beta",
      "v1.0.0-beta.2",
      "v1.0.0-beta.11",
      "v1.0.0-rc.1",
      "v1.0.0",
      "v1.0.1",
      "v1.1.0",
      "v2.0.0",
      "v10.0.0",
    ];
    const shuffled = [...ordered].reverse();
    expect(shuffled.sort((a, b) => compareVersions(v(a), v(b)))).toEqual(ordered);
  });

  it("ignores build metadata in precedence, but keeps it in the text", () => {
    expect(compareVersions(v("v1.0.0+a"), v("v1.0.0+b"))).toBe(0);
    expect(formatVersion(v("v1.0.0-rc.1+build.5"))).toBe("v1.0.0-rc.1+build.5");
  });

  it("refuses what SemVer refuses", () => {
    for (const text of [
      "1.0.0",
      "v1.0",
      "v01.0.0",
      "v1.0.0-01",
      "v1.0.0-",
      "v1.0.0+",
      "v1.0.0-a..b",
    ])
      expect(parseVersion(text), text).toBeUndefined();
  });

  it("bumps from the latest release, and a prerelease to its release", () => {
    expect(formatVersion(bumpVersion(undefined, "patch"))).toBe("v0.0.1");
    expect(formatVersion(bumpVersion(v("v1.2.3"), "patch"))).toBe("v1.2.4");
    expect(formatVersion(bumpVersion(v("v1.2.3"), "minor"))).toBe("v1.3.0");
    expect(formatVersion(bumpVersion(v("v1.2.3+b"), "major"))).toBe("v2.0.0");
    expect(formatVersion(bumpVersion(v("v1.3.0-rc.1"), "patch"))).toBe("v1.3.0");
    expect(formatVersion(bumpVersion(v("v1.3.0-rc.1"), "minor"))).toBe("v1.3.0");
    expect(formatVersion(bumpVersion(v("v1.3.1-rc.1"), "minor"))).toBe("v1.4.0");
  });
});
