export { createDocumentManager, DocumentNotFoundError, type DocumentManager } from './manager'
export { projectDocument } from './projection'
export { DocumentRoom, type RoomConnection } from './room'
