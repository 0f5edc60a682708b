import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { ListItem } from '../../client/src/ecomap/ListItem'

const props = (readOnly: boolean) => ({
  data: { 'data-tie-item': 't1' } as const,
  path: 'ecomap.ties.t1',
  name: 'Keluarga – Sekolah',
  people: [{ clientId: 7, name: 'Budi', color: '#123456' }],
  awareness: new Awareness(new Y.Doc()),
  readOnly,
  deleteLabel: 'Hapus ikatan Keluarga – Sekolah',
  onDelete: () => undefined,
})

describe('an item of the ecomap list editor', () => {
  it('is a fieldset named by the item and the teammates on it, with its fields and a named delete button', () => {
    const html = renderToStaticMarkup(
      createElement(ListItem, { ...props(false), children: createElement('input', { id: 'f' }) }),
    )
    expect(html).toBe(
      '<li data-tie-item="t1"><fieldset><legend>Keluarga – Sekolah <span class="tag" style="background:#123456">' +
        'Budi</span></legend><input id="f"/><button type="button" class="danger">Hapus ikatan Keluarga – Sekolah' +
        '</button></fieldset></li>',
    )
  })

  it('offers no delete button when read-only', () => {
    const html = renderToStaticMarkup(
      createElement(ListItem, { ...props(true), children: createElement('dl') }),
    )
    expect(html).toContain('<legend>Keluarga – Sekolah <span class="tag"')
    expect(html).toContain('<dl></dl></fieldset>')
    expect(html).not.toContain('<button')
  })
})
