import { TeamError } from './team-error'

/** How a team's repository is reached. */
export type TeamAddressKind = 'https' | 'http' | 'ssh' | 'scp' | 'git' | 'file' | 'path'

/**
 * What kind of address `address` is: `https://…`, `http://…`, `ssh://…`, `user@host:path` (scp
 * style, as `git@github.com:desk/team.git`), `git://…` (a git daemon, used by tests), `file://…`
 * or the absolute path of a bare repository (on a shared drive). Refuses anything else with a
 * `bad-address` {@link TeamError}: relative paths, addresses starting with `-` (they would read
 * as options), NUL or line breaks, and git's remote-helper syntax (`ext::…`, `fd::…`), which runs
 * commands.
 */
export function teamAddressKind(address: string): TeamAddressKind {
  const refuse = (why: string): never => {
    throw new TeamError('bad-address', `team-address: “${address}” is not a team address: ${why}.`)
  }
  if (address.length === 0 || address.length > 2048) refuse('it is empty or too long')
  if (/[\0\r\n]/.test(address)) refuse('it holds a control character')
  if (address.startsWith('-')) refuse('it starts with “-”')
  if (/^[a-z][a-z0-9+.-]*::/i.test(address)) refuse('remote helpers (“…::”) are not allowed')
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(address)?.[1]?.toLowerCase()
  if (scheme !== undefined) {
    if (scheme === 'https' || scheme === 'http' || scheme === 'ssh' || scheme === 'git') {
      if (!/^[a-z+]+:\/\/[^/\s]+/i.test(address)) refuse('it names no host')
      return scheme
    }
    if (scheme === 'file') return 'file'
    return refuse(`the scheme ${scheme}:// is not one Factmark uses (https, ssh, git, file)`)
  }
  if (
    /^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[^/\\]/.test(address) ||
    /^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:\//.test(address)
  ) {
    return 'scp'
  }
  if (address.startsWith('/') || /^[A-Za-z]:[\\/]/.test(address) || address.startsWith('\\\\')) {
    return 'path'
  }
  return refuse('use https://…, ssh://…, git@host:path or the absolute path of a bare repository')
}
