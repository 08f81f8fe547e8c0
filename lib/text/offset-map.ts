/**
 * Where each character of a normalised text came from in the original.
 * Normalisation keeps almost every character, only shifted by what it
 * dropped or inserted before it (a space, a joined wrap, a pinyin
 * annotation), so the map stores one entry per change of shift rather than
 * one per character: a 2 M-character page needs tens of thousands of entries,
 * not 8 MB.
 */
export class OffsetMap {
  /** Reads in increasing order (how findings are emitted) start from here. */
  private cursor = 0;

  constructor(
    /** Text index where each run starts, increasing. */
    private readonly starts: Int32Array,
    /** Original index minus text index, for each run. */
    private readonly shifts: Int32Array,
    private readonly count: number,
    /** Length of the normalised text. */
    readonly length: number,
    /** Length of the original: what index `length` maps to. */
    private readonly originalLength: number,
  ) {}

  /** The original index of text character `index`; `at(length)` is the original's length. */
  at(index: number): number {
    if (index >= this.length) return this.originalLength;
    return index + this.shifts[this.runOf(index)];
  }

  private runOf(index: number): number {
    const { starts, count } = this;
    let k = this.cursor;
    if (starts[k] <= index) {
      // Reads mostly move forward a little: a few steps before searching.
      for (let step = 0; step < 4; step++) {
        if (k + 1 >= count || starts[k + 1] > index) return (this.cursor = k);
        k++;
      }
    }
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= index) low = mid;
      else high = mid - 1;
    }
    return (this.cursor = low);
  }
}

/** Collects the runs of an {@link OffsetMap} as text is written in order. */
export class OffsetMapBuilder {
  private starts = new Int32Array(256);
  private shifts = new Int32Array(256);
  private count = 0;
  private shift = Number.NaN;

  /** Text index `index` comes from original index `from`. */
  map(index: number, from: number): void {
    const shift = from - index;
    if (shift === this.shift) return;
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = index;
    this.shifts[this.count++] = shift;
    this.shift = shift;
  }

  build(length: number, originalLength: number): OffsetMap {
    if (this.count === 0) this.map(0, 0);
    return new OffsetMap(this.starts, this.shifts, this.count, length, originalLength);
  }

  private grow(): void {
    const starts = new Int32Array(this.starts.length * 2);
    const shifts = new Int32Array(this.shifts.length * 2);
    starts.set(this.starts);
    shifts.set(this.shifts);
    this.starts = starts;
    this.shifts = shifts;
  }
}
