// The generators moved to src/demo/random.ts (the demo data set uses them too); benches import them from here.
export { inChunks, random } from '../src/demo/random'
