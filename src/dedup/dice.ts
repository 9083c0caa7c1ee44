// Character-bigram Dice similarity of two sentences, behind our own function so the (deprecated, unmaintained)
// string-similarity package can be swapped for a 20-line replacement without touching callers. Only ever used
// on sentences: on whole articles it saturates and no longer separates copies from independent reports.
import stringSimilarity from 'string-similarity';

/** Dice coefficient of the character bigrams of two already folded sentences (0..1). */
export function dice(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  return stringSimilarity.compareTwoStrings(a, b);
}
