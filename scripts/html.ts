// Changes to an HTML page, made where its parser (node-html-parser) finds the elements and comments
// concerned, the way Vite's own HTML plugin pairs parse5's source locations with MagicString: the
// parser decides what is a tag, a comment or a script's text; what no edit touches stays byte for byte.
import { CommentNode, parse, type HTMLElement, type Node } from 'node-html-parser';

export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: true });
}

/** Replace the source between range[0] and range[1] (as the parser reports it) with `text`. */
export interface HtmlEdit {
  readonly range: readonly [number, number];
  readonly text: string;
}

/** `html` with every edit applied; edits must not overlap. */
export function applyEdits(html: string, edits: readonly HtmlEdit[]): string {
  let out = '';
  let at = 0;
  for (const { range, text } of [...edits].sort((a, b) => a.range[0] - b.range[0])) {
    if (range[0] < at) throw new Error('applyEdits: two edits overlap');
    out += html.slice(at, range[0]) + text;
    at = range[1];
  }
  return out + html.slice(at);
}

/** The one comment `<!--name-->` of a page (a placeholder the template leaves for the build). */
export function placeholder(root: HTMLElement, name: string): CommentNode {
  const found: CommentNode[] = [];
  const visit = (node: Node) => {
    if (node instanceof CommentNode && node.rawText === name) found.push(node);
    node.childNodes.forEach(visit);
  };
  visit(root);
  const [comment] = found;
  if (!comment || found.length > 1) throw new Error(`The page needs exactly one <!--${name}-->, found ${found.length}`);
  return comment;
}

/** A node's range, widened to take the white space before it (its line's indent), for removing it. */
export function withSpaceBefore(html: string, node: Node): [number, number] {
  let start = node.range[0];
  while (start > 0 && ' \t\n\r'.includes(html.charAt(start - 1))) start--;
  return [start, node.range[1]];
}
