/** Why a team operation failed, for callers that act on it (the CLI prints only the message). */
export type TeamFailure =
  | 'git-missing'
  | 'git-too-old'
  | 'git-failed'
  | 'bad-address'
  | 'unreachable'
  | 'not-a-team'
  | 'no-team'
  | 'not-admin'
  | 'bad-key'
  | 'bad-roster'
  | 'push-rejected'

/** A team operation that failed, with a message meant for the editor naming what to do. */
export class TeamError extends Error {
  /** `reason` classifies the failure; the message says what happened and what to do. */
  constructor(
    readonly reason: TeamFailure,
    message: string,
  ) {
    super(message)
    this.name = 'TeamError'
  }
}
