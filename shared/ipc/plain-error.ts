/**
 * Errors in plain words: what happened and what to do next, with the system's code (ENOENT,
 * EACCES…) kept for a "Details" fold in the app or a dim second line in the CLI. The one table of
 * system codes: a module that reports a file-system error (the store, import, export, the CLI)
 * adds its code here rather than spelling its own message.
 */

/** What a system error means for the editor, and what they can do about it. */
export interface SystemErrorWords {
  /** What went wrong, to follow "Factmark could not <do this>: " (lower case, no stop). */
  what: string
  /** What to do next: a sentence, with its full stop. */
  next: string
}

/** A message for a person: the words, and the technical details (code, path) if any. */
export interface PlainMessage {
  /** What happened and what to do next, without system codes. */
  message: string
  /** The system code and the original message, for a Details fold; null when there are none. */
  details: string | null
}

const NO_PERMISSION: SystemErrorWords = {
  what: 'you do not have permission to use it',
  next: 'Ask whoever manages that folder for access, or choose a place of your own.',
}

const TOO_MANY_FILES: SystemErrorWords = {
  what: 'too many files are open at once on this computer',
  next: 'Wait a moment or close some other programs, then try again.',
}

/** Plain words for the system error codes Factmark meets, by code. */
export const SYSTEM_ERROR_WORDS: Readonly<Record<string, SystemErrorWords>> = {
  ENOENT: {
    what: 'it is not there (it may have been moved, renamed or deleted)',
    next: 'Check the name and the folder, then try again.',
  },
  ENOTDIR: {
    what: 'part of its path is a file, not a folder',
    next: 'Check the path, then try again.',
  },
  EISDIR: {
    what: 'it is a folder, not a file',
    next: 'Choose a file inside the folder instead.',
  },
  EACCES: NO_PERMISSION,
  EPERM: NO_PERMISSION,
  EROFS: {
    what: 'the disk it is on can only be read, not written',
    next: 'Choose a folder on a disk you can write to, or make a copy of the library there.',
  },
  ENOSPC: {
    what: 'the disk is full',
    next: 'Free some space on the disk (empty the trash, move large files), then try again.',
  },
  EDQUOT: {
    what: 'your share of the disk is used up',
    next: 'Delete files you no longer need, or ask for more space, then try again.',
  },
  EMFILE: TOO_MANY_FILES,
  ENFILE: TOO_MANY_FILES,
  EBUSY: {
    what: 'another program is using it',
    next: 'Close the program that has it open, then try again.',
  },
  EEXIST: {
    what: 'something with that name is already there',
    next: 'Choose another name, or move the existing one away first.',
  },
  ENOTEMPTY: {
    what: 'the folder is not empty',
    next: 'Choose an empty folder, or move its contents away first.',
  },
  ENAMETOOLONG: {
    what: 'its name or path is too long for the system',
    next: 'Choose a shorter name, or a folder nearer the top of the disk.',
  },
  ELOOP: {
    what: 'its path goes round in a loop of links',
    next: 'Check the links in the path, then try again.',
  },
  EIO: {
    what: 'the disk could not be read or written (a hardware or network fault)',
    next: 'Check the disk or network drive, then try again; keep a copy of your work elsewhere.',
  },
  EXDEV: {
    what: 'it would have to move between two disks',
    next: 'Choose a folder on the same disk as the library.',
  },
  ETIMEDOUT: {
    what: 'the network drive did not answer in time',
    next: 'Check the network connection, then try again.',
  },
}

/** The system error code an error carries (`code` like "ENOENT"), or null. */
export function systemErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : null
}

/**
 * An error in plain words, for when Factmark was trying to `doing` ("open the file “a.docx”",
 * "save the article"): "Factmark could not <doing>: <what>. <next>" for a known system code;
 * for others, the error's own message (a Factmark error is already written for people) or, for a
 * system code without words, a general sentence. The code and the original message go in
 * `details`, never in `message`.
 */
export function plainError(error: unknown, doing: string): PlainMessage {
  const code = systemErrorCode(error)
  const original = error instanceof Error ? error.message : String(error)
  if (code === null) {
    const existing = (error as { details?: unknown } | null)?.details
    return {
      message: original || `Factmark could not ${doing}.`,
      details: typeof existing === 'string' ? existing : null,
    }
  }
  const words = SYSTEM_ERROR_WORDS[code]
  const details = original.startsWith(code) ? original : `${code}: ${original}`
  if (!words) {
    return {
      message: `Factmark could not ${doing}: the system refused. Try again; if it keeps happening, the details say why.`,
      details,
    }
  }
  return { message: `Factmark could not ${doing}: ${words.what}. ${words.next}`, details }
}
