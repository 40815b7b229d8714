import { runCli } from './run-cli'

// The `factmark` command: the CLI's process entry. All logic is in run-cli.ts.
runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`factmark: ${String(error)}\n`)
    process.exitCode = 1
  },
)
