/**
 * Stand-ins for form fields in prerendered HTML, drawn in a field's place (same box, same size) until
 * the block's code has loaded and the real, working field replaces it.
 *
 * Why not a disabled field: on DOMContentLoaded the browser scans every form field in the page
 * (Chromium's autofill checks each one's visibility and focusability), and each check forces style and
 * layout, including the blocks skipped by `content-visibility`. On /comparing (27 inputs in the quiz,
 * 16 drop-downs in its diagrams and quiz) that scan was most of the page's blocking time before any
 * script ran: Lighthouse TBT 150–260 ms with the fields, 25–40 ms without (script-free copies, with
 * `scripts/bench.ts`'s Chromium). A field added later, when its island wakes near the viewport, is
 * scanned then, a few at a time.
 */

/** Where a radio button or checkbox will be. */
export function MarkStandIn({ round }: { readonly round: boolean }) {
  return <span className={round ? 'stand-in stand-in-mark round' : 'stand-in stand-in-mark'} aria-hidden="true" />;
}

/** Where a drop-down will be, showing the value it will start with. */
export function SelectStandIn({ text }: { readonly text: string }) {
  return <span className="stand-in stand-in-select">{text}</span>;
}
