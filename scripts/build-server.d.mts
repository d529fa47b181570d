export declare const ENTRIES: Record<'server' | 'worker' | 'seed', string>
export declare const builtEntry: (source: string) => string
export declare const buildServer: () => Promise<void>
