/** The environment as the config readers take it (process.env, or a plain object in tests). */
export type Env = Record<string, string | undefined>
