import type { StoreFs } from './store-fs'

/** The errno code a {@link readOnlyFs} refuses writes with. */
export const READ_ONLY_CODE = 'EROFS'

function refuse(op: string, path: string): Promise<never> {
  const error = Object.assign(
    new Error(`${READ_ONLY_CODE}: the library is open for reading only, ${op} '${path}'`),
    { code: READ_ONLY_CODE, syscall: op, path },
  )
  return Promise.reject(error)
}

/**
 * `fs` with every call that would change the disk refused (as EROFS): what a library opened for
 * reading works through, so that reading never writes, moves or locks anything in the folder,
 * whether or not the folder could be written.
 */
export function readOnlyFs(fs: StoreFs): StoreFs {
  return {
    open: (path, flags) => (flags === 'r' ? fs.open(path, flags) : refuse('open', path)),
    readFile: (path) => fs.readFile(path),
    rename: (from) => refuse('rename', from),
    link: (_existing, to) => refuse('link', to),
    copyFile: (_from, to) => refuse('copyfile', to),
    unlink: (path) => refuse('unlink', path),
    mkdir: (path) => refuse('mkdir', path),
    readdir: (path) => fs.readdir(path),
    stat: (path) => fs.stat(path),
  }
}
