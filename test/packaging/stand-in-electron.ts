import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * The marker Electron puts before its fuse wire (@electron/fuses' `SENTINEL`); `flipFuses` finds
 * the wire by searching the binary for it.
 */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

/** The fuse wire's format version byte that @electron/fuses' `FuseVersion.V1` expects. */
const FUSE_WIRE_VERSION = 1

/** The V1 fuses, in wire order (@electron/fuses' `FuseV1Options`). */
export const FUSE_NAMES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const

/** One fuse's name. */
export type FuseName = (typeof FUSE_NAMES)[number]

/** The state of each fuse: on, off, or a byte that is neither (removed, garbage). */
export type FuseWire = Record<FuseName, boolean | number>

/** What a stock Electron binary ships with (electron/docs/tutorial/fuses.md). */
export const STOCK_FUSES: Readonly<Record<FuseName, boolean>> = {
  runAsNode: true,
  enableCookieEncryption: false,
  enableNodeOptionsEnvironmentVariable: true,
  enableNodeCliInspectArguments: true,
  enableEmbeddedAsarIntegrityValidation: false,
  onlyLoadAppFromAsar: false,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: true,
}

const ENABLED = '1'.charCodeAt(0)
const DISABLED = '0'.charCodeAt(0)

/**
 * Writes a stand-in for Electron's unpacked Linux distribution into `dir`, enough for
 * electron-builder's `dir` target with `electronDist` pointing at it: an `electron` executable (a
 * shell script that does nothing, followed by the fuse sentinel and a V1 wire in the stock
 * state, so the fuse step has something real to flip), `version`, `LICENSE` and one locale.
 * There is no `default_app.asar`: a real download has it removed by electron-builder.
 */
export async function writeStandInElectron(dir: string, version: string): Promise<void> {
  await mkdir(join(dir, 'locales'), { recursive: true })
  await mkdir(join(dir, 'resources'), { recursive: true })
  const wire = Buffer.from([
    FUSE_WIRE_VERSION,
    FUSE_NAMES.length,
    ...FUSE_NAMES.map((name) => (STOCK_FUSES[name] ? ENABLED : DISABLED)),
  ])
  const executable = join(dir, 'electron')
  await writeFile(
    executable,
    Buffer.concat([
      Buffer.from('#!/bin/sh\n# A stand-in for the Electron binary; it never runs.\nexit 1\n'),
      Buffer.from(FUSE_SENTINEL, 'ascii'),
      wire,
      Buffer.from('\n'),
    ]),
  )
  await chmod(executable, 0o755)
  await writeFile(join(dir, 'version'), version)
  await writeFile(join(dir, 'LICENSE'), 'Stand-in for the Electron license.\n')
  await writeFile(join(dir, 'locales', 'en-US.pak'), '')
}

/**
 * Reads the fuse wire of a binary: finds the sentinel and decodes each V1 fuse that the wire
 * holds. Throws when the sentinel is missing, appears twice, or the wire is not V1.
 */
export async function readFuseWire(binary: string): Promise<FuseWire> {
  const bytes = await readFile(binary)
  const at = bytes.indexOf(FUSE_SENTINEL, 0, 'ascii')
  if (at === -1) throw new Error(`stand-in-electron: no fuse sentinel in ${binary}`)
  if (bytes.lastIndexOf(FUSE_SENTINEL, undefined, 'ascii') !== at) {
    throw new Error(`stand-in-electron: more than one fuse sentinel in ${binary}`)
  }
  const wire = at + FUSE_SENTINEL.length
  if (bytes[wire] !== FUSE_WIRE_VERSION) {
    throw new Error(`stand-in-electron: fuse wire version ${bytes[wire]} in ${binary}, not 1`)
  }
  const length = bytes[wire + 1] ?? 0
  const entries = FUSE_NAMES.slice(0, length).map((name, index) => {
    const state = bytes[wire + 2 + index] ?? -1
    return [name, state === ENABLED ? true : state === DISABLED ? false : state] as const
  })
  return Object.fromEntries(entries) as FuseWire
}
