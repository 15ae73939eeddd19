import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { db } from '../db';

export const posts = new Hono()
  .get('/', async (c) => c.json(await db.post.findMany()))
  .get('/:id', async (c) => {
    const post = await db.post.findUnique({ where: { id: c.req.param('id') } });
    if (!post) return c.json({ error: 'Post not found' }, 404);
    return c.json(post);
  })
  // Deliberate mistake (require-created-status): creates a post but answers 200 OK.
  .post('/', async (c) => {
    const post = await db.post.create({ data: await c.req.json() });
    return c.json(post);
  })
  .put('/:id', async (c) => {
    const body = await c.req.json();
    if (!body.title) throw new HTTPException(400, { message: 'title is required' });
    const post = await db.post.update({ where: { id: c.req.param('id') }, data: body });
    return c.json(post);
  })
  .delete('/:id', async (c) => {
    const removed = await db.post.delete({ where: { id: c.req.param('id') } });
    // Deliberate mistake (no-status-as-body): answers 200 OK with the JSON body 404.
    if (!removed) return c.json(404);
    return c.body(null, 204);
  });
