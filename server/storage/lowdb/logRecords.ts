import { crc32 } from 'node:zlib'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { LoggedUpdate } from '../types'

/** Bytes before each record's payload: its length and its CRC-32, both unsigned 32-bit big-endian. */
const HEADER_BYTES = 8
/** No record is larger than this (a WebSocket message is at most a few MiB); a larger length is damage. */
const MAX_RECORD_BYTES = 256 * 1024 * 1024

/** A record of the shared update log: the workspace it belongs to, and the update with its sender. */
export interface WorkspaceRecord {
  workspaceId: string
  record: LoggedUpdate
}

/**
 * One log record: `[payload length][CRC-32 of payload][payload]`, the payload being the workspace id, whether a
 * member sent it, the member's id, and the update. The length and checksum let a reader tell a whole record from
 * one a crash cut short.
 */
export function encodeLogRecord(workspaceId: string, record: LoggedUpdate): Uint8Array {
  const payload = encoding.createEncoder()
  encoding.writeVarString(payload, workspaceId)
  encoding.writeVarUint(payload, record.memberId === null ? 0 : 1)
  if (record.memberId !== null) encoding.writeVarString(payload, record.memberId)
  encoding.writeVarUint8Array(payload, record.update)
  const body = encoding.toUint8Array(payload)
  const out = Buffer.allocUnsafe(HEADER_BYTES + body.byteLength)
  out.writeUInt32BE(body.byteLength, 0)
  out.writeUInt32BE(crc32(body), 4)
  out.set(body, HEADER_BYTES)
  return out
}

/** The records of a log file with their offsets, and where the whole ones end. */
export interface DecodedLog {
  records: (WorkspaceRecord & { offset: number })[]
  /** Offset just after the last whole record; bytes from here on are a torn tail or damage. */
  validBytes: number
  /**
   * Whether the bytes after the whole records are damage rather than a torn tail: a write a crash or a full disk
   * cut short leaves a record that claims a sane length and runs past the end of the file, or zeros where the
   * file system extended the file but never wrote the data. Anything else (a checksum that fails on data that is
   * there, an absurd length, a payload that does not decode) was never written by the log.
   */
  damaged: boolean
}

function isAllZero(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte !== 0) return false
  return true
}

function decodePayload(body: Uint8Array): WorkspaceRecord {
  const decoder = decoding.createDecoder(body)
  const workspaceId = decoding.readVarString(decoder)
  const hasMember = decoding.readVarUint(decoder) === 1
  const memberId = hasMember ? decoding.readVarString(decoder) : null
  const update = decoding.readVarUint8Array(decoder)
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes in a log record')
  return { workspaceId, record: { memberId, update: new Uint8Array(update) } }
}

/**
 * Read records until the data ends or a record is incomplete, fails its checksum or does not decode: that and
 * everything after it is a torn tail (appends are sequential, so nothing whole can follow a torn record).
 */
export function decodeLog(data: Uint8Array): DecodedLog {
  const view = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  const records: DecodedLog['records'] = []
  let offset = 0
  let torn = true
  while (offset + HEADER_BYTES <= view.byteLength) {
    const length = view.readUInt32BE(offset)
    const checksum = view.readUInt32BE(offset + 4)
    const end = offset + HEADER_BYTES + length
    if (length > MAX_RECORD_BYTES) {
      torn = false
      break
    }
    if (end > view.byteLength) break
    const body = view.subarray(offset + HEADER_BYTES, end)
    if (crc32(body) !== checksum) {
      torn = false
      break
    }
    try {
      records.push({ ...decodePayload(body), offset })
    } catch {
      torn = false
      break
    }
    offset = end
  }
  const rest = view.subarray(offset)
  return { records, validBytes: offset, damaged: !torn && !isAllZero(rest) }
}
