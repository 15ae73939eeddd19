// A Cloudflare Worker: a small links API on D1, routed by hand in `fetch`.
interface Env {
  DB: D1Database;
  ANALYTICS: AnalyticsEngineDataset;
}

const json = { 'Content-Type': 'application/json' };

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    ctx.waitUntil(Promise.resolve(env.ANALYTICS.writeDataPoint({ blobs: [url.pathname] })));

    if (url.pathname === '/api/links') {
      switch (request.method) {
        case 'GET':
          return listLinks(env);
        case 'POST':
          return createLink(request, env);
        default:
          return new Response(null, { status: 405, headers: { Allow: 'GET, POST' } });
      }
    }

    if (request.method === 'GET' && url.pathname.startsWith('/l/')) {
      const link = await env.DB.prepare('SELECT target FROM links WHERE slug = ?')
        .bind(url.pathname.slice(3))
        .first<{ target: string }>();
      // Deliberate mistake (no-status-as-body): answers 200 OK with the text "404".
      if (!link) return new Response(404);
      return Response.redirect(link.target, 302);
    }

    return new Response('Not Found', { status: 404 });
  },

  async scheduled(controller: ScheduledController, env: Env) {
    await env.DB.prepare('DELETE FROM links WHERE expires_at < ?').bind(controller.scheduledTime).run();
  },
} satisfies ExportedHandler<Env>;

async function listLinks(env: Env): Promise<Response> {
  const { results } = await env.DB.prepare('SELECT slug, target FROM links').all();
  return Response.json(results);
}

async function createLink(request: Request, env: Env): Promise<Response> {
  const body = await request.json<{ slug?: string; target?: string }>();
  if (!body.slug || !body.target) {
    return Response.json({ error: 'slug and target are required' }, { status: 400 });
  }
  const link = await insertLink(env.DB, body.slug, body.target);
  // Deliberate mistake (require-created-status): a create that answers the default 200.
  return new Response(JSON.stringify(link), { headers: json });
}

async function insertLink(db: D1Database, slug: string, target: string) {
  await db.prepare('INSERT INTO links (slug, target) VALUES (?, ?)').bind(slug, target).run();
  return { slug, target };
}
