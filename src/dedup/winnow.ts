// Winnowing (Schleimer, Wilkerson, Aiken 2003), written from the definition: in every window of `w`
// consecutive hashes keep the minimum (the rightmost one on ties), recording each selection once. Any shared
// run of at least w + k - 1 tokens then shares a fingerprint; nothing shorter than k tokens can.

/** Selected fingerprints: hash values and their positions in the input array. */
export interface Fingerprints {
  hashes: number[];
  positions: number[];
}

/** Robust winnowing of `hashes` with window `w` in O(n), using a monotone deque of positions. */
export function winnow(hashes: ArrayLike<number>, w: number): Fingerprints {
  const out: Fingerprints = { hashes: [], positions: [] };
  const n = hashes.length;
  if (n === 0) return out;
  if (n <= w) {
    const at = rightmostMin(hashes, 0, n);
    out.hashes.push(hashes[at]);
    out.positions.push(at);
    return out;
  }
  const deque = new Int32Array(n);
  let head = 0;
  let tail = 0;
  let last = -1;
  for (let i = 0; i < n; i++) {
    // Keep the deque increasing from head to tail; equal values are dropped so the rightmost minimum wins.
    while (tail > head && hashes[deque[tail - 1]] >= hashes[i]) tail--;
    deque[tail++] = i;
    if (deque[head] <= i - w) head++;
    if (i >= w - 1 && deque[head] !== last) {
      last = deque[head];
      out.hashes.push(hashes[last]);
      out.positions.push(last);
    }
  }
  return out;
}

/** Reference implementation for tests: the rightmost minimum of every window, deduplicated by position. */
export function winnowBruteForce(hashes: ArrayLike<number>, w: number): Fingerprints {
  const out: Fingerprints = { hashes: [], positions: [] };
  const n = hashes.length;
  if (n === 0) return out;
  const windows = Math.max(1, n - w + 1);
  let last = -1;
  for (let s = 0; s < windows; s++) {
    const at = rightmostMin(hashes, s, Math.min(n, s + w));
    if (at !== last) {
      out.hashes.push(hashes[at]);
      out.positions.push(at);
      last = at;
    }
  }
  return out;
}

function rightmostMin(hashes: ArrayLike<number>, from: number, to: number): number {
  let at = from;
  for (let i = from + 1; i < to; i++) if (hashes[i] <= hashes[at]) at = i;
  return at;
}
