export declare function buildServiceWorker(dist: string, pageFiles?: string[]): Promise<void>;
