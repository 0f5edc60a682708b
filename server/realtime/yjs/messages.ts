import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { encodeAwarenessUpdate, type Awareness } from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import { MessageType } from '../../../cases/contracts/yjsMessages'

/** Sync step 1: the server's state vector, so the client answers with what the server lacks. */
export function syncStep1Message(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.SYNC)
  syncProtocol.writeSyncStep1(encoder, doc)
  return encoding.toUint8Array(encoder)
}

/** Sync step 2: everything the client lacks, given its state vector. Throws on a malformed vector. */
export function syncStep2Message(doc: Y.Doc, clientStateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.SYNC)
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2)
  encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc, clientStateVector))
  return encoding.toUint8Array(encoder)
}

/** A live document update. */
export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.SYNC)
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

const relayed = new WeakMap<Uint8Array, Uint8Array>()

/** The update message of a relayed update, encoded once however many connections it goes to. */
export function relayMessage(update: Uint8Array): Uint8Array {
  let message = relayed.get(update)
  if (!message) {
    message = updateMessage(update)
    relayed.set(update, message)
  }
  return message
}

/** The awareness states of these clients. */
export function awarenessMessage(awareness: Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.AWARENESS)
  encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(awareness, clients))
  return encoding.toUint8Array(encoder)
}
