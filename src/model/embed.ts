/**
 * Embedding one diagram in another site (a learning platform, slides): its address, the theme it
 * takes, the height its frame should have, the chapter it links back to, and the code an instructor
 * pastes. Pure; the page is src/diagram/EmbedPage.tsx, the builder src/app/EmbedBuilder.tsx.
 */
import type { ChapterSummary } from './course';
import { writtenStep, type Step } from './step';
import type { ArchitectureId } from './types';

export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
/** `auto` follows the reader's system setting; the others match a host page that has one look. */
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export function parseEmbedTheme(raw: string | null): EmbedTheme {
  return EMBED_THEMES.find((t) => t === raw) ?? 'auto';
}

/** The message an embed sends its host page whenever its height changes. */
export const HEIGHT_MESSAGE = 'ring-zero:height';

export interface EmbedOptions {
  readonly arch: ArchitectureId;
  /** As DiagramState: null before the trace starts. */
  readonly step: Step;
  readonly theme: EmbedTheme;
}

/** An embed's query string, without what is default (no step, automatic theme). */
export function embedSearch({ step, theme }: Pick<EmbedOptions, 'step' | 'theme'>): string {
  const params = new URLSearchParams();
  const written = writtenStep(step);
  if (written !== null) params.set('step', written);
  if (theme !== 'auto') params.set('theme', theme);
  return params.toString();
}

/** The app path of an embed. */
export function embedPath(options: EmbedOptions): string {
  const query = embedSearch(options);
  return `/embed/${options.arch}/${query ? `?${query}` : ''}`;
}

/**
 * The frame height that shows each design whole, at every step, in a frame 560 px wide: the tallest
 * step as Chromium draws it on Linux, plus about 40 px (120 where the step's arrow label needs room) for fonts that wrap a line sooner
 * (tests/e2e/embed.spec.ts checks every step fits). Narrower frames grow taller:
 * the snippet's script then resizes the frame from the embed's HEIGHT_MESSAGE.
 */
export const EMBED_HEIGHTS = {
  'bare-metal': 700,
  hosted: 910,
  'shared-kernel': 760,
  'user-mode-linux': 780,
  kvm: 870,
  paravirtualization: 780,
  'full-virtualization': 760,
  'hardware-assisted': 800,
} as const satisfies Record<ArchitectureId, number>;

/** The chapter that teaches a design: the one it is the main diagram of, else the first that draws it. */
export function chapterFor(
  arch: ArchitectureId,
  chapters: readonly Pick<ChapterSummary, 'slug' | 'title' | 'diagram' | 'diagrams'>[],
): Pick<ChapterSummary, 'slug' | 'title'> | undefined {
  return chapters.find((c) => c.diagram === arch) ?? chapters.find((c) => c.diagrams.some((d) => d.arch === arch));
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The code an instructor pastes: a frame at the design's height, and a small script that resizes it to
 * fit (platforms that strip scripts keep the frame, at a height that already fits at 560 px).
 * `src` is the embed's absolute URL; the script believes height messages only from its origin.
 */
export function embedSnippet(src: string, title: string, height: number): string {
  const origin = /^https?:\/\/[^/]+/.exec(src)?.[0] ?? '';
  return [
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="560" height="${height}" loading="lazy" style="border:0;width:100%;max-width:560px" data-ring-zero></iframe>`,
    '<script>',
    'addEventListener("message", function (e) {',
    `  if (e.origin !== ${JSON.stringify(origin)} || !e.data || e.data.type !== ${JSON.stringify(HEIGHT_MESSAGE)}) return;`,
    '  document.querySelectorAll("iframe[data-ring-zero]").forEach(function (f) {',
    '    var h = Number(e.data.height);',
    '    if (f.contentWindow === e.source && h > 0) f.style.height = Math.min(h, 4000) + "px";',
    '  });',
    '});',
    '</script>',
  ].join('\n');
}
