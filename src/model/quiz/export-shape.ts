/**
 * A question as the LMS formats (GIFT, Moodle XML, the SCORM page) can carry it: one of four shapes.
 * Each question kind says how it becomes one of them (its `KindExport`, registered beside its model in
 * ./kinds); scripts/lms adds where the question is taught and writes the formats.
 */
import type { Architecture } from '../types';
import type { Question } from './types';

export interface ExportOption {
  readonly text: string;
  readonly correct: boolean;
  readonly feedback: string;
}

export type ExportBody =
  | { readonly shape: 'choice'; readonly multiple: boolean; readonly options: readonly ExportOption[] }
  | { readonly shape: 'true-false'; readonly answer: boolean; readonly whyTrue: string; readonly whyFalse: string }
  | {
      readonly shape: 'match';
      readonly pairs: readonly { readonly item: string; readonly answer: string; readonly why: string }[];
      /** Options no item belongs to. */
      readonly distractors: readonly string[];
    }
  | {
      readonly shape: 'order';
      /** The right order, in the direction the prompt asks for. */
      readonly items: readonly string[];
      /** What the first item of the list is ("the hardware" or "the top of the stack"). */
      readonly firstItem: string;
      readonly why: string;
    };

/** A kind's question as one of the shapes above; throws ExportError when it cannot be carried. */
export type KindExport<Q extends Question> = (q: Q) => ExportBody;

export class ExportError extends Error {}

/** A layer's name as an option: its label, with its column(s) when another layer has the same label. */
export function layerName(arch: Architecture, layerId: string): string {
  const layer = arch.layers.find((l) => l.id === layerId);
  if (!layer) throw new ExportError(`"${layerId}" is not a layer of ${arch.id}`);
  const twins = arch.layers.filter((l) => l.label === layer.label);
  if (twins.length < 2) return layer.label;
  const columns = (layer.columns ?? []).map((c) => arch.columns.find((col) => col.id === c)?.label ?? c);
  return `${layer.label} (${columns.join(', ') || 'all columns'})`;
}
