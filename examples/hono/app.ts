// A small Hono API for Cloudflare Workers: posts, comments, an error handler.
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { logger } from 'hono/logger';
import { posts } from './routes/posts';
import { comments } from './routes/comments';

type Bindings = { DB: D1Database };

const app = new Hono<{ Bindings: Bindings }>().basePath('/api');

app.use(logger());
app.route('/posts', posts);
app.route('/comments', comments);

app.get('/health', (c) => c.json({ ok: true }));

app.notFound((c) => c.json({ error: 'Not Found' }, 404));

// Deliberate mistake (require-error-status): the error handler answers 200 OK.
app.onError((err, c) => {
  if (err instanceof HTTPException) return err.getResponse();
  console.error(err);
  return c.json({ error: err.message });
});

export default app;
