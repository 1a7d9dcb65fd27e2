import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { expect, hydrated, test } from './fixtures';

/**
 * The JavaScript a learner's phone downloads to open a chapter: every script the page fetches until it
 * has hydrated and woken the blocks on the first screen, counted Brotli-compressed (as the host serves them).
 * Each chapter may grow to its figure in size-budget.json plus 5%. To record new figures (after making
 * the bundle smaller, say): `SIZE_BUDGET_RECORD=1 npx playwright test size-budget --project=desktop`.
 */
const dist = process.env.E2E_DIST ?? 'dist';
const budget = JSON.parse(readFileSync('size-budget.json', 'utf8')) as {
  allowance: number;
  chapters: Record<string, number | undefined>;
};
const chapters = readdirSync('content').flatMap((f) => /^\d+-(.+)\.mdx$/.exec(f)?.slice(1, 2) ?? []);
const allowed = budget.allowance;
const recorded: Record<string, number> = {};

for (const slug of chapters)
  test(`a first visit to /${slug} loads no more JavaScript than its budget`, async ({ page }) => {
    const scripts = new Set<string>();
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
    });
    await page.goto(`/${slug}/`);
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    const bytes = [...scripts].reduce((sum, p) => sum + brotliCompressSync(readFileSync(path.join(dist, p))).length, 0);
    if (process.env.SIZE_BUDGET_RECORD) {
      recorded[slug] = bytes;
      return;
    }
    const figure = budget.chapters[slug];
    expect(figure, `size-budget.json has a figure for ${slug}`).toBeDefined();
    expect(bytes, `first-load JS of /${slug}, Brotli bytes (budget ${figure} + ${allowed * 100}%)`).toBeLessThanOrEqual(
      Math.floor((figure ?? 0) * (1 + allowed)),
    );
  });

test.afterAll(() => {
  if (!process.env.SIZE_BUDGET_RECORD || Object.keys(recorded).length === 0) return;
  const chaptersNow = { ...budget.chapters, ...recorded };
  writeFileSync('size-budget.json', `${JSON.stringify({ ...budget, chapters: chaptersNow }, null, 2)}\n`);
});
