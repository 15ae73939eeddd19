'use strict';

// A fastify-cli style plugin file: it imports nothing, and its instance is named `fastify`.
module.exports = async function (fastify, opts) {
  fastify.post('/', async function (request, reply) {
    const loan = await this.db.loans.insertOne(request.body);
    reply.code(201);
    return loan;
  });

  fastify.get('/:id', async function (request, reply) {
    const loan = await this.db.loans.findOne({ id: request.params.id });
    if (!loan) {
      // Deliberate mistake (no-status-after-send): no `return`, so the value below is a second answer.
      reply.code(404).send({ error: 'Loan not found' });
    }
    return loan;
  });

  fastify.delete('/:id', async function (request, reply) {
    const deleted = await this.db.loans.deleteOne({ id: request.params.id });
    if (!deleted) {
      // Deliberate mistake (no-status-as-body): Fastify answers 200 OK with the body 404.
      return 404;
    }
    return reply.code(204).send();
  });
};
