import { describe, expect, test } from "vitest";
import { CompactNumbers, sortSample } from "@mlops/shared";
import { seededRandom } from "../helpers/seeded-random.js";

/** The doubles a CompactNumbers gives back after taking `batches`, and what it skipped. */
function roundTrip(batches: number[][]) {
  const numbers = new CompactNumbers();
  let skipped = 0;
  for (const batch of batches) skipped += numbers.addFinite(Float64Array.from(batch));
  return { values: Array.from(numbers.decoded()), skipped, length: numbers.length };
}

/** Bit-for-bit equality, -0 and 0 apart. */
const same = (a: number[], b: number[]) =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

describe("CompactNumbers, a numeric sample in half the memory where the values allow", () => {
  test("gives back every finite value exactly, in order, whatever its decimals", () => {
    const random = seededRandom(3);
    const batches = Array.from({ length: 20 }, (_, b) =>
      Array.from({ length: 500 }, () => {
        const decimals = Math.floor(random() * (b + 1));
        return Number(((random() - 0.5) * 2000).toFixed(Math.min(decimals, 12)));
      }),
    );
    const { values } = roundTrip(batches);
    expect(same(values, batches.flat())).toBe(true);
  });

  test("keeps -0, huge and tiny values, and skips NaN and infinities", () => {
    const input = [1.25, -0, 0, 3e300, 5e-324, NaN, 7, Infinity, -Infinity, 2 ** 40, 0.1 + 0.2];
    const { values, skipped, length } = roundTrip([input.slice(0, 5), input.slice(5)]);
    const finite = input.filter(Number.isFinite);
    expect(same(values, finite)).toBe(true);
    expect(skipped).toBe(3);
    expect(length).toBe(finite.length);
  });

  test("scales kept integers up when a value needs more decimals", () => {
    const input = [
      [12, -3, 400],
      [1.5, 2.25],
      [-0.001, 123456.789],
    ];
    expect(same(roundTrip(input).values, input.flat())).toBe(true);
  });

  test("keeps values across many chunks, scaled up and then turned to doubles late", () => {
    const random = seededRandom(5);
    // 200,000 values, past the largest chunk (65,536) three times: whole numbers, then two
    // decimals from the 150,000th, then a double with no short decimal at the 180,000th.
    const values = Array.from({ length: 200_000 }, (_, i) => {
      const whole = Math.floor((random() - 0.5) * 1e6);
      if (i < 150_000) return whole;
      return i === 180_000 ? Math.PI : Number((whole / 100).toFixed(2));
    });
    const batches = Array.from({ length: 13 }, (_, b) =>
      values.slice(b * 16_384, (b + 1) * 16_384),
    );
    expect(same(roundTrip(batches).values, values)).toBe(true);
    const numbers = new CompactNumbers();
    for (const batch of batches.slice(0, 10)) numbers.addFinite(Float64Array.from(batch));
    expect(
      same(
        Array.from(numbers.sorted()),
        Array.from(Float64Array.from(values.slice(0, 163_840)).sort()),
      ),
    ).toBe(true);
  });

  test("takes values after it was sorted, empty or not, and gives them back in order", () => {
    for (const before of [[], [2, 0.5]]) {
      const numbers = new CompactNumbers();
      numbers.addFinite(Float64Array.from(before));
      expect(numbers.distinct()).toBe(before.length);
      numbers.addFinite(Float64Array.from([5, 1.5]));
      expect(Array.from(numbers.sorted())).toEqual([...before, 5, 1.5].sort((a, b) => a - b));
    }
  });

  describe("sorted, as the drift tests take them", () => {
    /**
     * The sample's sorted values each way it gives them (kept, taken, packed), and the
     * typed-array sort of the same values.
     */
    function bothSorts(values: number[]) {
      const sample = () => {
        const numbers = new CompactNumbers();
        // Several batches, so that the integers are scaled up and regrown on the way.
        for (let i = 0; i < values.length; i += 4000) {
          numbers.addFinite(Float64Array.from(values.slice(i, i + 4000)));
        }
        return numbers;
      };
      const packed = sample();
      packed.pack();
      const typed = Array.from(Float64Array.from(values).sort());
      const ways = [sample().sorted(), sample().takeSorted(), packed.sorted()].map((sorted) =>
        Array.from(sorted),
      );
      return { ours: ways[0]!, typed, allAlike: ways.every((way) => same(way, typed)) };
    }

    test.each([
      ["integers of either sign", (r: () => number) => Math.round((r() - 0.5) * 2 ** 31)],
      ["prices with two decimals", (r: () => number) => Number((r() * 1e5).toFixed(2))],
      ["few distinct values", (r: () => number) => Math.floor(r() * 5) - 2],
      ["doubles with no short decimal", (r: () => number) => (r() - 0.5) * Math.PI],
    ])("sorts %s exactly as Float64Array.prototype.sort does", (_, draw) => {
      const random = seededRandom(11);
      const { allAlike } = bothSorts(Array.from({ length: 30_000 }, () => draw(random)));
      expect(allAlike).toBe(true);
    });

    test("puts -0 before 0, as the typed-array sort does", () => {
      const { ours, allAlike } = bothSorts([0, -0, 2.5, -1, 0, -0]);
      expect(allAlike).toBe(true);
      expect(Object.is(ours[1], -0) && Object.is(ours[3], 0)).toBe(true);
    });
  });
});

describe("a packed CompactNumbers, a complete sample kept in a byte or two a value", () => {
  const packedSorted = (values: number[]) => {
    const numbers = new CompactNumbers();
    numbers.addFinite(Float64Array.from(values));
    numbers.pack();
    return Array.from(numbers.sorted());
  };
  const ascending = (values: number[]) => values.filter(Number.isFinite).sort((a, b) => a - b);

  test("gives back the values sorted, exactly: repeats, negatives, gaps up to 2^32", () => {
    const random = seededRandom(9);
    const values = Array.from({ length: 5_000 }, () => Number((random() * 200 - 50).toFixed(4)));
    values.push(...values.slice(0, 100), 2 ** 31 - 1, -(2 ** 31 - 1), 0, 0, 127, 128, 16_384);
    expect(same(packedSorted(values), ascending(values))).toBe(true);
  });

  test("keeps doubles as doubles, and an empty sample empty", () => {
    const values = [0.1 + 0.2, -0, 3e300, 1.5, 5e-324];
    expect(same(packedSorted(values), [-0, 5e-324, 0.1 + 0.2, 1.5, 3e300])).toBe(true);
    expect(packedSorted([])).toEqual([]);
  });

  test("hands out its sorted values as a sorted sample, packed or not, which the tests take as is", () => {
    for (const pack of [false, true]) {
      const numbers = new CompactNumbers();
      numbers.addFinite(Float64Array.from([2.5, -1, 0.25, -1, 7]));
      if (pack) numbers.pack();
      const sorted = numbers.sorted();
      expect(Array.from(sorted)).toEqual([-1, -1, 0.25, 2.5, 7]);
      expect(sortSample(sorted)).toBe(sorted);
    }
  });

  test("counts its distinct values as it packs, -0 and 0 as one, as unpacked it counts them sorted", () => {
    const random = seededRandom(13);
    const prices = Array.from({ length: 20_000 }, () => Math.floor(random() * 3000) / 100);
    for (const [values, distinct] of [
      [prices, new Set(prices).size],
      [[0.1 + 0.2, -0, 0, 3e300, 3e300, 5e-324], 4],
      [[], 0],
    ] as const) {
      for (const pack of [true, false]) {
        const numbers = new CompactNumbers();
        numbers.addFinite(Float64Array.from(values));
        if (pack) numbers.pack();
        expect(numbers.distinct()).toBe(distinct);
      }
    }
  });

  test.each([
    ["integers", [2, 1]],
    ["doubles", [Math.PI, 1]],
  ])("takes no more values once packed, as %s", (_, values) => {
    const numbers = new CompactNumbers();
    numbers.addFinite(Float64Array.from(values));
    numbers.pack();
    expect(() => numbers.addFinite(Float64Array.from([3]))).toThrow("packed");
    expect(() => numbers.decoded()).toThrow("ask sorted()");
    expect(Array.from(numbers.sorted())).toEqual([...values].sort((a, b) => a - b));
  });
});

describe("sorted values taken once, into a room reused from sample to sample", () => {
  const sampleOf = (values: number[]) => {
    const numbers = new CompactNumbers();
    numbers.addFinite(Float64Array.from(values));
    return numbers;
  };

  test.each([
    ["integers", [3, -2, 7, 3, 0, 12]],
    ["prices", [2.25, 0.5, 2.25, -1.75]],
    ["doubles", [Math.PI, -0, 0, 1e300, Math.PI]],
    ["no values", []],
  ])(
    "takeSorted gives %s sorted, keeps their count and distinct count, and nothing else",
    (_, values) => {
      const numbers = sampleOf(values);
      const taken = numbers.takeSorted();
      expect(same(Array.from(taken), Array.from(Float64Array.from(values).sort()))).toBe(true);
      if (values.length > 0) expect(sortSample(taken)).toBe(taken);
      expect(numbers.length).toBe(values.length);
      expect(numbers.distinct()).toBe(new Set(values.map((v) => v + 0)).size);
      expect(() => numbers.sorted()).toThrow("values were taken");
      expect(() => numbers.decoded()).toThrow("values were taken");
      expect(() => numbers.addFinite(Float64Array.from([1]))).toThrow("takes no more values");
    },
  );

  test("a packed sample gives its values when taken, and keeps them", () => {
    const numbers = sampleOf([5, 1.5, -3]);
    numbers.pack();
    expect(Array.from(numbers.takeSorted())).toEqual([-3, 1.5, 5]);
    expect(Array.from(numbers.takeSorted())).toEqual([-3, 1.5, 5]);
  });

  test("writes into the room it is given where the room has 8 bytes a value, else into a new array", () => {
    const room = new ArrayBuffer(8 * 6);
    // Whatever the room held before is not read.
    new Float64Array(room).fill(NaN);
    const kept = sampleOf([4, 2, 9, 1]).sorted(room);
    expect(kept.buffer).toBe(room);
    expect(Array.from(kept)).toEqual([1, 2, 4, 9]);
    const taken = sampleOf([0.5, -7.25, 3, 3, 100, 2]).takeSorted(room);
    expect(taken.buffer).toBe(room);
    expect(Array.from(taken)).toEqual([-7.25, 0.5, 2, 3, 3, 100]);
    const doubles = sampleOf([Math.E, Math.PI, 1]).takeSorted(room);
    expect(doubles.buffer).toBe(room);
    expect(Array.from(doubles)).toEqual([1, Math.E, Math.PI]);
    const longer = sampleOf([9, 8, 7, 6, 5, 4, 3]).takeSorted(room);
    expect(longer.buffer).not.toBe(room);
    expect(Array.from(longer)).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });

  test("sorts a long sample of doubles inside the room as well", () => {
    const random = seededRandom(19);
    const values = Array.from({ length: 5_000 }, () => (random() - 0.5) * Math.PI);
    const room = new ArrayBuffer(8 * 6_000);
    new Float64Array(room).fill(NaN);
    const taken = sampleOf(values).takeSorted(room);
    expect(taken.buffer).toBe(room);
    expect(same(Array.from(taken), Array.from(Float64Array.from(values).sort()))).toBe(true);
  });

  test("packs alike sorted in a room or not, and the room is the sort's to use", () => {
    const random = seededRandom(17);
    const values = Array.from({ length: 10_000 }, () => Math.round((random() - 0.3) * 1e6) / 100);
    const room = new ArrayBuffer(8 * values.length);
    const inRoom = sampleOf(values);
    inRoom.pack(room);
    const alone = sampleOf(values);
    alone.pack();
    expect(same(Array.from(inRoom.sorted()), Array.from(alone.sorted()))).toBe(true);
    expect(inRoom.distinct()).toBe(alone.distinct());
    // The room then serves the next sample's sort.
    expect(Array.from(sampleOf([2, 1]).takeSorted(room))).toEqual([1, 2]);
  });
});

describe("a sample handed over to another thread", () => {
  /** The sample through structuredClone with its buffers transferred, as postMessage sends it. */
  const acrossThreads = (numbers: CompactNumbers) => {
    const { state, transfer } = numbers.handOver();
    return CompactNumbers.handedOver(structuredClone(state, { transfer }));
  };

  test.each([
    ["integers, as read", [3, -2, 7, 3, 0, 12], false],
    ["prices, packed", [2.25, 0.5, 2.25, -1.75], true],
    ["doubles, as read", [Math.PI, -0, 0, 1e300, Math.PI], false],
    ["doubles, packed", [Math.E, -0, 1e-300, Math.E], true],
  ])("%s: gives the same sorted values there, and none here", (_, values, packed) => {
    const here = new CompactNumbers();
    here.addFinite(Float64Array.from(values));
    if (packed) here.pack();
    const there = acrossThreads(here);
    expect(there.length).toBe(values.length);
    expect(same(Array.from(there.takeSorted()), Array.from(Float64Array.from(values).sort()))).toBe(
      true,
    );
    expect(() => here.sorted()).toThrow("values were taken");
    expect(() => here.takeSorted()).toThrow("values were taken");
    expect(() => here.addFinite(Float64Array.from([1]))).toThrow("takes no more values");
  });

  test("a sample of many chunks moves without a copy: its buffers are detached here", () => {
    const here = new CompactNumbers();
    here.addFinite(Float64Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 100_003));
    const { state, transfer } = here.handOver();
    expect(transfer.length).toBeGreaterThan(1);
    const there = CompactNumbers.handedOver(structuredClone(state, { transfer }));
    expect(transfer.every((buffer) => buffer.byteLength === 0)).toBe(true);
    const sorted = there.takeSorted();
    expect(sorted.length).toBe(200_000);
    expect(sorted.every((v, i) => i === 0 || sorted[i - 1]! <= v)).toBe(true);
  });
});
