export interface GlossaryEntry {
  /** Lowercase-dashes; `<Term id="...">` and `/glossary#<id>` use it. */
  readonly id: string;
  readonly term: string;
  /** One sentence, shown in the hover/focus tooltip. */
  readonly short: string;
  /** A few sentences for the glossary page. */
  readonly long: string;
  /** Optional link to the section that teaches it: "/slug#section". */
  readonly see?: string;
}
