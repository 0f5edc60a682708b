import { afterAll, afterEach, beforeAll } from 'vitest'
import { setupClassWithTeams, type ClassSetup } from './api'
import { connectSocket, type ClientSocket } from './sockets'
import { startTestServer, type TestServer } from './startTestServer'
import type { YClient } from './yclient'

/** One server shared by a describe block, with a class of 2×2 students and an unrelated class of 1×1. */
export interface TwoClasses {
  server: TestServer
  /** The class under test: two teams of two students. */
  mine: ClassSetup
  /** Another lecturer's class: one team of one student. */
  theirs: ClassSetup
  /** Connect a socket.io client to `server`; it is disconnected after the block. */
  connect(token: string | undefined, transports?: string[]): Promise<ClientSocket>
}

/**
 * Register beforeAll/afterAll for a describe block: start a server with two classes, and disconnect every socket
 * opened through `connect` before the server is disposed. Fields are filled in once beforeAll has run.
 */
export function useTwoClasses(): TwoClasses {
  const sockets: ClientSocket[] = []
  const fixture = {
    connect: (token: string | undefined, transports?: string[]) =>
      connectSocket(fixture.server.url, token, sockets, transports),
  } as TwoClasses
  beforeAll(async () => {
    fixture.server = await startTestServer()
    fixture.mine = await setupClassWithTeams(fixture.server.url, { teams: 2, studentsPerTeam: 2 })
    fixture.theirs = await setupClassWithTeams(fixture.server.url, { teams: 1, studentsPerTeam: 1 })
  })
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect()
    await fixture.server.dispose()
  })
  return fixture
}

/** What a test pushes here is closed after it: sockets, then Yjs clients, then servers. */
export interface PerTestResources {
  servers: TestServer[]
  sockets: ClientSocket[]
  clients: YClient[]
}

/** Register an afterEach that disposes everything pushed into the returned lists. */
export function disposeAfterEach(): PerTestResources {
  const live: PerTestResources = { servers: [], sockets: [], clients: [] }
  afterEach(async () => {
    for (const socket of live.sockets.splice(0)) socket.disconnect()
    for (const client of live.clients.splice(0)) client.destroy()
    for (const server of live.servers.splice(0)) await server.dispose()
  })
  return live
}
