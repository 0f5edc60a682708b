import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from '../../server/services/csv'

describe('CSV cells', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1")
    expect(csvCell('+62 812')).toBe("'+62 812")
    expect(csvCell('-5')).toBe("'-5")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('\tx')).toBe("'\tx")
    expect(csvCell('\rx')).toBe(`"'\rx"`)
    expect(csvCell('Ani = ketua')).toBe('Ani = ketua')
  })

  it('quotes cells with quotes, commas and line breaks (RFC 4180); numbers and empty cells as they are', () => {
    expect(csvCell('Tim "A", pagi')).toBe('"Tim ""A"", pagi"')
    expect(csvCell('baris\nkedua')).toBe('"baris\nkedua"')
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell(-2.5)).toBe('-2.5')
    expect(csvCell(null)).toBe('')
    expect(csvCell(Number.NaN)).toBe('')
  })

  it('writes a BOM, the header and CRLF rows', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x', 1],
          [null, '=y'],
        ],
      ),
    ).toBe("\uFEFFa,b\r\nx,1\r\n,'=y\r\n")
  })
})
