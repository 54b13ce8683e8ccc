import { describe, expect, it } from "vitest";
import { formatDuration } from "@mlops/shared";

describe("a timeout as a run's failure names it", () => {
  it("is written as the timeout input takes it, in its largest whole unit", () => {
    expect(formatDuration(7_200_000)).toBe("2h");
    expect(formatDuration(5_400_000)).toBe("90m");
    expect(formatDuration(90_000)).toBe("90s");
    expect(formatDuration(1500)).toBe("1.5s");
    expect(formatDuration(250)).toBe("250ms");
  });
});
