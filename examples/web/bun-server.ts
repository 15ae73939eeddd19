// A Bun server with a route table, a fallback and an error handler.
const todos = new Map<string, { id: string; title: string }>();

Bun.serve({
  port: 3000,
  routes: {
    '/health': new Response('ok'),
    '/api/todos': {
      GET: () => Response.json([...todos.values()]),
      POST: async (req) => {
        const { title } = await req.json();
        if (!title) return Response.json({ error: 'title is required' }, { status: 400 });
        const todo = { id: crypto.randomUUID(), title };
        todos.set(todo.id, todo);
        return Response.json(todo, { status: 201 });
      },
    },
    '/api/todos/:id': {
      GET: (req) => {
        const todo = todos.get(req.params.id);
        return todo ? Response.json(todo) : Response.json({ error: 'Todo not found' }, { status: 404 });
      },
      DELETE: (req) => {
        todos.delete(req.params.id);
        return new Response(null, { status: 204 });
      },
    },
  },
  fetch() {
    return new Response('Not Found', { status: 404 });
  },
  error(error) {
    console.error(error);
    return new Response('Internal Server Error', { status: 500 });
  },
});

