// A small Fastify API: books and loans, a typed route plugin, a fastify-cli style plugin file.
import Fastify from 'fastify';
import sensible from '@fastify/sensible';
import { books } from './routes/books.js';

const app = Fastify({ logger: true });

app.register(sensible);
app.register(books, { prefix: '/api/books' });
app.register(import('./plugins/loans.js'), { prefix: '/api/loans' });

app.setErrorHandler((error, request, reply) => {
  request.log.error(error);
  reply.status(error.statusCode ?? 500).send({ error: error.statusCode ? error.message : 'Internal error' });
});

app.get('/health', async () => ({ status: 'ok', uptime: process.uptime() }));

// POST /login creates a session, but answers 200 by design: not reported.
app.post('/login', async (request, reply) => {
  const user = await db.user.findUnique({ where: { email: request.body.email } });
  if (!user || !(await verifyPassword(user, request.body.password))) {
    return reply.code(401).send({ error: 'Incorrect email or password' });
  }
  const session = await db.session.create({ data: { userId: user.id } });
  return { token: session.token };
});

await app.listen({ port: 3000 });
