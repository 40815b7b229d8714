import { beforeEach, describe, expect, it, vi } from 'vitest'

const dialog = {
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
}

vi.mock('electron', () => ({ dialog }))

const { electronExchangeDialogs } =
  await import('../../../../electron/main/exchange/exchange-dialogs')

describe('electronExchangeDialogs', () => {
  beforeEach(() => {
    vi.clearAllMocks()
  })

  it('offers the package’s name, asks before replacing, and returns the path', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/ana/a.json' })
    const parent = { id: 1 }
    const dialogs = electronExchangeDialogs(() => parent as never)
    expect(await dialogs.choosePackageSaveFile('ana – Library.factmark.json')).toBe(
      '/home/ana/a.json',
    )
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      parent,
      expect.objectContaining({
        defaultPath: 'ana – Library.factmark.json',
        filters: expect.arrayContaining([
          { name: 'Factmark package', extensions: ['json', 'factmark'] },
        ]),
        properties: expect.arrayContaining(['showOverwriteConfirmation']),
      }),
    )
  })

  it('opens one package file, or a folder for the team folder; null when cancelled', async () => {
    const dialogs = electronExchangeDialogs(() => null)
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/p/ben.json'] })
    expect(await dialogs.choosePackageFile()).toBe('/p/ben.json')
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith(
      expect.objectContaining({ properties: ['openFile'] }),
    )
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/srv/team'] })
    expect(await dialogs.chooseTeamFolder()).toBe('/srv/team')
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith(
      expect.objectContaining({ properties: expect.arrayContaining(['openDirectory']) }),
    )
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    expect(await dialogs.choosePackageFile()).toBeNull()
    expect(await dialogs.chooseTeamFolder()).toBeNull()
    expect(await dialogs.choosePackageSaveFile('x.factmark.json')).toBeNull()
  })
})
