export declare function contentSecurityPolicy(template: string): string;
export declare function checkLinks(pages: [string, string][], base: string, dist?: string): string[];
export declare function prerender(options?: { dist?: string; ssr?: string }): Promise<void>;
