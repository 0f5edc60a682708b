/**
 * Whether a host name or address is loopback (localhost, *.localhost, 127.0.0.0/8, ::1): only this computer
 * reaches it, and browsers treat it as a secure context even over plain http.
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase()
  return bare === 'localhost' || bare.endsWith('.localhost') || bare === '::1' || /^127\./.test(bare)
}
