import { SingleBar, Presets } from 'cli-progress'

export type Progress = { update: (done: number, total: number) => void; stop: () => void }

/**
 * A progress bar on stderr for long work (recomputes, exports); when stderr is not a terminal (CI,
 * logs) one line per 10 % instead, so logs stay readable.
 */
export const progressBar = (label: string, stream: NodeJS.WriteStream = process.stderr): Progress => {
  if (stream.isTTY) {
    const bar = new SingleBar({ format: `${label} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}`, stream, hideCursor: true }, Presets.shades_classic)
    let started = false
    return {
      update: (done, total) => {
        if (!started) bar.start(total, 0)
        started = true
        bar.setTotal(total)
        bar.update(done)
      },
      stop: () => started && bar.stop(),
    }
  }
  let lastTenth = -1
  return {
    update: (done, total) => {
      const tenth = total > 0 ? Math.floor((done / total) * 10) : 10
      if (tenth === lastTenth) return
      lastTenth = tenth
      stream.write(`${label}: ${done}/${total} (${tenth * 10} %)\n`)
    },
    stop: () => {},
  }
}
