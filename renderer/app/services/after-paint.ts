/** Runs `callback` once the next frame is painted, or after 100 ms when none is (hidden window). */
export function afterPaint(callback: () => void): void {
  let done = false
  const run = () => {
    if (done) return
    done = true
    callback()
  }
  requestAnimationFrame(() => setTimeout(run, 0))
  setTimeout(run, 100)
}
