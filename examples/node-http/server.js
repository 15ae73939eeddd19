// A small JSON API on Node's own http module, with one deliberate mistake per rule.
import { createServer } from 'node:http';
import { db } from './db.js';

async function readJson(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return JSON.parse(text || '{}');
}

function sendJson(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');

  if (req.method === 'GET' && url.pathname === '/health') {
    return sendJson(res, 200, { ok: true });
  }

  if (req.method === 'POST' && url.pathname === '/notes') {
    const note = await db.notes.create(await readJson(req));
    // Mistake (require-created-status): a created note answered with 200.
    return res.end(JSON.stringify(note));
  }

  if (req.method === 'GET' && url.pathname.startsWith('/notes/')) {
    const note = await db.notes.find(url.pathname.slice('/notes/'.length));
    if (!note) {
      // Mistake (require-error-status): "not found" answered with 200 OK.
      res.end(JSON.stringify({ error: 'Note not found' }));
      return;
    }
    return sendJson(res, 200, note);
  }

  if (req.method === 'DELETE' && url.pathname.startsWith('/notes/')) {
    if (!req.headers.authorization) {
      res.writeHead(401);
      // Mistake (no-status-after-send): no return, so the 204 below ends the response again.
      res.end('Unauthorized');
    }
    await db.notes.remove(url.pathname.slice('/notes/'.length));
    return res.writeHead(204).end();
  }

  // Mistake (no-status-as-body): end() takes a string; this throws and the request hangs.
  res.end(404);
});

server.listen(3000);
