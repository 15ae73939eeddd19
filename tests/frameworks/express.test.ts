import { describe, expect, it } from 'vitest';
import { code } from '../support/code.js';
import { inventory } from '../support/inventory.js';

describe('Express adapter', () => {
  it('finds routes on apps and routers, with methods, paths and responses', () => {
    expect(
      inventory(code`
        import express, { Router } from 'express';
        const app = express();
        const router = Router();
        app.get('/users', async (req, res) => {
          res.json(await User.find());
        });
        router.post('/users', async (req, res) => {
          const user = await User.create(req.body);
          res.status(201).json(user);
        });
        app.route('/items').get(list).delete((req, res) => res.sendStatus(204));
        function list(req, res) {
          res.statusCode = 200;
          res.send('ok');
        }
      `),
    ).toMatchInlineSnapshot(`
      "express GET /users (line 4)
        L5 send implicit data: res.json(await User.find())
      express GET /items (line 12)
        L13 status 200: res.statusCode = 200
        L14 send implicit data: res.send('ok')
      express DELETE /items (line 11)
        L11 send 204 status-text: res.sendStatus(204)
      express POST /users (line 7)
        L9 status 201: res.status(201)
        L9 send 201 data: res.status(201).json(user)"
    `);
  });
});
