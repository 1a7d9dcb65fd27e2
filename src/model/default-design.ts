/**
 * Which design a page shows when its address names none, or one that does not exist: the chapter's
 * own design, the design the diagram follows while a learner reads, and the embed page's fallback.
 */
import type { ChapterSummary } from './course';
import type { DiagramState } from './diagram-state';
import type { ArchitectureId } from './types';

/** An embed whose address names no known design shows the design most hypervisors use today. */
export const EMBED_FALLBACK_DESIGN: ArchitectureId = 'hardware-assisted';

/** A chapter's design: its frontmatter `diagram`, else its first <StackDiagram>, else bare metal. */
export function defaultArch(chapter: ChapterSummary): ArchitectureId {
  return chapter.diagram ?? chapter.diagrams[0]?.arch ?? 'bare-metal';
}

/** The diagram a section asked for: the last <StackDiagram> at or above the section in view. */
export function focusFor(chapter: ChapterSummary, active: string | null): DiagramState | undefined {
  const order = new Map(chapter.headings.map((h, i) => [h.id, i]));
  const at = active === null ? -1 : (order.get(active) ?? -1);
  let found: DiagramState | undefined;
  for (const d of chapter.diagrams) {
    const i = d.section === null ? -1 : (order.get(d.section) ?? -1);
    if (i <= at) found = { arch: d.arch, step: d.step };
  }
  return found;
}
