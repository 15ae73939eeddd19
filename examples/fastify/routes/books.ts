import type { FastifyInstance } from 'fastify';

export async function books(app: FastifyInstance) {
  app.get('/', async () => db.book.findMany());

  app.get('/:id', async (request, reply) => {
    const book = await db.book.findUnique({ where: { id: request.params.id } });
    if (!book) return reply.notFound('Book not found');
    return book;
  });

  app.post('/', async (request, reply) => {
    const book = await db.book.create({ data: request.body });
    // Deliberate mistake (require-created-status): a create answered with the default 200.
    return book;
  });

  app.put('/:id', async (request, reply) => {
    try {
      return await db.book.update({ where: { id: request.params.id }, data: request.body });
    } catch (err) {
      // Deliberate mistake (require-error-status): the failure goes out as 200 OK.
      return { error: 'Could not update the book', detail: err.message };
    }
  });

  app.delete('/:id', async (request, reply) => {
    await db.book.delete({ where: { id: request.params.id } });
    return reply.code(204).send();
  });
}
