import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

/** Each source file (relative to the root) and the source files it imports statically. */
export type ImportGraph = Map<string, string[]>

const SOURCE = /\.(ts|tsx|mts|cts)$/
const SPECIFIERS =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path)
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : []
  })
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null
  const base = resolve(dirname(from), specifier)
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile() && SOURCE.test(candidate)) return candidate
    } catch {
      // not this candidate
    }
  }
  return null
}

/**
 * The static import graph (`import … from`, `import type`, `export … from`, side-effect imports;
 * not dynamic `import()`, which loads lazily and cannot deadlock module evaluation) of the source
 * files under the given folders.
 */
export function importGraph(root: string, folders: readonly string[]): ImportGraph {
  const graph: ImportGraph = new Map()
  for (const file of folders.flatMap((folder) => sourceFiles(join(root, folder)))) {
    const code = readFileSync(file, 'utf8')
    const targets = new Set<string>()
    for (const match of code.matchAll(SPECIFIERS)) {
      const target = resolveImport(file, match[1]!)
      if (target) targets.add(relative(root, target))
    }
    graph.set(relative(root, file), [...targets])
  }
  return graph
}

/** The graph's cycles: each strongly connected component of more than one file, or a self-import. */
export function importCycles(graph: ImportGraph): string[][] {
  // Tarjan's algorithm, iterative so that long chains cannot overflow the stack.
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const onStack = new Set<string>()
  const stack: string[] = []
  const cycles: string[][] = []
  let counter = 0
  for (const start of graph.keys()) {
    if (index.has(start)) continue
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }]
    index.set(start, counter)
    low.set(start, counter++)
    stack.push(start)
    onStack.add(start)
    while (work.length > 0) {
      const frame = work[work.length - 1]!
      const edges = graph.get(frame.node) ?? []
      if (frame.next < edges.length) {
        const target = edges[frame.next++]!
        if (!index.has(target)) {
          index.set(target, counter)
          low.set(target, counter++)
          stack.push(target)
          onStack.add(target)
          work.push({ node: target, next: 0 })
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!))
        }
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!))
      if (low.get(frame.node) !== index.get(frame.node)) continue
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== frame.node)
      if (component.length > 1 || edges.includes(frame.node)) cycles.push(component.sort())
    }
  }
  return cycles
}
