export declare function compressFile(file: string): Promise<void>;
export declare function precompress(dist: string): Promise<void>;
