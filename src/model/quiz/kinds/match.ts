import { findProduct } from '../../products';
import type { ArchitectureId } from '../../types';
import type { MatchProductsQuestion } from '../types';
import { getArchitecture } from '../../architectures';
import { ExportError } from '../export-shape';
import { isArchId, nonEmpty, texts, type KindBuild, type KindModel } from './shared';

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
  validate: (q, ctx) => {
    const problems: [string, string][] = [];
    if (!Array.isArray(q.products) || q.products.length < 2) problems.push(['products', 'list at least two products']);
    if (!Array.isArray(q.options) || q.options.length < 2) problems.push(['options', 'offer at least two approaches']);
    if (!Array.isArray(q.products) || !Array.isArray(q.options)) return problems;
    q.options.forEach((o, i) => isArchId(ctx, o) || problems.push([`options[${i}]`, `"${o}" is not an architecture`]));
    q.products.forEach((p, i) => {
      const product = ctx.product(p);
      if (!product) problems.push([`products[${i}]`, `"${p}" is not a product in the model`]);
      else if (!q.options.includes(product.architecture))
        problems.push([`products[${i}]`, `"${p}" belongs to ${product.architecture}, which is not among the options`]);
      if (!nonEmpty(q.why?.[p])) problems.push([`why.${p}`, 'missing']);
    });
    return problems;
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
