import fs from 'node:fs'

import type { Command } from 'commander'

import { attributionReport, toCsv } from '../../attribution/reports/report'
import { GROUP_BY, reportInput } from '../../attribution/reports/schemas'
import { MODELS } from '../../attribution/models/credit'
import { withPayload } from '../with-payload'

type Options = { model: string; groupBy: string; conversion?: string; from?: string; to?: string; format: string; out?: string; audience: boolean }

/** `flywheel export report`: the attribution report (as over GraphQL and REST) to CSV or JSON. */
export const exportCommand = (program: Command): void => {
  const exp = program.command('export').description('export data to CSV or JSON')
  exp
    .command('report')
    .description('the attribution report: credited conversions, revenue, clicks, cost and ROI per group')
    .option('--model <model>', `attribution model: ${MODELS.join(', ')}`, 'LINEAR')
    .option('--group-by <group>', `group by: ${GROUP_BY.join(', ')}`, 'CHANNEL')
    .option('--conversion <name>', 'only this conversion (e.g. lead, purchase)')
    .option('--from <date>', 'period start (ISO 8601; default 30 days ago)')
    .option('--to <date>', 'period end (ISO 8601; default now)')
    .option('--format <format>', 'csv or json', 'csv')
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--no-audience', 'skip unique visitors and NPS (faster on large data)')
    .action(async (options: Options) => {
      if (!['csv', 'json'].includes(options.format)) throw new Error(`--format must be csv or json (got ${options.format})`)
      const parsed = reportInput.safeParse({
        model: options.model.toUpperCase(),
        groupBy: options.groupBy.toUpperCase(),
        conversion: options.conversion,
        from: options.from,
        to: options.to,
      })
      if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '))
      const rows = await withPayload((payload) => attributionReport(payload, parsed.data, { audience: options.audience }))
      const text = options.format === 'csv' ? toCsv(rows) : `${JSON.stringify(rows, null, 2)}\n`
      if (options.out) {
        fs.writeFileSync(options.out, text)
        console.error(`${rows.length} rows written to ${options.out}`)
      } else process.stdout.write(text)
    })
}
