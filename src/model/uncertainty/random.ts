/**
 * The simulation's own seeded generator: PCG32 (O'Neill 2014, PCG-XSH-RR, 64-bit state, 32-bit output),
 * as the reference `pcg32_srandom_r` / `pcg32_random_r` of pcg-c-basic. Plain 32-bit integer arithmetic
 * (the 64-bit state kept as two halves), so the same seed gives the same numbers on any machine and in
 * any JavaScript engine. Not for secrets.
 */

/** The stream the simulation uses: 54, as the reference demo, so seed 42 reproduces its published output. */
export const SIMULATION_STREAM = 54;

/** 6364136223846793005, PCG's multiplier, in 32-bit halves. */
const MULTIPLIER_HIGH = 0x5851f42d;
const MULTIPLIER_LOW = 0x4c957f2d;

/** The high 32 bits of the 64-bit product of two unsigned 32-bit integers (each partial product < 2^53). */
function multiplyHigh(a: number, b: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const low = a0 * b0;
  const crossA = a1 * b0;
  const crossB = a0 * b1;
  const middle = (low >>> 16) + (crossA & 0xffff) + (crossB & 0xffff);
  return (a1 * b1 + (crossA >>> 16) + (crossB >>> 16) + Math.floor(middle / 0x10000)) >>> 0;
}

/** PCG's 32-bit output from the state before a step: xorshifted = ((old >> 18) ^ old) >> 27, rotated by old >> 59. */
function output(high: number, low: number): number {
  const mixedHigh = high ^ (high >>> 18);
  const mixedLow = low ^ ((low >>> 18) | (high << 14));
  const xorshifted = ((mixedLow >>> 27) | (mixedHigh << 5)) >>> 0;
  const rotation = high >>> 27;
  return ((xorshifted >>> rotation) | (xorshifted << (-rotation & 31))) >>> 0;
}

/** The high half of state × multiplier + increment (mod 2^64), given the low half's sum before wrapping. */
function nextHigh(high: number, low: number, incrementHigh: number, sumLow: number): number {
  const productHigh =
    multiplyHigh(low, MULTIPLIER_LOW) +
    Math.imul(high, MULTIPLIER_LOW) +
    Math.imul(low, MULTIPLIER_HIGH);
  return (productHigh + incrementHigh + (sumLow > 0xffffffff ? 1 : 0)) >>> 0;
}

/** 2^32: a 32-bit output (+ ½) divided by it is a uniform number strictly between 0 and 1. */
const TWO_TO_32 = 4294967296;

export class Pcg32 {
  private high = 0;
  private low = 0;
  private readonly incrementHigh: number;
  private readonly incrementLow: number;

  /**
   * `pcg32_srandom_r(initstate, initseq)`: state 0, increment 2·initseq + 1, one step, add initstate,
   * one step. Both are taken as unsigned 32-bit integers (the simulation's seeds are 0 … 2^32 − 1).
   */
  constructor(initState: number, initSequence: number = SIMULATION_STREAM) {
    const sequence = initSequence >>> 0;
    this.incrementHigh = sequence >>> 31;
    this.incrementLow = ((sequence << 1) | 1) >>> 0;
    this.step();
    const low = this.low + (initState >>> 0);
    this.high = (this.high + (low > 0xffffffff ? 1 : 0)) >>> 0;
    this.low = low >>> 0;
    this.step();
  }

  /** state ← state × multiplier + increment (mod 2^64). */
  private step(): void {
    const sumLow = (Math.imul(this.low, MULTIPLIER_LOW) >>> 0) + this.incrementLow;
    this.high = nextHigh(this.high, this.low, this.incrementHigh, sumLow);
    this.low = sumLow >>> 0;
  }

  /** `pcg32_random_r`: the next unsigned 32-bit output. */
  nextUint32(): number {
    const value = output(this.high, this.low);
    this.step();
    return value;
  }

  /**
   * Fills `into` with the next outputs as uniform numbers strictly between 0 and 1, (output + ½) / 2^32,
   * never 0 or 1 exactly. The same numbers as calling `nextUint32` for each; quicker, the state being
   * kept in local variables while it runs.
   */
  fillUniform(into: Float64Array): void {
    let { high, low } = this;
    const { incrementHigh, incrementLow } = this;
    for (let i = 0; i < into.length; i += 1) {
      into[i] = (output(high, low) + 0.5) / TWO_TO_32;
      const sumLow = (Math.imul(low, MULTIPLIER_LOW) >>> 0) + incrementLow;
      high = nextHigh(high, low, incrementHigh, sumLow);
      low = sumLow >>> 0;
    }
    this.high = high;
    this.low = low;
  }
}
