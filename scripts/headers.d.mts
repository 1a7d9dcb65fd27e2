export interface HeaderRule {
  readonly pattern: string;
  readonly test: RegExp;
  readonly headers: [string, string][];
}
export declare const FRAMEABLE: RegExp[];
export declare function headersFile(options: { csp: string; routes: string[]; base?: string }): string;
export declare function parseHeaders(text: string): HeaderRule[];
export declare function headersFor(rules: HeaderRule[], pathname: string): [string, string][];
