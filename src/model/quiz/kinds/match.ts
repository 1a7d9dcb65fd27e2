import * as v from 'valibot';
import { architectureIds, getArchitecture } from '../../architectures';
import { filled } from '../../content-schema';
import { findProduct, productIds } from '../../products';
import type { ArchitectureId } from '../../types';
import type { MatchProductsQuestion } from '../types';
import { ExportError } from '../export-shape';
import { questionSchema, texts, type KindBuild, type KindModel } from './shared';

const PRODUCTS = 'list at least two products';
const OPTIONS = 'offer at least two approaches';

export const matchSchema = questionSchema('match', {
  /** Product ids from the model; the right approach for each comes from the model. */
  products: v.pipe(
    v.array(
      v.picklist(productIds, (issue) => `"${String(issue.input)}" is not a product in the model`),
      PRODUCTS,
    ),
    v.minLength(2, PRODUCTS),
  ),
  /** The approaches offered for every product. Each product's own approach must be among them. */
  options: v.pipe(
    v.array(
      v.picklist(architectureIds, (issue) => `"${String(issue.input)}" is not an architecture`),
      OPTIONS,
    ),
    v.minLength(2, OPTIONS),
  ),
  /** Why each product belongs where it does, keyed by product id. */
  why: v.record(v.string(), filled('missing'), 'missing: explain each product, keyed by its id'),
});

export type MatchResponse = Readonly<Record<string, ArchitectureId | ''>>;

export function matchAnswer(productId: string): ArchitectureId | undefined {
  return findProduct(productId)?.architecture;
}

export const matchProducts: KindModel<MatchProductsQuestion, MatchResponse> = {
  kind: 'match',
  label: 'Match products to approaches',
  initial: (q) => Object.fromEntries(q.products.map((p) => [p, ''])),
  answered: (q, r) => q.products.every((p) => (r[p] ?? '') !== ''),
  grade: (q, r) => {
    const parts = Object.fromEntries(q.products.map((p) => [p, r[p] === matchAnswer(p)]));
    return { correct: Object.values(parts).every(Boolean), parts };
  },
  parse: (q, v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
    const rec = v as Record<string, unknown>;
    const out: Record<string, ArchitectureId | ''> = {};
    for (const p of q.products) {
      const a = rec[p];
      if (a === '' || a === undefined) out[p] = '';
      else if (typeof a === 'string' && (q.options as readonly string[]).includes(a)) out[p] = a as ArchitectureId;
      else return null;
    }
    return out;
  },
};

export const matchBuild: KindBuild<MatchProductsQuestion> = {
  schema: matchSchema,
  check: (q, ctx) =>
    q.products.flatMap((p, i): [string, string][] => {
      const problems: [string, string][] = [];
      const own = ctx.product(p)?.architecture;
      if (own && !q.options.includes(own))
        problems.push([`products[${i}]`, `"${p}" belongs to ${own}, which is not among the options`]);
      if (!Object.hasOwn(q.why, p)) problems.push([`why.${p}`, 'missing']);
      return problems;
    }),
  explanations: (q) => texts('why', q.why),
  export: (q) => {
    const name = (id: ArchitectureId) => getArchitecture(id).shortName;
    const pairs = q.products.map((p) => {
      const product = findProduct(p);
      if (!product) throw new ExportError(`"${p}" is not a product in the model`);
      return { item: product.name, answer: name(product.architecture), why: q.why[p] ?? '' };
    });
    const used = new Set(pairs.map((p) => p.answer));
    return { shape: 'match', pairs, distractors: q.options.map(name).filter((n) => !used.has(n)) };
  },
};
