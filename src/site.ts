// The reader's site and the editor's desk, served by the API itself: one HTML page (site/app.js and site/site.css inline, allowed by their CSP hashes) at every path the script routes, tagged by its own content.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { FastifyInstance } from 'fastify'
import { CACHE_CONTROL, matchesTag } from './caching.js'
import { contentSecurityPolicy } from './security.js'

/** The paths the page serves: its script shows what each one names, read from the public JSON API. */
export const SITE_PATHS = ['/', '/entities/:id', '/articles/:id', '/statements/:id', '/desk'] as const

const asset = (name: string) => readFileSync(new URL(`../site/${name}`, import.meta.url), 'utf8')

function page (script: string, style: string) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Who said what</title>
<style>${style}</style>
</head>
<body data-state="loading">
<header class="site">
<a class="brand" href="/">Who said what</a>
<nav aria-label="Site"><a href="/">Search</a><a id="desk-link" href="/desk" hidden>Editor’s desk</a><a href="/docs">API docs</a><a href="/openapi.json">OpenAPI</a><a href="/openapi.yaml">(YAML)</a></nav>
</header>
<p id="status" role="status" aria-live="polite"></p>
<main id="app"><noscript><p>This page reads the JSON API with JavaScript. Without it, read the API directly: <a href="/v1/statements">/v1/statements</a>, <a href="/v1/entities">/v1/entities</a>, <a href="/v1/articles">/v1/articles</a>.</p></noscript></main>
<script>${script}</script>
</body>
</html>
`
}

/**
 * Serves the page at every site path. It depends on the code alone, not on the data, so it
 * carries its own tag: a deploy that changes it changes the tag, and a write does not.
 */
export function siteRoutes (app: FastifyInstance) {
  const script = asset('app.js')
  const style = asset('site.css')
  const html = page(script, style)
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
  const policy = contentSecurityPolicy({ scriptSrc: ["'self'", hash(script)], styleSrc: ["'self'", hash(style)] })
  const etag = `W/"site-${createHash('sha256').update(html).digest('base64url').slice(0, 16)}"`
  for (const path of SITE_PATHS) {
    app.get(path, { schema: { hide: true }, config: { etag: false } }, async (request, reply) => {
      reply.header('etag', etag).header('cache-control', CACHE_CONTROL)
      if (matchesTag(request.headers['if-none-match'], etag)) return reply.code(304).send()
      return reply.type('text/html; charset=utf-8').header('content-security-policy', policy).send(html)
    })
  }
}
