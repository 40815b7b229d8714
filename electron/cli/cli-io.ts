/** Where the CLI writes and what environment it reads; the real process's in production. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: NodeJS.ProcessEnv
  cwd: string
  /** Reads all of standard input; commands that read it (`segment`) fail without it. */
  stdin?: () => Promise<string>
  /** Whether standard error is a terminal that shows colour (see `useColour`). Default false. */
  colour?: boolean
}
