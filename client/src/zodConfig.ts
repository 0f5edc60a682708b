import { config } from 'zod'

// zod builds object parsers with `new Function` and probes for it when a schema is made; under the page's CSP
// (script-src without 'unsafe-eval') even the caught probe is reported as a violation. main.tsx imports this
// first, so it runs before any module builds a schema.
config({ jitless: true })
