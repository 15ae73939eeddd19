import { Hono } from 'hono';
import { db } from '../db';
import { notifyAuthor } from '../mail';

export const comments = new Hono();

comments.post('/', async (c) => {
  const comment = await db.comment.create({ data: await c.req.json() });
  c.executionCtx.waitUntil(
    (async () => {
      const sent = await notifyAuthor(comment);
      // Deliberate mistake (no-status-after-send): this promise settles after the response.
      if (!sent) c.status(500);
    })(),
  );
  c.status(201);
  return c.json(comment);
});

comments.delete('/:id', async (c) => {
  await db.comment.delete({ where: { id: c.req.param('id') } });
  c.executionCtx.waitUntil(db.audit.create({ data: { action: 'comment.delete' } }));
  return c.body(null, 204);
});
