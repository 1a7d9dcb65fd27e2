/** Edits (insert, delete, change one character) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/**
 * The page a mistyped address most likely meant, by the edit distance of its first path segment to
 * each page's; none when even the nearest needs more than a third of its letters changed (at least 2).
 */
export function nearestPage<T extends { readonly path: string }>(address: string, pages: readonly T[]): T | null {
  const segment = (p: string) => ((p.split(/[?#]/)[0] ?? '').split('/').find((s) => s !== '') ?? '').toLowerCase();
  const typed = segment(address);
  if (typed === '') return null;
  let best: { page: T; distance: number } | null = null;
  for (const page of pages) {
    const distance = editDistance(typed, segment(page.path));
    if (!best || distance < best.distance) best = { page, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(typed.length / 3)) ? best.page : null;
}
