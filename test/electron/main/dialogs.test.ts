import { beforeEach, describe, expect, it, vi } from 'vitest'

const dialog = {
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
}
const shell = { showItemInFolder: vi.fn() }

vi.mock('electron', () => ({ dialog, shell }))

const { electronDialogs } = await import('../../../electron/main/dialogs')

describe('electronDialogs', () => {
  beforeEach(() => {
    vi.clearAllMocks()
  })

  it('offers the export’s name and format, asks before replacing, and returns the path', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/ana/story.docx' })
    const parent = { id: 1 }
    const dialogs = electronDialogs(() => parent as never)
    expect(await dialogs.chooseExportFile('Story.docx', 'docx')).toBe('/home/ana/story.docx')
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      parent,
      expect.objectContaining({
        defaultPath: 'Story.docx',
        filters: [{ name: 'Word document', extensions: ['docx'] }],
        properties: expect.arrayContaining(['showOverwriteConfirmation']),
      }),
    )
  })

  it('returns null when the editor cancels a save or folder dialog', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    const dialogs = electronDialogs(() => null)
    expect(await dialogs.chooseExportFile('a.pdf', 'pdf')).toBeNull()
    expect(await dialogs.chooseExportFolder()).toBeNull()
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ properties: expect.arrayContaining(['openDirectory']) }),
    )
  })

  it('shows an exported file in the file manager', () => {
    electronDialogs(() => null).showInFolder('/home/ana/story.html')
    expect(shell.showItemInFolder).toHaveBeenCalledWith('/home/ana/story.html')
  })

  it('lets the editor pick several article files to import', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/a.txt', '/b.md'] })
    expect(await electronDialogs(() => null).chooseImportFiles()).toEqual(['/a.txt', '/b.md'])
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openFile', 'multiSelections'] }),
    )
  })
})
