import { describe, expect, it } from 'vitest';
import { code } from '../support/code.js';
import { inventory } from '../support/inventory.js';

describe('Node http adapter', () => {
  it('finds the handlers given to createServer, inline, by name, and after an options object', () => {
    expect(
      inventory(code`
        import http from 'node:http';
        import { createServer } from 'node:https';
        http.createServer((req, res) => {
          res.statusCode = 404;
          res.end('missing');
        });
        function handle(req, res) {
          res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
        }
        http.createServer(handle);
        createServer({ key, cert }, async (req, res) => {
          res.end(404);
        });
      `),
    ).toMatchInlineSnapshot(`
      "node-http * ? (line 3)
        L4 status 404: res.statusCode = 404
        L5 send implicit data: res.end('missing')
      node-http * ? (line 7)
        L8 status 200: res.writeHead(200, { 'Content-Type': 'text/plain' })
        L8 send 200 data: res.writeHead(200, { 'Content-Type': 'text/plain' }).end(...
      node-http * ? (line 11)
        L12 send implicit data: res.end(404)"
    `);
  });

  it('leaves a (req, res) function that no server is given to Express-style detection', () => {
    expect(
      inventory(
        code`
          const http = require('http');
          module.exports = (req, res) => {
            res.status(404).json({ error: 'x' });
          };
        `,
        'handler.js',
      ),
    ).toMatchInlineSnapshot(`
      "express * ? (line 2)
        L3 status 404: res.status(404)
        L3 send 404 data: res.status(404).json({ error: 'x' })"
    `);
  });
});
