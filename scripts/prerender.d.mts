export declare function contentSecurityPolicy(template: string): string;
export declare function checkLinks(pages: [string, string][], base: string, dist?: string): string[];
/** Prerenders every page; returns the files (relative to dist) the service worker should precache. */
export declare function prerender(options?: { dist?: string; ssr?: string }): Promise<string[]>;
