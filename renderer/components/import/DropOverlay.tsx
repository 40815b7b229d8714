import { useEffect, useState } from 'react'
import './drop-zone.css'

/** Whether a drag carries files (not text dragged within the page). */
function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false
}

/**
 * A hint over the whole window while files are dragged over it. The drop itself is handled by
 * the preload, which reads the files' paths and imports them; this only shows where to let go.
 */
export function DropOverlay() {
  const [over, setOver] = useState(false)

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; counting them tells when the drag left.
    let depth = 0
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth += 1
      setOver(true)
    }
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setOver(false)
    }
    const end = () => {
      depth = 0
      setOver(false)
    }
    const over = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault()
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragleave', leave)
    window.addEventListener('dragover', over)
    window.addEventListener('drop', end)
    window.addEventListener('dragend', end)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('dragover', over)
      window.removeEventListener('drop', end)
      window.removeEventListener('dragend', end)
    }
  }, [])

  if (!over) return null
  return (
    <div className="drop-overlay" role="status">
      <p>
        Drop to import
        <small>Web pages, Word documents, PDFs, .txt and .md articles, .jsonld annotations</small>
      </p>
    </div>
  )
}
