export const id = 495;
export const ids = [495];
export const modules = {

/***/ 591:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ isNumericType)
/* harmony export */ });
function isNumericType(type) {
    return type !== "categorical" && type !== "text";
}


/***/ }),

/***/ 7145:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ ColumnProfiler)
});

// UNUSED EXPORTS: SHOWN_QUANTILES

// EXTERNAL MODULE: ./shared/dist/engine/data/column-type.js
var column_type = __webpack_require__(591);
// EXTERNAL MODULE: ./shared/dist/engine/profile/hash.js
var profile_hash = __webpack_require__(319);
// EXTERNAL MODULE: ./shared/dist/engine/profile/kept-text.js
var kept_text = __webpack_require__(1927);
;// CONCATENATED MODULE: ./shared/dist/engine/profile/hyperloglog.js

/**
 * HyperLogLog (Flajolet et al., 2007) over the 64-bit hash of `hash.ts`: a distinct count in
 * 2^p bytes with a relative standard error of 1.04 / sqrt(2^p): 1.6% at the default p = 12.
 * Linear counting takes over for small counts; with 64 bits no large-range correction is needed.
 * Merging is the register-wise maximum, so a merged sketch is identical to the sketch of the
 * concatenated data, whatever the order.
 */
class HyperLogLog {
    precision;
    registers;
    constructor(precision = 12, registers) {
        this.precision = precision;
        this.registers = registers ?? new Uint8Array(1 << precision);
    }
    /** Adds the value whose hash was just computed (`lastHash`). */
    addLastHash() {
        const high = profile_hash/* lastHash */.dc[0];
        const low = profile_hash/* lastHash */.dc[1];
        const p = this.precision;
        const index = high >>> (32 - p);
        const rest = (high << p) >>> 0;
        const rank = rest !== 0 ? Math.clz32(rest) + 1 : 32 - p + Math.clz32(low) + 1;
        if (rank > this.registers[index])
            this.registers[index] = rank;
    }
    merge(other) {
        if (other.precision !== this.precision) {
            throw new Error(`HyperLogLog precisions differ: ${this.precision} and ${other.precision}`);
        }
        for (let i = 0; i < this.registers.length; i++) {
            if (other.registers[i] > this.registers[i])
                this.registers[i] = other.registers[i];
        }
    }
    /** The estimated number of distinct values. */
    estimate() {
        const m = this.registers.length;
        let sum = 0;
        let zeros = 0;
        for (const r of this.registers) {
            sum += 2 ** -r;
            if (r === 0)
                zeros++;
        }
        const alpha = 0.7213 / (1 + 1.079 / m);
        const raw = (alpha * m * m) / sum;
        if (raw <= 2.5 * m && zeros > 0)
            return Math.round(m * Math.log(m / zeros));
        return Math.round(raw);
    }
    /** The relative standard error of `estimate`. */
    get relativeError() {
        return 1.04 / Math.sqrt(this.registers.length);
    }
    toBase64() {
        return Buffer.from(this.registers).toString("base64");
    }
    static fromBase64(precision, text) {
        const bytes = new Uint8Array(Buffer.from(text, "base64"));
        if (bytes.length !== 1 << precision) {
            throw new Error(`HyperLogLog registers: ${bytes.length} bytes for precision ${precision}`);
        }
        return new HyperLogLog(precision, bytes);
    }
}

;// CONCATENATED MODULE: ./shared/dist/engine/profile/misra-gries-batch.js


/** The order of a summary's entries: most frequent first, ties by value. */
function byCountThenValue(a, b) {
    if (a[1] !== b[1])
        return b[1] - a[1];
    const x = a[0];
    const y = b[0];
    if (typeof x === "number" && typeof y === "number")
        return x - y;
    return String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0;
}
/**
 * The Misra-Gries summary of `FrequentValues` past its cap, as one batch of strings is added:
 * the same entries, counts, `maxError` and entry order as adding them one at a time to the
 * `Map`, but through typed arrays. An entry is found by the HyperLogLog hash the value gets
 * anyway (no second hash of the string into a `Map`), a new one is appended, and a purge drops
 * entries without building a `Map`: on all-distinct text every purge drops all 2k + 1.
 */
class MisraGriesBatch {
    k;
    /**
     * Per entry its value; undefined for an entry taken from a cell, not yet decoded. Made full
     * length once and cleared in place: emptied and refilled, an array's storage is made again as
     * it grows, twice the summary's size in garbage at every purge.
     */
    values;
    /** Per entry taken from a cell of the batch in progress, its row. */
    rows;
    counts;
    hashes;
    /** Open addressing over the entries: index + 1 per slot, 0 when free; a power of two long. */
    slots;
    size = 0;
    scratch;
    constructor(k) {
        this.k = k;
        const most = 2 * k + 1;
        this.values = new Array(most).fill(undefined);
        this.rows = new Int32Array(most);
        this.counts = new Float64Array(most);
        this.hashes = new Int32Array(most);
        this.scratch = new Float64Array(most);
        let slots = 16;
        while (slots < 4 * most)
            slots *= 2;
        this.slots = new Int32Array(slots);
    }
    /**
     * Adds `counts[code]` of `dictionary[code]` for each code from `from` with a positive count,
     * in code order, hashing each into `hll`, to the summary `state` (updated in place).
     */
    run(state, dictionary, counts, from, hll) {
        this.load(state.counts);
        const limit = 2 * this.k;
        for (let code = from; code < dictionary.length; code++) {
            const c = counts[code];
            if (!(c > 0))
                continue;
            const value = (0,kept_text/* keptText */.ng)(dictionary[code]);
            (0,profile_hash/* hashString */.YZ)(value);
            hll.addLastHash();
            const entry = this.find(value, profile_hash/* lastHashInt32 */.VL[0]);
            if (entry >= 0)
                this.counts[entry] += c;
            else if (this.append(value, c, profile_hash/* lastHashInt32 */.VL[0]) > limit) {
                state.maxError += this.purge();
            }
        }
        this.store(state);
    }
    /**
     * Adds each present cell of `cells` from row `from`, one at a time in row order, hashing each
     * into `hll`, to the summary `state`. An entry keeps its cell's row, and its string is made
     * only if it outlives a purge or the batch: on all-distinct text, never.
     */
    runCells(state, cells, from, hll) {
        this.load(state.counts);
        const limit = 2 * this.k;
        for (let row = from; row < cells.length; row++) {
            if (cells.isMissing(row))
                continue;
            cells.hash(row);
            hll.addLastHash();
            const hash = profile_hash/* lastHashInt32 */.VL[0];
            const entry = this.findCell(cells, row, hash);
            if (entry >= 0)
                this.counts[entry]++;
            else {
                this.rows[this.size] = row;
                if (this.append(undefined, 1, hash) > limit)
                    state.maxError += this.purge(cells);
            }
        }
        this.store(state, cells);
    }
    /** Hands the entries back as the `Map` the summary keeps between batches. */
    store(state, cells) {
        state.counts = new Map();
        for (let i = 0; i < this.size; i++)
            state.counts.set(this.valueOf(i, cells), this.counts[i]);
    }
    /** Entry `i`'s value, decoded from its cell if it came from one. */
    valueOf(i, cells) {
        return this.values[i] ?? cells.text(this.rows[i]);
    }
    load(counts) {
        this.clear();
        counts.forEach((count, value) => {
            (0,profile_hash/* hashValue */.gg)(value);
            this.append(value, count, profile_hash/* lastHashInt32 */.VL[0]);
        });
    }
    clear() {
        this.values.fill(undefined, 0, this.size);
        this.size = 0;
        this.slots.fill(0);
    }
    /** The index of `value`'s entry, or -1. */
    find(value, hash) {
        const { slots, hashes, values } = this;
        const mask = slots.length - 1;
        for (let slot = hash & mask;; slot = (slot + 1) & mask) {
            const entry = slots[slot] - 1;
            if (entry < 0 || (hashes[entry] === hash && values[entry] === value))
                return entry;
        }
    }
    /** The index of the entry of row `row`'s cell, whose hash is `hash`, or -1. */
    findCell(cells, row, hash) {
        const { slots, hashes, values } = this;
        const mask = slots.length - 1;
        for (let slot = hash & mask;; slot = (slot + 1) & mask) {
            const entry = slots[slot] - 1;
            if (entry < 0)
                return -1;
            if (hashes[entry] !== hash)
                continue;
            const value = values[entry];
            if (value === undefined) {
                if (cells.same(row, this.rows[entry]))
                    return entry;
            }
            else if (typeof value === "string" && cells.equals(row, value))
                return entry;
        }
    }
    /** Adds an entry not in the summary (a cell's: its row set first); returns the new size. */
    append(value, count, hash) {
        const entry = this.size++;
        this.values[entry] = value;
        this.counts[entry] = count;
        this.hashes[entry] = hash;
        const mask = this.slots.length - 1;
        let slot = hash & mask;
        while (this.slots[slot] !== 0)
            slot = (slot + 1) & mask;
        this.slots[slot] = entry + 1;
        return this.size;
    }
    /**
     * `FrequentValues.purge` over the arrays: subtracts the (k+1)-th largest count from all,
     * drops the non-positive and puts the kept in order; returns the count subtracted.
     */
    purge(cells) {
        const n = this.size;
        if (n <= this.k)
            return 0;
        this.scratch.set(this.counts.subarray(0, n));
        const cut = this.scratch.subarray(0, n).sort()[n - 1 - this.k];
        const kept = [];
        for (let i = 0; i < n; i++) {
            if (this.counts[i] > cut)
                kept.push([this.valueOf(i, cells), this.counts[i]]);
        }
        this.clear();
        kept.sort(byCountThenValue);
        for (const [value, count] of kept) {
            (0,profile_hash/* hashValue */.gg)(value);
            this.append(value, count - cut, profile_hash/* lastHashInt32 */.VL[0]);
        }
        return cut;
    }
}

// EXTERNAL MODULE: ./shared/dist/engine/data/string-dictionary.js
var string_dictionary = __webpack_require__(1038);
// EXTERNAL MODULE: ./shared/dist/engine/data/typed-arrays.js
var typed_arrays = __webpack_require__(1393);
;// CONCATENATED MODULE: ./shared/dist/engine/profile/frequent-values.js






/**
 * The values of a column with their counts, and how many distinct values there are. While a
 * column has at most `exactCap` distinct values both are exact, and every value is kept, so two
 * summaries merge exactly. Past the cap:
 *
 * - the distinct count becomes a HyperLogLog estimate (every value hashed since the start);
 * - string columns keep a Misra-Gries summary (Misra and Gries, 1982; mergeable per Agarwal et
 *   al., 2012) of `frequentK` counters: when it grows past 2k counters, the (k+1)-th largest
 *   count is subtracted from all and the non-positive ones dropped. A kept count is a lower
 *   bound, short of the truth by at most `maxError`, which never exceeds n / (k + 1);
 * - numeric columns drop frequent values: with that many distinct numbers the quantiles and the
 *   histogram describe the column, and hashing alone keeps profiling fast.
 *
 * Ties in count are broken by value, so the summary is deterministic.
 */
class FrequentValues {
    settings;
    counts = new Map();
    exact = true;
    /** False once numbers pass the cap: the counts are no longer kept. */
    tracked = true;
    maxError = 0;
    hll;
    /** The counts, copied out for `purge` to sort. */
    scratch = new Float64Array(0);
    constructor(settings) {
        this.settings = settings;
    }
    /** Adds `count` occurrences of `value` (a long text as `keptText` writes it). */
    add(given, count) {
        const value = (0,kept_text/* keptValue */.Iq)(given);
        if (this.hll)
            this.hashInto(this.hll, value);
        if (!this.tracked)
            return;
        this.counts.set(value, (this.counts.get(value) ?? 0) + count);
        if (this.exact) {
            if (this.counts.size > this.settings.exactCap)
                this.leaveExact();
        }
        else if (this.counts.size > 2 * this.settings.frequentK)
            this.purge();
    }
    /** The working arrays of `addCounts` and `addCells` past the cap, made on first use. */
    batch;
    /**
     * Adds `counts[code]` occurrences of `dictionary[code]` for each code with a positive count,
     * in code order: the same summary as `add` per value. Past the cap the summary takes the
     * rest of the batch through typed arrays (`MisraGriesBatch`), not a `Map` entry per value.
     */
    addCounts(dictionary, counts) {
        let code = 0;
        for (; code < dictionary.length && (this.exact || !this.tracked); code++) {
            const c = counts[code];
            if (c > 0)
                this.add(dictionary[code], c);
        }
        if (code === dictionary.length)
            return;
        this.batch ??= new MisraGriesBatch(this.settings.frequentK);
        this.batch.run(this, dictionary, counts, code, this.hll);
    }
    /**
     * Adds each present cell of a text column's batch, in row order: the summary of `add` with a
     * count of 1 per cell. Past the cap the cells go through typed arrays (`MisraGriesBatch`).
     * A text column is always tracked.
     */
    addCells(cells) {
        const row = this.exact ? this.addExactCells(cells) : 0;
        if (row === cells.length)
            return;
        this.batch ??= new MisraGriesBatch(this.settings.frequentK);
        this.batch.runCells(this, cells, row, this.hll);
    }
    /** While exact, the distinct values of a batch of cells and their counts, for `addExactCells`. */
    cellValues;
    cellCounts = new Float64Array(0);
    /**
     * The exact part of `addCells`: the batch's cells counted per distinct value (a string made
     * once per value and batch, not per cell), then added in order of first appearance, which
     * gives exact counts the same as one by one. It stops at the cell whose value is one past the
     * cap, added last, so that the summary leaves its exact phase where it would cell by cell;
     * returns the row after that cell, or the batch's length.
     */
    addExactCells(cells) {
        const dictionary = (this.cellValues ??= new string_dictionary/* StringDictionary */.w());
        dictionary.clear();
        let counts = this.cellCounts;
        // How many more distinct values the counts take before they pass the cap.
        let room = this.settings.exactCap - this.counts.size;
        let past = -1;
        for (let row = 0; row < cells.length && past < 0; row++) {
            if (cells.isMissing(row))
                continue;
            const seen = dictionary.values.length;
            const code = cells.codeIn(dictionary, row);
            if (code === seen) {
                if (!this.counts.has(dictionary.values[code]) && room-- === 0)
                    past = row;
                if (code === counts.length)
                    counts = this.cellCounts = (0,typed_arrays/* grown */.gT)(counts, code + 1);
            }
            if (past < 0)
                counts[code]++;
        }
        for (let code = 0; code < dictionary.values.length; code++) {
            if (counts[code] > 0)
                this.add(dictionary.values[code], counts[code]);
            counts[code] = 0;
        }
        if (past < 0)
            return cells.length;
        this.add(cells.text(past), 1);
        return past + 1;
    }
    /** Adds a value already known to be past the cap for numbers (hash only): the fast path. */
    addHashOnly(value) {
        (0,profile_hash/* hashNumber */.YR)(value);
        this.hll.addLastHash();
    }
    hashInto(hll, value) {
        (0,profile_hash/* hashValue */.gg)(value);
        hll.addLastHash();
    }
    leaveExact() {
        this.exact = false;
        this.hll = new HyperLogLog(this.settings.hllPrecision);
        for (const value of this.counts.keys())
            this.hashInto(this.hll, value);
        if (!this.settings.keepBeyondCap) {
            this.tracked = false;
            this.counts.clear();
        }
        else
            this.purge();
    }
    /**
     * Subtracts the (k+1)-th largest count from all and drops the non-positive. Only counts are
     * sorted to find it (a typed-array sort, no value compared): on all-distinct text every count
     * is 1 and nothing survives, and the few survivors are then put in the summary's order.
     */
    purge() {
        const k = this.settings.frequentK;
        if (this.counts.size <= k)
            return;
        if (this.scratch.length < this.counts.size)
            this.scratch = new Float64Array(this.counts.size);
        let n = 0;
        for (const count of this.counts.values())
            this.scratch[n++] = count;
        const cut = this.scratch.subarray(0, n).sort()[n - 1 - k];
        this.maxError += cut;
        const kept = [];
        // forEach, not for-of over entries: no [value, count] array made per entry.
        this.counts.forEach((count, value) => {
            if (count > cut)
                kept.push([value, count]);
        });
        if (kept.length === 0) {
            this.counts.clear();
            return;
        }
        kept.sort(byCountThenValue);
        this.counts = new Map(kept.map(([value, count]) => [value, count - cut]));
    }
    merge(other) {
        if (other.hll || this.hll) {
            if (!this.hll)
                this.leaveExactForMerge();
            if (other.hll)
                this.hll.merge(other.hll);
            else
                for (const value of other.counts.keys())
                    this.hashInto(this.hll, value);
        }
        if (!other.tracked && this.tracked) {
            this.tracked = false;
            this.counts.clear();
        }
        this.maxError += other.maxError;
        if (this.tracked) {
            for (const [value, count] of other.counts)
                this.add(value, count);
            if (!this.exact)
                this.purge();
        }
    }
    leaveExactForMerge() {
        if (this.exact)
            this.leaveExact();
    }
    /** The distinct count: exact, or the HyperLogLog estimate. */
    get distinct() {
        return this.hll ? this.hll.estimate() : this.counts.size;
    }
    /** The kept values, most frequent first (ties by value). */
    items() {
        return [...this.counts].sort(byCountThenValue);
    }
}

// EXTERNAL MODULE: ./shared/dist/engine/profile/kll-sketch.js + 1 modules
var kll_sketch = __webpack_require__(1815);
;// CONCATENATED MODULE: ./shared/dist/engine/profile/moments.js
/**
 * Count, mean, sum of squared deviations (M2), min and max of a stream of numbers, mergeable
 * with the parallel update of Chan, Golub and LeVeque (1979):
 *
 *   n = na + nb,  delta = mean_b - mean_a,
 *   mean = mean_a + delta * nb / n,  M2 = M2_a + M2_b + delta^2 * na * nb / n.
 *
 * A batch is summarised with two passes (its mean, then its M2), which is more accurate than a
 * running update, and merged in. Merging agrees with one pass over the concatenated data to
 * within float rounding: a relative difference of about 1e-12 for n up to 1e7 in the tests.
 */
class Moments {
    n = 0;
    mean = 0;
    m2 = 0;
    min = Number.POSITIVE_INFINITY;
    max = Number.NEGATIVE_INFINITY;
    /** Adds the finite values of `values` (NaN and infinities are skipped; count them apart). */
    addBatch(values) {
        let n = 0;
        let sum = 0;
        let min = this.min;
        let max = this.max;
        for (let i = 0; i < values.length; i++) {
            const v = values[i];
            if (v - v !== 0)
                continue;
            n++;
            sum += v;
            if (v < min)
                min = v;
            if (v > max)
                max = v;
        }
        if (n === 0)
            return;
        const mean = sum / n;
        let m2 = 0;
        for (let i = 0; i < values.length; i++) {
            const v = values[i];
            if (v - v !== 0)
                continue;
            const d = v - mean;
            m2 += d * d;
        }
        this.combine(n, mean, m2);
        this.min = min;
        this.max = max;
    }
    merge(other) {
        if (other.n === 0)
            return;
        this.combine(other.n, other.mean, other.m2);
        if (other.min < this.min)
            this.min = other.min;
        if (other.max > this.max)
            this.max = other.max;
    }
    combine(nb, meanB, m2b) {
        const na = this.n;
        const n = na + nb;
        const delta = meanB - this.mean;
        this.mean = na === 0 ? meanB : this.mean + (delta * nb) / n;
        this.m2 = this.m2 + m2b + (na === 0 ? 0 : (delta * delta * na * nb) / n);
        this.n = n;
    }
    /** Population variance (M2 / n), as scipy and Evidently use for normalising; NaN when empty. */
    get variance() {
        return this.n === 0 ? Number.NaN : this.m2 / this.n;
    }
    /** Sample variance (M2 / (n - 1)); NaN below two values. */
    get sampleVariance() {
        return this.n < 2 ? Number.NaN : this.m2 / (this.n - 1);
    }
}

// EXTERNAL MODULE: ./shared/dist/engine/profile/number-table.js
var number_table = __webpack_require__(3671);
// EXTERNAL MODULE: ./shared/dist/engine/stats/equal-width-edges.js
var equal_width_edges = __webpack_require__(3207);
// EXTERNAL MODULE: ./shared/dist/engine/stats/range-scale.js
var range_scale = __webpack_require__(3019);
// EXTERNAL MODULE: ./shared/dist/engine/data/text-bytes.js
var text_bytes = __webpack_require__(1837);
;// CONCATENATED MODULE: ./shared/dist/engine/profile/text-cells.js



/** A text column read as strings: each row's code into the batch's dictionary. */
class DictionaryCells {
    column;
    length;
    constructor(column) {
        this.column = column;
        this.length = column.codes.length;
    }
    isMissing(row) {
        return this.column.codes[row] < 0;
    }
    text(row) {
        return (0,kept_text/* keptText */.ng)(this.column.dictionary[this.column.codes[row]]);
    }
    hash(row) {
        (0,profile_hash/* hashString */.YZ)(this.text(row));
    }
    equals(row, value) {
        return this.text(row) === value;
    }
    same(row, other) {
        return this.column.codes[row] === this.column.codes[other];
    }
    codeIn(dictionary, row) {
        return dictionary.codeOf(this.text(row));
    }
}
/**
 * A text column read as bytes. ASCII cells (ids, emails, codes) are hashed and compared byte by
 * byte, each byte being the text's UTF-16 code unit; other cells through their string. Equal
 * texts have equal bytes, so two cells compare byte by byte whatever they hold.
 */
class ByteCells {
    column;
    length;
    bytes;
    starts;
    constructor(column) {
        this.column = column;
        this.length = column.missing.length;
        this.bytes = (0,text_bytes/* asBuffer */.bS)(column.bytes);
        this.starts = column.starts;
    }
    isMissing(row) {
        return this.column.missing[row] === 1;
    }
    /** Whether the cell may be longer than `LONGEST_KEPT` characters: it takes more bytes. */
    mayBeLong(row) {
        return this.starts[row + 1] - this.starts[row] > kept_text/* LONGEST_KEPT */.GD;
    }
    text(row) {
        const text = (0,text_bytes/* textOfBytes */.gm)(this.bytes, this.starts[row], this.starts[row + 1]);
        return this.mayBeLong(row) ? (0,kept_text/* keptText */.ng)(text) : text;
    }
    hash(row) {
        if (this.mayBeLong(row) || !(0,profile_hash/* hashAscii */.iE)(this.bytes, this.starts[row], this.starts[row + 1])) {
            (0,profile_hash/* hashString */.YZ)(this.text(row));
        }
    }
    equals(row, value) {
        if (this.mayBeLong(row))
            return this.text(row) === value;
        const { bytes } = this;
        const start = this.starts[row];
        const length = this.starts[row + 1] - start;
        // A text takes at least one byte per UTF-16 code unit; past ASCII, more.
        if (length !== value.length)
            return length >= value.length && this.text(row) === value;
        for (let i = 0; i < length; i++) {
            const byte = bytes[start + i];
            if (byte >= 0x80)
                return this.text(row) === value;
            if (byte !== value.charCodeAt(i))
                return false;
        }
        return true;
    }
    same(row, other) {
        const { bytes, starts } = this;
        const start = starts[row];
        const from = starts[other];
        const length = starts[row + 1] - start;
        if (starts[other + 1] - from !== length)
            return false;
        for (let i = 0; i < length; i++)
            if (bytes[start + i] !== bytes[from + i])
                return false;
        return true;
    }
    codeIn(dictionary, row) {
        const start = this.starts[row];
        const end = this.starts[row + 1];
        return (0,text_bytes/* isUtf8Cell */._B)(this.bytes, start, end) && !this.mayBeLong(row)
            ? dictionary.codeOfBytes(this.bytes, start, end)
            : dictionary.codeOf(this.text(row));
    }
}

;// CONCATENATED MODULE: ./shared/dist/engine/profile/column-profiler.js










/** The quantiles shown in a profile for people (the sketch answers any other). */
const SHOWN_QUANTILES = [0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99];
function finite(value) {
    return Number.isFinite(value) ? value : null;
}
/** The running profile of one column: fed batch by batch, merged, written as JSON. */
class ColumnProfiler {
    name;
    type;
    settings;
    missingValues;
    numeric;
    moments = new Moments();
    kll;
    frequent;
    count = 0;
    missing = 0;
    infinite = 0;
    constructor(name, 
    /** The column's type: one inferred as integers is numeric once a batch widens it. */
    type, settings, 
    /** The column's own missing values, where they are not the profile's. */
    missingValues) {
        this.name = name;
        this.type = type;
        this.settings = settings;
        this.missingValues = missingValues;
        this.numeric = (0,column_type/* isNumericType */.c)(type);
        this.kll = new kll_sketch/* KllSketch */.gu(settings.quantileK);
        this.frequent = new FrequentValues({
            exactCap: settings.exactCap,
            frequentK: settings.frequentK,
            hllPrecision: settings.hllPrecision,
            keepBeyondCap: !this.numeric,
        });
    }
    add(column) {
        if ("bytes" in column)
            this.addCells(new ByteCells(column));
        else if ("values" in column) {
            this.type = column.type;
            this.addNumbers(column.values);
        }
        else if (column.type === "text")
            this.addCells(new DictionaryCells(column));
        else
            this.addCodes(column.codes, column.dictionary);
    }
    /**
     * A text column's cells, row by row: its dictionary is the batch's own, so counting per code
     * would summarise each batch's values in their own order, and a profile would depend on where
     * batches end.
     */
    addCells(cells) {
        let missing = 0;
        for (let row = 0; row < cells.length; row++)
            if (cells.isMissing(row))
                missing++;
        this.missing += missing;
        this.count += cells.length - missing;
        this.frequent.addCells(cells);
    }
    /** Each part in a loop of its own over the batch, so that no value is boxed between calls. */
    addNumbers(values) {
        this.moments.addBatch(values);
        this.kll.updateMany(values);
        const frequent = this.frequent;
        let finite = 0;
        let missing = 0;
        if (frequent.tracked)
            this.countValues(values);
        for (let i = 0; i < values.length; i++) {
            const v = values[i];
            if (v !== v)
                missing++;
            else if (v - v === 0) {
                finite++;
                if (!frequent.tracked)
                    frequent.addHashOnly(v);
            }
        }
        this.count += finite;
        this.missing += missing;
        this.infinite += values.length - finite - missing;
    }
    /** Per-batch counts of the distinct values, while they are tracked. */
    batchCounts;
    /**
     * Adds the batch's finite values to the frequent values, once per distinct value with its
     * count: a number's counts take no order, so this is the summary of adding them one by one.
     * Should the column pass the cap, the values after it are hashed by the caller.
     */
    countValues(values) {
        if (this.countSmallIntegers(values))
            return;
        const counts = (this.batchCounts ??= new number_table/* NumberTable */.q());
        counts.clear();
        const frequent = this.frequent;
        for (let i = 0; i < values.length; i++) {
            const v = values[i];
            if (v - v !== 0)
                continue;
            const index = counts.indexOrAdd(v, 1);
            if (index >= 0)
                counts.values[index]++;
            // Past the cap the batch's values are hashed one by one: counting them is no use.
            if (counts.size > this.settings.exactCap)
                break;
        }
        for (let i = 0; i < counts.size && frequent.tracked; i++) {
            frequent.add(counts.keys[i], counts.values[i]);
        }
    }
    /** Per offset from a batch's least value, its count (`countSmallIntegers`); all zeros between batches. */
    tally;
    /** The offsets of `tally` in the order their values first appear in the batch. */
    firstSeen;
    /**
     * `countValues` for a batch of integers spanning fewer values than the exact cap (ages,
     * counts, ratings), counted by their offset from the least rather than hashed: the same
     * values, counts and order of first appearance, in about a fifth of the time. False, with
     * nothing counted, for any other batch.
     */
    countSmallIntegers(values) {
        const span = this.settings.exactCap;
        let min = Infinity;
        let max = -Infinity;
        for (let i = 0; i < values.length; i++) {
            const v = values[i];
            if (v - v !== 0)
                continue;
            if (v !== Math.floor(v))
                return false;
            if (v < min)
                min = v;
            if (v > max)
                max = v;
        }
        if (!(max - min < span) || min < -Number.MAX_SAFE_INTEGER || max > Number.MAX_SAFE_INTEGER) {
            return false;
        }
        const tally = (this.tally ??= new Int32Array(span));
        const firstSeen = (this.firstSeen ??= new Int32Array(span));
        let distinct = 0;
        for (let i = 0; i < values.length; i++) {
            const v = values[i];
            if (v - v !== 0)
                continue;
            const offset = v - min;
            if (tally[offset]++ === 0)
                firstSeen[distinct++] = offset;
        }
        const frequent = this.frequent;
        for (let d = 0; d < distinct; d++) {
            const offset = firstSeen[d];
            if (frequent.tracked)
                frequent.add(min + offset, tally[offset]);
            tally[offset] = 0;
        }
        return true;
    }
    /** Per dictionary code, the batch's count; kept between batches, all zeros. */
    codeCounts = new Float64Array(0);
    addCodes(codes, dictionary) {
        if (this.codeCounts.length < dictionary.length) {
            this.codeCounts = new Float64Array(Math.max(dictionary.length, this.codeCounts.length * 2));
        }
        const counts = this.codeCounts;
        let missing = 0;
        for (let i = 0; i < codes.length; i++) {
            const code = codes[i];
            if (code < 0)
                missing++;
            else
                counts[code]++;
        }
        this.missing += missing;
        this.count += codes.length - missing;
        // Values in order of first appearance in the batch keep the summary deterministic.
        this.frequent.addCounts(dictionary, counts);
        counts.fill(0, 0, dictionary.length);
    }
    /** Adds the column of a later part, of values of the same kind (`mergeProfiles`). */
    merge(other) {
        // Integers and numbers merge as numbers, as a read widens integers at a late decimal.
        // Strings keep this part's type, text or categorical, as the first rows of the
        // concatenation would type them.
        if (other.type !== this.type && this.numeric)
            this.type = "numeric";
        this.count += other.count;
        this.missing += other.missing;
        this.infinite += other.infinite;
        this.moments.merge(other.moments);
        this.kll.merge(other.kll);
        this.frequent.merge(other.frequent);
    }
    toJSON() {
        const m = this.moments;
        const has = this.numeric && m.n > 0;
        const hll = this.frequent.hll;
        return {
            name: this.name,
            type: this.type,
            ...(this.missingValues && { missingValues: [...this.missingValues] }),
            count: this.count,
            missing: this.missing,
            infinite: this.infinite,
            min: has ? finite(m.min) : null,
            max: has ? finite(m.max) : null,
            mean: has ? finite(m.mean) : null,
            m2: has ? finite(m.m2) : null,
            variance: has ? finite(m.variance) : null,
            stddev: has ? finite(Math.sqrt(m.variance)) : null,
            distinct: {
                value: this.frequent.distinct,
                exact: hll === undefined,
                relativeError: hll === undefined ? 0 : hll.relativeError,
                hll: hll === undefined ? null : { precision: hll.precision, registers: hll.toBase64() },
            },
            frequent: this.frequent.tracked
                ? {
                    exact: this.frequent.exact,
                    maxError: this.frequent.maxError,
                    items: this.frequent.items().map(([value, count]) => ({ value, count })),
                }
                : null,
            sketch: this.numeric ? this.sketchJson() : null,
            histogram: this.numeric && m.n > 0 ? this.histogram() : null,
        };
    }
    sketchJson() {
        const state = this.kll.toState();
        const items = this.kll.weightedItems();
        return {
            method: "kll",
            k: state.k,
            n: state.n,
            rankError: this.kll.rankError,
            levels: state.levels,
            compactions: state.compactions,
            quantiles: state.n === 0 ? [] : SHOWN_QUANTILES.map((q) => ({ q, value: (0,kll_sketch/* quantileOf */.Xf)(items, q) })),
        };
    }
    histogram() {
        const bins = this.settings.histogramBins;
        const { min, max } = this.moments;
        const { values, weights } = this.kll.weightedItems();
        if (min === max)
            return { edges: [min, max], counts: [this.count] };
        // A range past the largest double is measured in halves; any other as it is.
        const scale = (0,range_scale/* rangeScale */.U)(min, max);
        const width = (max * scale - min * scale) / bins;
        const edges = (0,equal_width_edges/* equalWidthEdges */.D)(min, max, bins);
        const counts = new Array(bins).fill(0);
        for (let i = 0; i < values.length; i++) {
            const offset = values[i] * scale - min * scale;
            const bin = Math.min(bins - 1, Math.max(0, Math.floor(offset / width)));
            counts[bin] += weights[i];
        }
        return { edges, counts };
    }
    /** Rebuilds the running state from a column's JSON profile, so that it can be merged. */
    static fromJSON(profile, settings) {
        const p = new ColumnProfiler(profile.name, profile.type, settings, profile.missingValues);
        p.count = profile.count;
        p.missing = profile.missing;
        p.infinite = profile.infinite;
        if (p.numeric && profile.count > 0) {
            p.moments.n = profile.count;
            // A part whose sums passed the largest double holds none: the merged ones are unknown too.
            p.moments.mean = profile.mean ?? Number.NaN;
            p.moments.m2 = profile.m2 ?? Number.POSITIVE_INFINITY;
            p.moments.min = profile.min ?? Number.POSITIVE_INFINITY;
            p.moments.max = profile.max ?? Number.NEGATIVE_INFINITY;
        }
        if (profile.sketch) {
            p.kll = kll_sketch/* KllSketch */.gu.fromState({
                k: profile.sketch.k,
                n: profile.sketch.n,
                levels: profile.sketch.levels,
                compactions: profile.sketch.compactions,
            });
        }
        const f = p.frequent;
        f.exact = profile.distinct.exact;
        if (profile.distinct.hll) {
            f.hll = HyperLogLog.fromBase64(profile.distinct.hll.precision, profile.distinct.hll.registers);
        }
        f.tracked = profile.frequent !== null;
        f.maxError = profile.frequent?.maxError ?? 0;
        // A profile written before long texts stood in for themselves holds them whole.
        f.counts = new Map((profile.frequent?.items ?? []).map((item) => [(0,kept_text/* keptValue */.Iq)(item.value), item.count]));
        return p;
    }
}


/***/ }),

/***/ 319:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VL: () => (/* binding */ lastHashInt32),
/* harmony export */   YR: () => (/* binding */ hashNumber),
/* harmony export */   YZ: () => (/* binding */ hashString),
/* harmony export */   dc: () => (/* binding */ lastHash),
/* harmony export */   gg: () => (/* binding */ hashValue),
/* harmony export */   iE: () => (/* binding */ hashAscii),
/* harmony export */   yi: () => (/* binding */ hashBytes)
/* harmony export */ });
/**
 * A deterministic 64-bit hash of a number or a string, as two 32-bit halves, for HyperLogLog
 * and validate-data's exact distinct counts.
 * Deterministic means the same value hashes the same on every machine and every run (no seed
 * from the clock, no `Math.random`), so a profile is reproducible byte for byte. The mixing is
 * MurmurHash3's 32-bit finaliser applied to two lanes that read the input with different
 * multipliers; it is not cryptographic and needs not be.
 */
const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/**
 * The last hash made: `[0]` its high half, `[1]` its low half. A typed array, not a variable or
 * a return value: a 32-bit unsigned number held or returned that way is boxed on the heap, once
 * per value hashed.
 */
const lastHash = new Uint32Array(2);
/**
 * `lastHash`'s first word as a signed 32-bit integer, for code that passes it around: an unsigned
 * one past 2^31 is a heap number, allocated at every call it crosses.
 */
const lastHashInt32 = new Int32Array(lastHash.buffer, 0, 1);
/** Hashes a number by its IEEE 754 bits (-0 counts as 0) into `lastHash`. */
function hashNumber(value) {
    float[0] = value === 0 ? 0 : value;
    const lo = words[0];
    const hi = words[1];
    const a = fmix32(Math.imul(lo ^ 0x9e3779b9, 0xcc9e2d51) ^ Math.imul(hi, 0x1b873593));
    const b = fmix32(Math.imul(hi ^ 0x7f4a7c15, 0x85ebca6b) ^ Math.imul(lo, 0xc2b2ae35) ^ a);
    lastHash[0] = b;
    lastHash[1] = fmix32(a ^ Math.imul(b, 0x27d4eb2f));
}
/** Hashes a string by its UTF-16 code units into `lastHash`. */
function hashString(value) {
    let a = 0x811c9dc5 ^ value.length;
    let b = 0x01000193;
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    finishText(a, b);
}
/**
 * Hashes the text spelled by the ASCII bytes `bytes[start, end)` into `lastHash`, as
 * `hashString` hashes it (an ASCII byte is its UTF-16 code unit); false, with `lastHash`
 * unchanged, at a byte past ASCII.
 */
function hashAscii(bytes, start, end) {
    let a = 0x811c9dc5 ^ (end - start);
    let b = 0x01000193;
    for (let i = start; i < end; i++) {
        const c = bytes[i];
        if (c >= 0x80)
            return false;
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    finishText(a, b);
    return true;
}
/**
 * Hashes the bytes `bytes[start, end)` into `lastHash`, whatever they are, for a set that keeps
 * the hashes of texts rather than their bytes. Two lanes of 32 bits, each stepped by a
 * bijection of its state per byte (FNV-1a's, and a multiply and shift of its own), so that the
 * 64 bits collide about as often as a random 64-bit value would.
 */
function hashBytes(bytes, start, end) {
    let a = 0x811c9dc5 ^ (end - start);
    let b = 0x9747b28c;
    for (let i = start; i < end; i++) {
        const c = bytes[i];
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b ^= b >>> 15;
    }
    finishText(a, b);
}
function finishText(a, b) {
    const hi = fmix32(b ^ fmix32(a));
    lastHash[0] = hi;
    lastHash[1] = fmix32(a ^ Math.imul(hi, 0x27d4eb2f));
}
/** Hashes a value of a profile, a number or a string, into `lastHash`. */
function hashValue(value) {
    if (typeof value === "number")
        hashNumber(value);
    else
        hashString(value);
}


/***/ }),

/***/ 1927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GD: () => (/* binding */ LONGEST_KEPT),
/* harmony export */   Iq: () => (/* binding */ keptValue),
/* harmony export */   ng: () => (/* binding */ keptText)
/* harmony export */ });
/* harmony import */ var _report_group_digits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7382);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(319);


/**
 * The longest text a profile's frequent values keep as it is. A column's frequent values keep up
 * to 1,024 distinct values whole, and a value may be a document, or an image's bytes (a Parquet
 * struct of `bytes` and `path`, as datasets of images are written): 500 images of 200 KB made a
 * profile of 200 MB. A longer text stands in the summary as `keptText` writes it.
 */
const LONGEST_KEPT = 256;
/** The characters of a long text that its stand-in shows. */
const SHOWN = 40;
const hex = (word) => word.toString(16).padStart(8, "0");
/**
 * `text` as a profile's frequent values keep it: as it is, or past `LONGEST_KEPT` characters
 * its first characters, its length and a 64-bit hash of it (`hashString`), about 90 characters.
 * The same text gives the same stand-in, and different ones differ but for a hash collision (one
 * in some 10^19 pairs), so counts, distinct counts, merges and comparisons hold as they were. A
 * stand-in is no longer than `LONGEST_KEPT`: it stands for itself.
 */
function keptText(text) {
    if (text.length <= LONGEST_KEPT)
        return text;
    (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashString */ .YZ)(text);
    const digest = hex(_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .lastHash */ .dc[0]) + hex(_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .lastHash */ .dc[1]);
    return `${text.slice(0, SHOWN)}… (${(0,_report_group_digits_js__WEBPACK_IMPORTED_MODULE_1__/* .groupDigits */ .K)(text.length)} characters, hash ${digest})`;
}
/** A frequent value as the summary keeps it: a number as it is, a text by `keptText`. */
const keptValue = (value) => typeof value === "string" ? keptText(value) : value;


/***/ }),

/***/ 1815:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Lj: () => (/* binding */ FINE_KLL_K),
  gu: () => (/* binding */ KllSketch),
  Xf: () => (/* binding */ quantileOf)
});

// UNUSED EXPORTS: DEFAULT_KLL_K, KLL_RANK_ERROR, kllRankError

;// CONCATENATED MODULE: ./shared/dist/engine/profile/sort-level.js
/**
 * Sorting a KLL level before a compaction: the hot part of a numeric column's profile, which
 * sorts about 201 values for every 100 it reads. The result is always the array
 * `Float64Array.prototype.sort` gives (-0 before +0); only the way there depends on the values.
 */
/**
 * Sorts `level[0, size)` (finite values) ascending. Levels above 0 are kept sorted, and only
 * their zeros need putting in sign order; integers over a short range are counted; the rest is
 * sorted by comparisons.
 */
function sortLevel(level, size) {
    if (isSorted(level, size))
        orderZeros(level, size);
    else if (!countingSort(level, size))
        sortItems(level, size);
}
/**
 * Sorts `items[0, size)` ascending exactly as `Float64Array.prototype.sort` does (-0 before
 * +0), several times as fast on the short runs a compaction sorts: spread over buckets where
 * the values allow (`spreadOverBuckets`), else a quicksort with a median-of-three pivot down to
 * runs of 16; then one insertion sort, which either leaves nearly in place, and the zeros put
 * in sign order, which plain comparisons do not see. The values are finite.
 */
function sortItems(items, size) {
    if (!spreadOverBuckets(items, size))
        quicksort(items, 0, size - 1);
    for (let i = 1; i < size; i++) {
        const v = items[i];
        let j = i - 1;
        while (j >= 0 && items[j] > v) {
            items[j + 1] = items[j];
            j--;
        }
        items[j + 1] = v;
    }
    orderZeros(items, size);
}
/**
 * Equal-width buckets between the least and the largest value, for `spreadOverBuckets`: about
 * one a value, and at least 256.
 */
function bucketCount(size) {
    return Math.max(256, 2 ** Math.ceil(Math.log2(size)));
}
/** The most values a bucket may take: past it, the insertion sort would be quadratic. */
const BUCKET_LIMIT = 16;
/** Per bucket, after the counting, where its values start; per value, its bucket; the copy. */
let bucketStarts = new Int32Array(bucketCount(0) + 1);
let bucketOf = new Int32Array(256);
let spread = new Float64Array(256);
/**
 * Reorders `items[0, size)` bucket by bucket, buckets being equal widths of the values' range,
 * so that no value has to move past another bucket's: the insertion sort that follows is then
 * linear. About four times as fast as the quicksort on values spread over their range. False,
 * with `items` untouched, when a bucket would take more than `BUCKET_LIMIT` values (values piled
 * on a few points, or an outlier that stretches the range).
 */
function spreadOverBuckets(items, size) {
    let min = items[0];
    let max = min;
    for (let i = 1; i < size; i++) {
        min = Math.min(min, items[i]);
        max = Math.max(max, items[i]);
    }
    const buckets = bucketCount(size);
    // A range past the largest double makes the factor 0: every value in bucket 0.
    const factor = (buckets - 1) / (max - min);
    if (bucketOf.length < size) {
        bucketOf = new Int32Array(size * 2);
        spread = new Float64Array(size * 2);
    }
    if (bucketStarts.length < buckets + 1)
        bucketStarts = new Int32Array(buckets + 1);
    bucketStarts.fill(0, 0, buckets + 1);
    for (let i = 0; i < size; i++) {
        // In [0, buckets - 1], and never lower for a larger value: the buckets are in value order.
        const bucket = ((items[i] - min) * factor) | 0;
        bucketOf[i] = bucket;
        if (++bucketStarts[bucket + 1] > BUCKET_LIMIT)
            return false;
    }
    for (let b = 0; b < buckets; b++)
        bucketStarts[b + 1] += bucketStarts[b];
    for (let i = 0; i < size; i++)
        spread[bucketStarts[bucketOf[i]]++] = items[i];
    items.set(spread.subarray(0, size));
    return true;
}
/** Per value, its count in `countingSort`; all zeros between sorts. */
let tally = new Int32Array(1024);
/**
 * Sorts `items[0, size)` by counting when they are integers over a range at most 4 times as
 * long (ages, counts, ratings, flags), in linear time: the same array as any sort gives. Does
 * nothing and returns false for other values, and for a -0, which counting would make +0.
 */
function countingSort(items, size) {
    let min = Number.MAX_SAFE_INTEGER;
    let max = Number.MIN_SAFE_INTEGER;
    for (let i = 0; i < size; i++) {
        const v = items[i];
        if (v !== Math.floor(v) || (v === 0 && 1 / v < 0))
            return false;
        if (v < min)
            min = v;
        if (v > max)
            max = v;
        if (max - min > 4 * size)
            return false;
    }
    // Within the safe integers, `v - min` and `min + b` are exact.
    const range = max - min;
    if (min < Number.MIN_SAFE_INTEGER || max > Number.MAX_SAFE_INTEGER)
        return false;
    if (tally.length <= range)
        tally = new Int32Array(range + 1);
    for (let i = 0; i < size; i++)
        tally[items[i] - min]++;
    let o = 0;
    for (let b = 0; b <= range; b++) {
        let count = tally[b];
        if (count === 0)
            continue;
        tally[b] = 0;
        const v = min + b;
        while (count-- > 0)
            items[o++] = v;
    }
    return true;
}
/** Whether `items[0, size)` is ascending by `<` (zeros of either sign count as equal). */
function isSorted(items, size) {
    for (let i = 1; i < size; i++)
        if (items[i] < items[i - 1])
            return false;
    return true;
}
/** Puts the zeros of ascending `items[0, size)` in sign order, -0 first, as the sort does. */
function orderZeros(items, size) {
    let first = 0;
    while (first < size && items[first] < 0)
        first++;
    let negativeZeros = 0;
    let last = first;
    for (; last < size && items[last] === 0; last++)
        if (Object.is(items[last], -0))
            negativeZeros++;
    for (let i = first; i < last; i++)
        items[i] = i - first < negativeZeros ? -0 : 0;
}
/** Partitions `items[lo, hi]` until every run is at most 16 long (the insertion sort's part). */
function quicksort(items, lo, hi) {
    while (hi - lo > 16) {
        const a = items[lo];
        const b = items[(lo + hi) >>> 1];
        const c = items[hi];
        const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
        let i = lo;
        let j = hi;
        while (i <= j) {
            while (items[i] < pivot)
                i++;
            while (items[j] > pivot)
                j--;
            if (i <= j) {
                const t = items[i];
                items[i++] = items[j];
                items[j--] = t;
            }
        }
        if (j - lo < hi - i) {
            quicksort(items, lo, j);
            lo = i;
        }
        else {
            quicksort(items, i, hi);
            hi = j;
        }
    }
}

;// CONCATENATED MODULE: ./shared/dist/engine/profile/kll-sketch.js

/**
 * A KLL quantile sketch (Karnin, Lang and Liberty, 2016) made deterministic. KLL keeps a stack
 * of levels; an item at level h stands for 2^h values. When a level is full it is sorted and
 * every other item is promoted to the level above. The original picks the odd or the even items
 * at random; here the choice alternates with a per-level counter, so the same values in the same
 * order give the same sketch, byte for byte, on every run (a CI check must not flip on a rerun).
 *
 * Capacities: level 0 is an insertion buffer of `k` items; level h below the top holds
 * max(ceil(0.32 k), ceil(k * (2/3)^depth)) items, depth counted from the top level. The floor
 * is higher than KLL's 8: without random offsets the low levels' errors do not cancel on
 * average, and a floor of 0.32 k (64 at k = 200) brings the deterministic variant back under
 * the randomised KLL's bound. With the default k = 200 the sketch keeps about 1,500 values, and
 * the normalised rank error of any quantile is stated as `KLL_RANK_ERROR` (1.65%); measured
 * worst cases are about 1% on random data of up to 3 million values, and the tests hold it on
 * random, sorted, reversed, zigzag and low-cardinality orders. Up to k values the sketch is
 * exact.
 *
 * validate-data reads a column's checked quantiles from a second sketch of `FINE_KLL_K`, held
 * in memory only: at a tail quantile the default's ±1.65% spans too much (at q = 0.99, from the
 * 97.35th percentile to the maximum) for a bound to be judged. On a million values it keeps
 * about 5,750 values (200 KB) where the default keeps 600 (30 KB), in about the default's time
 * (some 20 ms of decimals: its longer level 0 spreads over as many more buckets); the measured
 * worst rank error on random normal values was 0.095%.
 */
const DEFAULT_KLL_K = 200;
/** The size of the sketch a column's quantile checks read: ±0.165% in rank. */
const FINE_KLL_K = 2000;
/** The normalised rank error stated for k = 200 (scales as 1/k). */
const KLL_RANK_ERROR = 0.0165;
function kllRankError(k) {
    return (KLL_RANK_ERROR * DEFAULT_KLL_K) / k;
}
class KllSketch {
    k;
    n = 0;
    /**
     * Level h's items are `items[h][0, sizes[h])`, in typed arrays grown only when a level
     * outgrows them, so that updating and compacting make no garbage.
     */
    items;
    sizes = [0];
    compactions = [0];
    /** `capacity(h)` per level, recomputed when a level is added (the depths change). */
    capacities = [];
    minCapacity;
    constructor(k = DEFAULT_KLL_K) {
        this.k = k;
        this.minCapacity = Math.max(8, Math.ceil(k * 0.32));
        this.items = [new Float64Array(k + 1)];
        this.setCapacities();
    }
    update(value) {
        const size = this.sizes[0];
        if (size === this.items[0].length)
            this.reserve(0, size + 1);
        this.items[0][size] = value;
        this.sizes[0] = size + 1;
        this.n++;
        if (size + 1 > this.k)
            this.compress();
    }
    /**
     * Adds every value of `values`, skipping NaN and infinities: `update` per value, with level
     * 0 held in locals between compactions.
     */
    updateMany(values) {
        const k = this.k;
        let level = this.items[0];
        let size = this.sizes[0];
        let added = 0;
        for (let i = 0; i < values.length; i++) {
            const v = values[i];
            if (v - v !== 0)
                continue;
            if (size === level.length) {
                this.sizes[0] = size;
                this.reserve(0, size + 1);
                level = this.items[0];
            }
            level[size++] = v;
            added++;
            if (size > k) {
                this.sizes[0] = size;
                this.n += added;
                added = 0;
                this.compress();
                level = this.items[0];
                size = this.sizes[0];
            }
        }
        this.sizes[0] = size;
        this.n += added;
    }
    setCapacities() {
        const top = this.sizes.length - 1;
        this.capacities = this.sizes.map((_, h) => h === 0 ? this.k + 1 : Math.max(this.minCapacity, Math.ceil(this.k * (2 / 3) ** (top - h))));
    }
    /** Makes room for `size` items at level `h`, keeping its items. */
    reserve(h, size) {
        const old = this.items[h];
        if (old.length >= size)
            return;
        const items = new Float64Array(Math.max(size, old.length * 2));
        items.set(old.subarray(0, this.sizes[h]));
        this.items[h] = items;
    }
    addLevel() {
        this.items.push(new Float64Array(this.k + 1));
        this.sizes.push(0);
        this.compactions.push(0);
        this.setCapacities();
    }
    compress() {
        for (let h = 0; h < this.sizes.length; h++) {
            if (this.sizes[h] >= this.capacities[h])
                this.compact(h);
        }
    }
    compact(h) {
        const size = this.sizes[h];
        const level = this.items[h];
        sortLevel(level, size);
        if (h + 1 === this.sizes.length)
            this.addLevel();
        // An odd item stays behind (the largest), so that only pairs are compacted.
        const pairs = size - (size % 2);
        const offset = this.compactions[h] % 2;
        this.compactions[h]++;
        // The promoted items are level[offset + 2j]; merge them into the level above, from the back.
        const count = pairs / 2;
        const aboveSize = this.sizes[h + 1];
        this.reserve(h + 1, aboveSize + count);
        const above = this.items[h + 1];
        let i = aboveSize - 1;
        let j = count - 1;
        for (let o = aboveSize + count - 1; j >= 0; o--) {
            const promoted = level[offset + 2 * j];
            if (i >= 0 && above[i] > promoted)
                above[o] = above[i--];
            else {
                above[o] = promoted;
                j--;
            }
        }
        this.sizes[h + 1] = aboveSize + count;
        if (pairs < size)
            level[0] = level[pairs];
        this.sizes[h] = size - pairs;
    }
    /** Adds the other sketch's values (both must have the same k). */
    merge(other) {
        if (other.k !== this.k)
            throw new Error(`KLL sketches differ in k: ${this.k} and ${other.k}`);
        while (this.sizes.length < other.sizes.length)
            this.addLevel();
        other.sizes.forEach((otherSize, h) => {
            const mine = this.level(h);
            const theirs = other.level(h);
            const items = new Float64Array(Math.max(this.k + 1, mine.length + otherSize));
            if (h === 0) {
                items.set(mine);
                items.set(theirs, mine.length);
            }
            else
                mergeSorted(mine, theirs, items);
            this.items[h] = items;
            this.sizes[h] = mine.length + otherSize;
            this.compactions[h] = this.compactions[h] + other.compactions[h];
        });
        this.n += other.n;
        let over = true;
        while (over) {
            over = false;
            for (let h = 0; h < this.sizes.length; h++) {
                if (this.sizes[h] >= this.capacities[h]) {
                    this.compact(h);
                    over = true;
                }
            }
        }
    }
    /** Level h's items (a view). */
    level(h) {
        return this.items[h].subarray(0, this.sizes[h]);
    }
    /** The retained items with their weights, sorted by value (shared between calls: read only). */
    weightedItems() {
        // A profile asks for many quantiles and a histogram at once: sort once per state. Every
        // change to the sketch adds to `n`, so `n` tells whether the sorted items are still it.
        if (this.sorted?.n !== this.n)
            this.sorted = { n: this.n, items: this.sortItems() };
        return this.sorted.items;
    }
    sorted;
    sortItems() {
        let size = 0;
        for (const levelSize of this.sizes)
            size += levelSize;
        const order = new Float64Array(size);
        const pairs = [];
        this.sizes.forEach((_, h) => {
            for (const v of this.level(h))
                pairs.push([v, 2 ** h]);
        });
        pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        const weights = new Float64Array(size);
        pairs.forEach(([v, w], i) => {
            order[i] = v;
            weights[i] = w;
        });
        return { values: order, weights };
    }
    /** The q-quantile (0 <= q <= 1): the smallest retained value with rank >= q * n; NaN if empty. */
    quantile(q) {
        return quantileOf(this.weightedItems(), q);
    }
    /** The normalised rank error this sketch states (0 while it holds every value). */
    get rankError() {
        return this.sizes.length === 1 ? 0 : kllRankError(this.k);
    }
    toState() {
        return {
            k: this.k,
            n: this.n,
            levels: this.sizes.map((_, h) => Array.from(this.level(h))),
            compactions: [...this.compactions],
        };
    }
    static fromState(state) {
        const sketch = new KllSketch(state.k);
        sketch.n = state.n;
        sketch.items = state.levels.map((level) => {
            const items = new Float64Array(Math.max(state.k + 1, level.length));
            items.set(level);
            return items;
        });
        sketch.sizes = state.levels.map((level) => level.length);
        sketch.compactions = [...state.compactions];
        sketch.setCapacities();
        return sketch;
    }
}
/** The q-quantile of weighted sorted items. */
function quantileOf(items, q) {
    let total = 0;
    for (const w of items.weights)
        total += w;
    if (total === 0)
        return Number.NaN;
    const target = Math.max(q, 0) * total;
    let cumulative = 0;
    for (let i = 0; i < items.values.length; i++) {
        cumulative += items.weights[i];
        if (cumulative >= target)
            return items.values[i];
    }
    return items.values[items.values.length - 1];
}
/** Merges sorted `a` and `b` into `out`, stably (`a`'s item first among equal ones). */
function mergeSorted(a, b, out) {
    let i = 0;
    let j = 0;
    let o = 0;
    while (i < a.length && j < b.length)
        out[o++] = a[i] <= b[j] ? a[i++] : b[j++];
    while (i < a.length)
        out[o++] = a[i++];
    while (j < b.length)
        out[o++] = b[j++];
}


/***/ }),

/***/ 9934:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ shownMissingValues),
/* harmony export */   DJ: () => (/* binding */ isMissingSpelling),
/* harmony export */   ER: () => (/* binding */ DEFAULT_MISSING_VALUES),
/* harmony export */   IZ: () => (/* binding */ requireSameMissingValues),
/* harmony export */   OD: () => (/* binding */ parseMissingValues),
/* harmony export */   VG: () => (/* binding */ ownColumnMissingValues),
/* harmony export */   VO: () => (/* binding */ recordedMissingValues),
/* harmony export */   cB: () => (/* binding */ shownColumn),
/* harmony export */   eJ: () => (/* binding */ missingWordsAmongNumbers),
/* harmony export */   il: () => (/* binding */ missingValuesArgument),
/* harmony export */   jU: () => (/* binding */ sameMissingValues),
/* harmony export */   mg: () => (/* binding */ requireContractMissingValues),
/* harmony export */   uY: () => (/* binding */ missingValuesOf)
/* harmony export */ });
/* unused harmony exports columnMissingValues, PANDAS_MISSING */
/* harmony import */ var _data_parse_cell_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2646);
/* harmony import */ var _data_read_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8835);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8350);
/* harmony import */ var _report_escape_control_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7629);
/* harmony import */ var _report_shorten_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1701);





/** The missing values of data read without any named: the empty cell, as Table Schema's default. */
const DEFAULT_MISSING_VALUES = [""];
/** The cell values a profile's counts were made with: the empty cell alone where it does not say. */
const missingValuesOf = (profile) => profile.missingValues ?? DEFAULT_MISSING_VALUES;
/** The cell values a profile's column was counted with: its own where it records them. */
const columnMissingValues = (profile, column) => column.missingValues ?? missingValuesOf(profile);
/** The columns a profile counted with missing values of their own, for reading data alike. */
const ownColumnMissingValues = (profile) => new Map(profile.columns.flatMap((c) => (c.missingValues ? [[c.name, c.missingValues]] : [])));
/**
 * The `missingValues` a profile records: none where they are the empty cell alone, which a
 * profile without them means, so that readers of profiles made before they were recorded still
 * read those made alike.
 */
const recordedMissingValues = (values) => sameMissingValues(values, DEFAULT_MISSING_VALUES) ? {} : { missingValues: [...values] };
/** Whether two lists of missing values are the same set, whatever their order. */
function sameMissingValues(a, b) {
    const left = new Set(a);
    const right = new Set(b);
    return left.size === right.size && [...left].every((value) => right.has(value));
}
/**
 * Missing values for a line of text: each quoted, any control character escaped, and the list
 * cut short where a profile's would fill the line.
 */
const shownMissingValues = (values) => (0,_report_shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .shorten */ .ml)(`[${values.map((value) => JSON.stringify(value)).join(", ")}]`);
/** A column's name for a line of text: cut short, any control character escaped. */
const shownColumn = (name) => `'${(0,_report_escape_control_js__WEBPACK_IMPORTED_MODULE_1__/* .lineBreaksShown */ .cD)((0,_report_escape_control_js__WEBPACK_IMPORTED_MODULE_1__/* .safeForLog */ .p5)((0,_report_shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .shorten */ .ml)(name, 80)))}'`;
/**
 * Refuses two profiles made with different missing values, the table's or those of a column
 * both have: a cell one counted missing is a value in the other (`NA` a category), and nothing
 * in their counts can tell the two apart.
 */
function requireSameMissingValues(a, b) {
    const [left, right] = [missingValuesOf(a.profile), missingValuesOf(b.profile)];
    if (!sameMissingValues(left, right)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC(`${a.shown} was made with missing values ${shownMissingValues(left)} and ${b.shown} with ${shownMissingValues(right)}, so their counts are of data read differently`, "Make both profiles with the same missing values (drift-check's missing-values, a data contract's missingValues)");
    }
    const others = new Map(b.profile.columns.map((column) => [column.name, column]));
    for (const column of a.profile.columns) {
        const other = others.get(column.name);
        if (other === undefined)
            continue;
        const [mine, theirs] = [
            columnMissingValues(a.profile, column),
            columnMissingValues(b.profile, other),
        ];
        if (sameMissingValues(mine, theirs))
            continue;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlopsError */ .IC(`column ${shownColumn(column.name)} of ${a.shown} was made with missing values ${shownMissingValues(mine)} and of ${b.shown} with ${shownMissingValues(theirs)}, so its counts are of data read differently`, "Make both profiles alike: with validate-data and the same data contract (its profile-path), or both with drift-check's profile mode, which reads every column with its missing-values");
    }
}
/**
 * Refuses a reference profile made with other missing values than the contract reads the data
 * with, the table's or a column's: a cell one side counts missing is a value on the other, and
 * the skew or drift would measure that. `file` names the profile as the user knows it.
 */
function requireContractMissingValues(profile, file, schema) {
    const made = missingValuesOf(profile);
    const missingValues = (0,_data_read_options_js__WEBPACK_IMPORTED_MODULE_3__/* .tableMissingValues */ .jy)({ schema });
    if (!sameMissingValues(made, missingValues)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz("reference", `${file} was made with missing values ${shownMissingValues(made)}, and the contract reads the data with ${shownMissingValues(missingValues)}`, "Declare the profile's values in the contract's missingValues, or make the reference profile again with the contract's");
    }
    const own = (0,_data_read_options_js__WEBPACK_IMPORTED_MODULE_3__/* .ownMissingValues */ .XS)({ schema });
    for (const column of profile.columns) {
        const counted = columnMissingValues(profile, column);
        const read = own.get(column.name) ?? missingValues;
        if (sameMissingValues(counted, read))
            continue;
        const name = shownColumn(column.name);
        const declared = schema.fields.some((field) => field.name === column.name);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz("reference", `${file} counted column ${name} with missing values ${shownMissingValues(counted)}, and the contract reads ${declared ? "field" : "the undeclared column"} ${name} with ${shownMissingValues(read)}`, `${declared ? "Give" : "Declare"} field ${name} ${declared ? "" : "with "}the profile's values as its missingValues, or make the reference profile again with the contract's`);
    }
}
/**
 * pandas' default missing values in a CSV (`read_csv`'s `na_values`, pandas 2), besides the
 * empty cell: the data that Evidently compares is most often read by pandas, where a column
 * that R wrote with `NA` is numbers with gaps, not text.
 */
const PANDAS_MISSING = [
    "#N/A",
    "#N/A N/A",
    "#NA",
    "-1.#IND",
    "-1.#QNAN",
    "-NaN",
    "-nan",
    "1.#IND",
    "1.#QNAN",
    "<NA>",
    "N/A",
    "NA",
    "NULL",
    "NaN",
    "None",
    "n/a",
    "nan",
    "null",
];
/** Cells that often mean no value: pandas' defaults, and PostgreSQL's COPY's `\N`. */
const MISSING_SPELLINGS = new Set([...PANDAS_MISSING, "\\N"]);
/** Whether `text` is a cell that often means no value (`NA`, `NULL`, `\N`). */
const isMissingSpelling = (text) => MISSING_SPELLINGS.has(text);
/**
 * The words among `texts` (a column's distinct values, or its most frequent) that often mean no
 * value, sorted, where every other one is a number and at least one is: a column of numbers that
 * another writer's missing value (R's `NA`, a database's `NULL`) made text. Null otherwise, and
 * where a number has a leading zero (`00501`): such a column is one of ids, which is text.
 */
function missingWordsAmongNumbers(texts) {
    const words = [];
    let numbers = 0;
    for (const text of texts) {
        if ((0,_data_parse_cell_js__WEBPACK_IMPORTED_MODULE_4__/* .parseNumberCell */ .to)(text) === undefined) {
            if (!MISSING_SPELLINGS.has(text))
                return null;
            words.push(text);
        }
        else if ((0,_data_parse_cell_js__WEBPACK_IMPORTED_MODULE_4__/* .hasLeadingZero */ .vV)(text))
            return null;
        else
            numbers++;
    }
    return numbers > 0 && words.length > 0 ? words.sort() : null;
}
/** The `missing-values` that reads `words` as no value: pandas' set where it has them. */
function missingValuesArgument(words) {
    if (words.every((word) => PANDAS_MISSING.includes(word)))
        return "pandas";
    return `'${words.join(",")}'`;
}
/**
 * The missing values of the `missing-values` input: the empty cell always, then the values
 * listed, `pandas` standing for pandas' set. Null when none are listed: a profile compared then
 * says which values to read with.
 */
function parseMissingValues(items) {
    if (items.length === 0)
        return null;
    return [
        ...new Set(["", ...items.flatMap((item) => (item === "pandas" ? PANDAS_MISSING : [item]))]),
    ];
}


/***/ }),

/***/ 3671:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ NumberTable)
/* harmony export */ });
/* harmony import */ var _data_typed_arrays_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1393);

/**
 * A map from numbers to numbers over typed arrays, for the hot loops that count or look up
 * values a million times: open addressing over the entries' indexes, the entries themselves in
 * the order they were added. A `Map` spends about 50 bytes per entry and a generic hashed
 * lookup; this spends at most 32 bytes and makes no garbage. Keys compare as a `Map` compares
 * them (-0 and 0 are one key); NaN is never a key.
 */
class NumberTable {
    /** Entry `i` maps `keys[i]` to `values[i]`; callers may change a value in place. */
    keys = new Float64Array(512);
    values = new Float64Array(512);
    size = 0;
    /** Per slot, the entry's index + 1, or 0 when free; the length is a power of two. */
    slots = new Int32Array(1024);
    /** The index of `key`'s entry, or -1. */
    indexOf(key) {
        const { slots, keys } = this;
        const mask = slots.length - 1;
        for (let slot = slotHash(key) & mask;; slot = (slot + 1) & mask) {
            const entry = slots[slot] - 1;
            if (entry < 0 || keys[entry] === key)
                return entry;
        }
    }
    /**
     * The index of `key`'s entry; or, when it has none, -1 after adding it with `value`: one
     * probe where `indexOf` and `add` take two.
     */
    indexOrAdd(key, value) {
        const { slots, keys } = this;
        const mask = slots.length - 1;
        let slot = slotHash(key) & mask;
        for (;; slot = (slot + 1) & mask) {
            const entry = slots[slot] - 1;
            if (entry < 0)
                break;
            if (keys[entry] === key)
                return entry;
        }
        const index = this.append(key, value);
        if (this.size * 2 > slots.length)
            this.rehash();
        else
            slots[slot] = index + 1;
        return -1;
    }
    /** Adds a key not yet in the table; returns its entry's index. */
    add(key, value) {
        const index = this.append(key, value);
        if (this.size * 2 > this.slots.length)
            this.rehash();
        else
            this.place(index);
        return index;
    }
    /** Stores an entry, not yet in the slots; returns its index. */
    append(key, value) {
        const index = this.size++;
        if (index === this.keys.length) {
            this.keys = (0,_data_typed_arrays_js__WEBPACK_IMPORTED_MODULE_0__/* .grown */ .gT)(this.keys, index + 1);
            this.values = (0,_data_typed_arrays_js__WEBPACK_IMPORTED_MODULE_0__/* .grown */ .gT)(this.values, index + 1);
        }
        this.keys[index] = key === 0 ? 0 : key;
        this.values[index] = value;
        return index;
    }
    /** Doubles the slots and places every entry again. */
    rehash() {
        this.slots = new Int32Array(this.slots.length * 2);
        for (let i = 0; i < this.size; i++)
            this.place(i);
    }
    /** Empties the table, keeping its memory. */
    clear() {
        if (this.size === 0)
            return;
        this.slots.fill(0);
        this.size = 0;
    }
    place(index) {
        const slots = this.slots;
        const mask = slots.length - 1;
        let slot = slotHash(this.keys[index]) & mask;
        while (slots[slot] !== 0)
            slot = (slot + 1) & mask;
        slots[slot] = index + 1;
    }
}
const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);
/** A hash of a key's IEEE 754 bits (-0 as 0), 30 bits so that it is never boxed. */
function slotHash(key) {
    float[0] = key === 0 ? 0 : key;
    let h = words[0] ^ Math.imul(words[1], 0x9e3779b1);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) & 0x3fffffff;
}


/***/ }),

/***/ 4607:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cQ: () => (/* binding */ profileBatches),
/* harmony export */   ib: () => (/* binding */ DatasetProfiler)
/* harmony export */ });
/* unused harmony export profileDataset */
/* harmony import */ var _data_batch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9098);
/* harmony import */ var _column_profiler_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7145);
/* harmony import */ var _missing_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9934);
/* harmony import */ var _profile_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5666);






/**
 * Builds a dataset's profile batch by batch, in memory that does not grow with the row count:
 * per column a few counters, a KLL sketch of about 3k values, and at most `exactCap` distinct
 * values (or a 4 KiB HyperLogLog and `2 * frequentK` counters past it).
 */
class DatasetProfiler {
    columnMissingValues;
    settings;
    /** The cell values the batches' reader took as missing, recorded with the counts. */
    missingValues;
    rowCount = 0;
    columns = [];
    /**
     * `columnMissingValues`: the columns the reader gave missing values of their own (a Table
     * Schema field's), each recorded with its column where they are not the table's.
     */
    constructor(settings = {}, missingValues = _missing_values_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_MISSING_VALUES */ .ER, columnMissingValues = new Map()) {
        this.columnMissingValues = columnMissingValues;
        this.settings = { ..._profile_types_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_PROFILE_SETTINGS */ .G, ...settings };
        this.missingValues = [...new Set(missingValues)];
    }
    /** A column's own missing values, where it has some other than the table's. */
    ownMissingValues(name) {
        const own = this.columnMissingValues.get(name);
        return own === undefined || (0,_missing_values_js__WEBPACK_IMPORTED_MODULE_0__/* .sameMissingValues */ .jU)(own, this.missingValues)
            ? undefined
            : [...new Set(own)];
    }
    add(batch) {
        if (this.columns.length === 0 && this.rowCount === 0) {
            for (const name of batch.names) {
                const column = (0,_data_batch_js__WEBPACK_IMPORTED_MODULE_2__/* .columnOf */ .uV)(batch, name);
                if (!column)
                    continue;
                const own = this.ownMissingValues(name);
                this.columns.push(new _column_profiler_js__WEBPACK_IMPORTED_MODULE_3__/* .ColumnProfiler */ .k(name, column.type, this.settings, own));
            }
        }
        for (const profiler of this.columns) {
            const column = (0,_data_batch_js__WEBPACK_IMPORTED_MODULE_2__/* .columnOf */ .uV)(batch, profiler.name);
            if (column)
                profiler.add(column);
        }
        this.rowCount += batch.length;
    }
    toJSON() {
        return {
            schema: _profile_types_js__WEBPACK_IMPORTED_MODULE_1__/* .PROFILE_SCHEMA_ID */ ._,
            rowCount: this.rowCount,
            settings: { ...this.settings },
            ...(0,_missing_values_js__WEBPACK_IMPORTED_MODULE_0__/* .recordedMissingValues */ .VO)(this.missingValues),
            columns: this.columns.map((column) => column.toJSON()),
        };
    }
}
/**
 * The profile of a stream of batches, read with `missingValues` as missing, and the columns of
 * `columnMissingValues` with their own.
 */
async function profileBatches(batches, settings = {}, missingValues = _missing_values_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_MISSING_VALUES */ .ER, columnMissingValues = new Map()) {
    const profiler = new DatasetProfiler(settings, missingValues, columnMissingValues);
    for await (const batch of batches)
        profiler.add(batch);
    return profiler.toJSON();
}
/** Reads and profiles a dataset (a file, a glob, or a list of them). */
async function profileDataset(source, options = {}) {
    // The profiler keeps nothing of a batch it has added: the reader may refill its arrays, and
    // text is profiled from its bytes unless the caller asks otherwise. Profiling a batch costs
    // about what reading it does: a large read has a thread of its own.
    const read = {
        textAsBytes: true,
        readInWorker: "large",
        ...options.read,
        reuseBatches: true,
    };
    return profileBatches(readBatches(source, read), options.settings, tableMissingValues(read), ownMissingValues(read));
}


/***/ }),

/***/ 5666:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ DEFAULT_PROFILE_SETTINGS),
/* harmony export */   _: () => (/* binding */ PROFILE_SCHEMA_ID)
/* harmony export */ });
/** The name and version of the profile format. */
const PROFILE_SCHEMA_ID = "mlops.profile/v1";
const DEFAULT_PROFILE_SETTINGS = {
    exactCap: 1024,
    frequentK: 64,
    hllPrecision: 12,
    quantileK: 200,
    histogramBins: 20,
};


/***/ }),

/***/ 2851:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ readProfile)
/* harmony export */ });
/* unused harmony export MAX_PROFILE_MISSING_VALUES */
/* harmony import */ var _contracts_validate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(781);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8350);
/* harmony import */ var _files_read_structured_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1255);
/* harmony import */ var _report_escape_control_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7629);
/* harmony import */ var _report_shorten_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1701);
/* harmony import */ var _missing_values_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9934);
/* harmony import */ var _profile_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5666);
/* harmony import */ var _withheld_values_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1107);








/**
 * The most missing values a profile may hold, the table's and each column's own: data compared
 * with it is read with them, and a cell is compared with each that shares its first byte, so a
 * profile from an untrusted source could otherwise make every cell cost thousands of
 * comparisons. pandas' own set holds 19.
 */
const MAX_PROFILE_MISSING_VALUES = 100;
/**
 * Refuses an object that is another kind of document (an eval or drift report) or none of
 * ours, saying what it is: its first violation of the profile's schema, a missing `rowCount`,
 * would not. Whatever is not an object is left to the contract, which names it as such.
 */
function requireProfileDocument(value, shownAs, lineOf) {
    if (typeof value !== "object" || value === null || Array.isArray(value))
        return;
    const id = value.schema;
    if (id === _profile_types_js__WEBPACK_IMPORTED_MODULE_0__/* .PROFILE_SCHEMA_ID */ ._)
        return;
    const what = id === undefined
        ? "has no schema field"
        : typeof id === "string"
            ? `has schema ${JSON.stringify((0,_report_escape_control_js__WEBPACK_IMPORTED_MODULE_1__/* .safeForLog */ .p5)((0,_report_shorten_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .ml)(id, 80)))}`
            : `has schema ${(0,_report_escape_control_js__WEBPACK_IMPORTED_MODULE_1__/* .safeForLog */ .p5)((0,_report_shorten_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .ml)(JSON.stringify(id), 80))}`;
    // Another version of the profile (a later one is refused before) needs the mlops that wrote it.
    const fix = typeof id === "string" && id.startsWith("mlops.profile/")
        ? `Read it with the mlops version that wrote it, or make the profile again with this one, which writes ${_profile_types_js__WEBPACK_IMPORTED_MODULE_0__/* .PROFILE_SCHEMA_ID */ ._}`
        : "Give a profile: the JSON file that validate-data's profile-path, or drift-check --mode profile, writes from the data";
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(shownAs, `${what}, not a ${_profile_types_js__WEBPACK_IMPORTED_MODULE_0__/* .PROFILE_SCHEMA_ID */ ._} profile`, fix, id === undefined ? undefined : lineOf("/schema"));
}
/**
 * Reads and checks a `mlops.profile/v1` file, so that a problem names the file and its line.
 * Fields a later mlops added are left out of the profile returned (decision 0045). The
 * profile's validator is large and few runs read a profile: it is loaded on use.
 */
async function readProfile(path, shownAs) {
    const { profileContract } = await __webpack_require__.e(/* import() */ 997).then(__webpack_require__.bind(__webpack_require__, 5997));
    const document = (0,_files_read_structured_js__WEBPACK_IMPORTED_MODULE_4__/* .readStructured */ .cW)(path, shownAs);
    (0,_contracts_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .refuseNewerVersion */ .at)(profileContract, document.value, shownAs, document.lineOf);
    requireProfileDocument(document.value, shownAs, document.lineOf);
    const profile = (0,_contracts_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .validateReadableVersion */ .Bo)(profileContract, document.value, shownAs, document.lineOf);
    // The table's list, then each column's own, each at its line.
    const capped = (values, pointer, of = "") => {
        const count = values?.length ?? 0;
        if (count <= MAX_PROFILE_MISSING_VALUES)
            return;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(shownAs, `records ${count} missing values${of}, more than the ${MAX_PROFILE_MISSING_VALUES} a profile may hold`, "Make the profile again with fewer missing values", document.lineOf(pointer));
    };
    capped(profile.missingValues, "/missingValues");
    profile.columns.forEach((column, i) => capped(column.missingValues, `/columns/${i}/missingValues`, ` for column ${(0,_missing_values_js__WEBPACK_IMPORTED_MODULE_6__/* .shownColumn */ .cB)(column.name)}`));
    profile.columns.forEach((column, i) => {
        const kept = column.sensitive ? (0,_withheld_values_js__WEBPACK_IMPORTED_MODULE_7__/* .keptOfWithheld */ .LQ)(column) : undefined;
        if (kept === undefined)
            return;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(shownAs, `marks column ${(0,_missing_values_js__WEBPACK_IMPORTED_MODULE_6__/* .shownColumn */ .cB)(column.name)} sensitive, and yet keeps its ${kept.shown}: a sensitive column's profile keeps its counts alone`, "Make the profile again with validate-data or drift-check --mode profile, which leave out a sensitive field's values", document.lineOf(`/columns/${i}/${kept.at}`));
    });
    return profile;
}


/***/ }),

/***/ 1107:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ markedColumns),
/* harmony export */   EN: () => (/* binding */ withheldColumn),
/* harmony export */   H6: () => (/* binding */ withholdColumns),
/* harmony export */   LQ: () => (/* binding */ keptOfWithheld),
/* harmony export */   Un: () => (/* binding */ columnsToWithhold)
/* harmony export */ });
/** The statistics of a column's values, which a sensitive column's profile holds none of. */
const WITHHELD_STATISTICS = [
    "min",
    "max",
    "mean",
    "m2",
    "variance",
    "stddev",
    "frequent",
    "sketch",
    "histogram",
];
/**
 * What the profile of a column marked sensitive keeps that only its values could tell, if any:
 * as a sentence names it, and where it is in the column (a JSON pointer's tail).
 */
function keptOfWithheld(column) {
    const kept = WITHHELD_STATISTICS.find((key) => column[key] !== null);
    if (kept !== undefined)
        return { shown: kept, at: kept };
    return column.distinct.hll === null
        ? undefined
        : { shown: "HyperLogLog registers", at: "distinct/hll" };
}
/**
 * The profile of a sensitive column as it may be written: its name, type, missing values and
 * counts, and its distinct count without the HyperLogLog registers, whose buckets would tell
 * whether a guessed value (an e-mail address, a card number) is among the data's. Every value,
 * and every statistic read from the values, is left out: the extremes, the moments, the frequent
 * values, the quantile sketch and the histogram. The column is marked `sensitive`, so that a
 * reader knows it holds nothing to compare.
 */
function withheldColumn(column) {
    const { name, type, missingValues, count, missing, infinite, distinct } = column;
    return {
        name,
        type,
        ...(missingValues && { missingValues: [...missingValues] }),
        sensitive: true,
        count,
        missing,
        infinite,
        min: null,
        max: null,
        mean: null,
        m2: null,
        variance: null,
        stddev: null,
        distinct: { ...distinct, hll: null },
        frequent: null,
        sketch: null,
        histogram: null,
    };
}
/** `profile` with the columns named in `sensitive` withheld (`withheldColumn`); others as they are. */
function withholdColumns(profile, sensitive) {
    if (sensitive.size === 0)
        return profile;
    const columns = profile.columns.map((column) => sensitive.has(column.name) ? withheldColumn(column) : column);
    return { ...profile, columns };
}
/** The columns `profile` withheld (`withheldColumn`): a reader shows none of their values either. */
const markedColumns = (profile) => profile.columns.filter((column) => column.sensitive).map((column) => column.name);
/** A column's name as people may spell it alike: `Email`, `EMAIL` and a decomposed `é` alike. */
const spelledAlike = (name) => name.normalize("NFC").toLowerCase();
/**
 * The columns of data read under a data contract whose values are withheld: the `sensitive`
 * fields', and the columns named as one of those up to case and Unicode normalisation (`Email`
 * beside `email`: data merged from two producers); and, where a sensitive field is not among
 * the data's `columns`, every column the contract does not declare (`declared`): the field may
 * be there under another name (`e_mail` for `email`), which the contract's `fields` check then
 * fails, but whose values are not shown the while. None where no field is sensitive. A column
 * among `absent` is not the data's: JSON Lines read with a contract has a column for each
 * field, one that no line has as a key among them (`Batch.absentKeys`).
 */
function columnsToWithhold(columns, sensitive, declared, absent = []) {
    if (sensitive.size === 0)
        return sensitive;
    const none = new Set(absent);
    const present = new Set(columns.filter((name) => !none.has(name)));
    const marked = new Set([...sensitive].map(spelledAlike));
    const alike = columns.filter((name) => marked.has(spelledAlike(name)));
    const undeclared = [...sensitive].every((name) => present.has(name))
        ? []
        : columns.filter((name) => !declared.has(name));
    return new Set([...sensitive, ...alike, ...undeclared]);
}


/***/ }),

/***/ 5588:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ formatSigned),
/* harmony export */   T1: () => (/* binding */ formatShare),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   l9: () => (/* binding */ formatPercent)
/* harmony export */ });
/**
 * A number as reports show it: whole numbers as they are (row counts, bounds), others to six
 * significant digits, in exponent form when very large or very small.
 */
function formatNumber(value) {
    if (value === null || value === undefined)
        return "—";
    if (Number.isSafeInteger(value))
        return String(value);
    const magnitude = Math.abs(value);
    if (magnitude >= 1e6 || magnitude < 1e-4)
        return value.toExponential(3);
    return String(Number(value.toPrecision(6)));
}
const formatSigned = (value) => value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
/** A share as a percentage with its sign, for changes: `+1.1%`. */
const formatPercent = (share) => `${share > 0 ? "+" : ""}${formatShare(share)}`;
/** A share as a percentage: `60%`, `0.535%`. */
const formatShare = (share) => `${Number((share * 100).toPrecision(3))}%`;


/***/ }),

/***/ 2153:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ reportHeadline)
/* harmony export */ });
const EMOJI = {
    pass: "✅",
    fail: "❌",
    inconclusive: "⚠️",
    drift: "⚠️",
    warning: "⚠️",
};
/**
 * The first line of every summary and comment the suite writes, so a reader scanning a pull
 * request or a run sees one shape: `### ❌ eval-gate: fail (1 of 2 gated metrics failed)`.
 * `detail` is the reporter's own text (counts, settings), not escaped here.
 */
const reportHeadline = (action, status, detail = "") => `### ${EMOJI[status]} ${action}: ${status}${detail ? ` (${detail})` : ""}`;


/***/ }),

/***/ 3207:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ equalWidthEdges)
/* harmony export */ });
/* harmony import */ var _range_scale_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3019);

/**
 * `bins + 1` equal-width edges from `first` to `last`, as numpy's `linspace`: first + i * step,
 * step = (last - first) / bins, the last edge `last` itself. The step is taken before it is
 * multiplied, so that no edge passes the largest double where (last - first) * i would, and a
 * range past it is measured in halves (`rangeScale`).
 */
function equalWidthEdges(first, last, bins) {
    const scale = (0,_range_scale_js__WEBPACK_IMPORTED_MODULE_0__/* .rangeScale */ .U)(first, last);
    const step = (last * scale - first * scale) / bins;
    const edges = Array.from({ length: bins + 1 }, (_, i) => (i * step + first * scale) / scale);
    edges[bins] = last;
    return edges;
}


/***/ }),

/***/ 3019:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ rangeScale)
/* harmony export */ });
/**
 * The factor a range of values is measured with: 1, or 0.5 where max - min passes the largest
 * double (values near both -1.8e308 and 1.8e308, such as placeholders for no value). Halving is
 * exact (but for the last bit of values below 2^-1021, nothing beside a range that large), so a
 * width measured in halves is the true one halved, and any range that fits a double is measured
 * as it is, bit for bit.
 */
function rangeScale(min, max) {
    return Number.isFinite(max - min) ? 1 : 0.5;
}


/***/ }),

/***/ 6097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ex: () => (/* binding */ dataSource),
/* harmony export */   NJ: () => (/* binding */ file),
/* harmony export */   P5: () => (/* binding */ decimalValue),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   XC: () => (/* binding */ outputPath),
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   Zl: () => (/* binding */ optionalOutputPath),
/* harmony export */   ai: () => (/* binding */ number),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   rJ: () => (/* binding */ secret),
/* harmony export */   s8: () => (/* binding */ markerKey),
/* harmony export */   uV: () => (/* binding */ delimiter),
/* harmony export */   x6: () => (/* binding */ dataSources)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8350);
/* harmony import */ var _engine_report_escape_control_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7629);
/* harmony import */ var _engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1701);
/* harmony import */ var _platform_github_marker_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3924);






const kind = (type, absent, parse) => ({
    type,
    absent,
    parse,
});
const text = () => kind("text", undefined, (t) => t);
/**
 * Text that names files the action reads: a path or a glob of data, profiles or predictions,
 * a registry's folder (which promote also writes), or something the action tells apart from a
 * path (a registry reference such as churn#prod). Held to the workspace's link rule
 * (`refuseLinksOut`).
 */
const dataSource = () => ({ ...text(), reads: true });
/**
 * One `dataSource` or several, one a line, as a workflow writes a list (on the command line, the
 * flag repeated): each a path or glob, or one a registry reference. No comma splits them, as one
 * may stand in a file name. Each is held to the workspace's link rule.
 */
const dataSources = () => ({
    ...kind("list", [], (t) => t
        .split(/\r?\n/)
        .map((item) => item.trim())
        .filter((item) => item !== "")),
    reads: true,
});
/** The key of an owned comment or issue, checked before the action writes anything. */
const markerKey = () => kind("text", undefined, (t, input) => (0,_platform_github_marker_key_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMarkerKey */ .z1)(input, t));
const secret = () => ({
    ...kind("secret", undefined, (t) => t),
    secret: true,
});
const TRUE = ["true", "True", "TRUE"];
const FALSE = ["false", "False", "FALSE"];
/** YAML 1.2 core-schema booleans, as the runner's own `getBooleanInput` accepts. */
const bool = () => kind("true | false", false, (t, input) => {
    if (TRUE.includes(t))
        return true;
    if (FALSE.includes(t))
        return false;
    throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `'${t}' is not a boolean`, "Use true or false");
});
/**
 * How to fix a bad number, fitted to the input: its kind, its range and an example inside it,
 * the input's default when it has one (another example would read as a recommendation).
 */
function numberHint({ min, max, integer }, fallback) {
    const clamp = (x) => Math.min(max ?? x, Math.max(min ?? x, x));
    const example = fallback ? `${fallback} (the default)` : clamp(integer ? 10 : 0.05);
    const range = min !== undefined && max !== undefined
        ? ` from ${min} to ${max}`
        : min !== undefined
            ? ` of at least ${min}`
            : max !== undefined
                ? ` of at most ${max}`
                : "";
    return `Give ${integer ? "a whole number" : "a finite number"}${range}, such as ${example}`;
}
/** A number written in decimals, with an exponent or not: the way a workflow author writes one. */
const DECIMAL = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
/**
 * The number `text` writes in decimals, else NaN: `Number` also reads 0x10, 0o17 and 0b11 (as
 * 16, 15 and 3), which no one means for a percentage or a count.
 */
const decimalValue = (text) => (DECIMAL.test(text) ? Number(text) : NaN);
const number = (bounds = {}) => kind(bounds.integer ? "integer" : "number", undefined, (t, input, _context, fallback) => {
    const value = decimalValue(t);
    const hint = numberHint(bounds, fallback);
    if (t.trim() === "" || !Number.isFinite(value)) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `'${t}' is not a number`, hint);
    }
    if (bounds.integer && !Number.isInteger(value)) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `'${t}' is not a whole number`, hint);
    }
    if (bounds.min !== undefined && value < bounds.min) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `${value} is below the minimum ${bounds.min}`, hint);
    }
    if (bounds.max !== undefined && value > bounds.max) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `${value} is above the maximum ${bounds.max}`, hint);
    }
    return value;
});
const choice = (options) => kind(options.join(" | "), undefined, (t, input) => {
    if (options.includes(t))
        return t;
    throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `'${t}' is not one of ${options.join(", ")}`);
});
/**
 * Items one a line or comma-separated, blank ones dropped; an item in double quotes keeps its
 * commas, as a CSV cell does (`"income, annual"`, a quote inside doubled), so that any column's
 * name can be listed.
 */
const list = () => kind("list", [], (t) => t
    .split(/\r?\n/)
    .flatMap(commaItems)
    .filter((item) => item !== ""));
/** An item in double quotes, with the comma or end after it. */
const QUOTED = /\s*"((?:[^"]|"")*)"\s*(,|$)/y;
/** A line's items: split at each comma outside double quotes, trimmed, quoted ones unquoted. */
function commaItems(line) {
    const items = [];
    for (let at = 0; at <= line.length;) {
        QUOTED.lastIndex = at;
        const quoted = QUOTED.exec(line);
        if (quoted) {
            items.push((quoted[1] ?? "").replaceAll('""', '"'));
            at = QUOTED.lastIndex + (quoted[2] ? 0 : 1);
            continue;
        }
        const comma = line.indexOf(",", at);
        const end = comma < 0 ? line.length : comma;
        items.push(line.slice(at, end).trim());
        at = end + 1;
    }
    return items;
}
/**
 * The character between the fields of a CSV file: one printable ASCII character that is not
 * part of a plain value or a number (no letter, digit, quote, point or sign), or the words `tab`
 * and `space`, since a runner trims either given as it is.
 */
const delimiter = () => ({
    ...kind("character | tab | space", undefined, (t, input) => {
        if (t === "tab" || t === "\\t")
            return "\t";
        if (t === "space")
            return " ";
        if (/^[!-~]$/.test(t) && !/[\w".+-]/.test(t))
            return t;
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `'${(0,_engine_report_escape_control_js__WEBPACK_IMPORTED_MODULE_4__/* .safeForLog */ .p5)((0,_engine_report_shorten_js__WEBPACK_IMPORTED_MODULE_5__/* .shorten */ .ml)(t, 40))}' is not a delimiter`, "Give the one character between fields, such as ; or |, or tab or space");
    }),
    blank: "Write space for fields separated by a space, or tab for a tab",
});
// Normalised, as the link checks judge a path: `ln/../x` is read where it is written, not where
// the system would take it after following `ln`.
const absolute = (t, cwd) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, t);
/** A path to an existing file, resolved against the workspace. */
const file = () => ({
    ...kind("file", undefined, (t, input, { cwd }) => {
        const path = absolute(t, cwd);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `file '${t}' does not exist`, "Check the path; a relative path starts from the working directory");
        }
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile()) {
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `'${t}' is not a file`, "Give the path of a file, not a folder");
        }
        return path;
    }),
    reads: true,
});
/** A path the action will write; its folder is created when the action writes. */
const outputPath = () => ({
    ...kind("path", undefined, (t, _input, { cwd }) => absolute(t, cwd)),
    writes: true,
});
/** A path the action will write, or `none` (null) for a file the user does not want. */
const optionalOutputPath = () => ({
    ...kind("path | none", undefined, (t, _input, { cwd }) => t === "none" ? null : absolute(t, cwd)),
    writes: true,
});


/***/ }),

/***/ 3924:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tm: () => (/* binding */ MARKER_KEY),
/* harmony export */   pR: () => (/* binding */ deriveMarkerKey),
/* harmony export */   z1: () => (/* binding */ parseMarkerKey)
/* harmony export */ });
/* unused harmony export MARKER_KEY_MAX_LENGTH */
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8350);
/**
 * The keys that tell one owned comment or issue from another (`eval-gate/churn`, say). A key
 * lives inside a hidden HTML marker, so it holds only characters that cannot end the comment or
 * break the search for it. Keys given as inputs are shorter than the marker allows, because the
 * code appends suffixes to them (alert-issue.ts marks each clearing with `.<timestamp>`).
 */

/** What a marker accepts, suffixes included. */
const MARKER_KEY = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$/;
/** The longest key an input may give; the 20 characters left are for suffixes. */
const MARKER_KEY_MAX_LENGTH = 80;
const GIVEN_KEY = new RegExp(`^[A-Za-z0-9][A-Za-z0-9._:/-]{0,${MARKER_KEY_MAX_LENGTH - 1}}$`);
/** The key an input gives, or an InputError that names the input and what a key may hold. */
function parseMarkerKey(input, text) {
    const key = text.trim();
    if (GIVEN_KEY.test(key))
        return key;
    throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${text}' is not a valid key`, `Use 1 to ${MARKER_KEY_MAX_LENGTH} characters: letters, digits and . _ : / -, starting with a letter or digit`);
}
/**
 * A valid key made from free text (a file path, say) under `prefix`: disallowed characters
 * become `-`, and when that changed the text or it had to be cut, a short hash of the text is
 * appended so that two sources never share a key.
 */
function deriveMarkerKey(prefix, source) {
    const slug = source.replace(/[^A-Za-z0-9._:/-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "");
    const plain = `${prefix}/${slug}`;
    if (slug !== "" && slug === source && plain.length <= MARKER_KEY_MAX_LENGTH)
        return plain;
    const hash = fingerprint(source);
    const room = MARKER_KEY_MAX_LENGTH - prefix.length - hash.length - 2;
    const cut = slug.slice(0, Math.max(room, 0)).replace(/[^A-Za-z0-9]+$/, "");
    return cut === "" ? `${prefix}/${hash}` : `${prefix}/${cut}-${hash}`;
}
/** Eight hex digits that tell keys from the same slug apart (FNV-1a): stable, not a secret. */
function fingerprint(text) {
    let h = 0x811c9dc5;
    for (const byte of Buffer.from(text, "utf8"))
        h = Math.imul(h ^ byte, 0x01000193);
    return (h >>> 0).toString(16).padStart(8, "0");
}


/***/ })

};
