import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { importCycles, importGraph, type ImportGraph } from './import-graph'

const root = fileURLToPath(new URL('../..', import.meta.url))

describe('importCycles', () => {
  it('finds a cycle, a self-import, and nothing in a tree', () => {
    const graph: ImportGraph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'd.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
      ['f.ts', ['d.ts']],
    ])
    expect(importCycles(graph)).toEqual(
      expect.arrayContaining([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]),
    )
    expect(importCycles(graph)).toHaveLength(2)
    expect(
      importCycles(
        new Map([
          ['x.ts', ['y.ts']],
          ['y.ts', []],
        ]),
      ),
    ).toEqual([])
  })
})

describe('the repository', () => {
  it('has no import cycles in its sources, scripts or tests', () => {
    const graph = importGraph(root, ['shared', 'electron', 'renderer', 'scripts', 'test'])
    expect(graph.size).toBeGreaterThan(100)
    // The graph is real: the contract imports the model, the story view its records.
    expect(graph.get('shared/ipc/contract.ts')).toContain('shared/model/notice.ts')
    expect(importCycles(graph)).toEqual([])
  })
})
