#!/usr/bin/env node
// `npx flywheel …`: the command-line tool (src/cli/main.ts), run by tsx with the `development` condition
// (Node 20 and Lexical: see README "Node 20 and Lexical"). Exit code and signals pass through.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const child = spawn(process.execPath, ['-C', 'development', '--import', 'tsx', path.join(root, 'src/cli/main.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: process.cwd(),
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
