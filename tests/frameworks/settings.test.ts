import { describe, expect, it } from 'vitest';
import { code } from '../support/code.js';
import { inventory } from '../support/inventory.js';

const ROUTE_FILE = code`
  export async function POST(request: Request) {
    const user = await db.user.create({ data: await request.json() });
    return Response.json(user);
  }
`;

const CONTROLLER = code`
  exports.create = async (req, res) => {
    res.status(201).json(await Post.create(req.body));
  };
`;

describe("settings['http-status'].frameworks", () => {
  it('is not needed when imports and file names tell the framework', () => {
    expect(inventory(ROUTE_FILE, 'app/api/users/route.ts')).toMatchInlineSnapshot(`
      "next-app POST /api/users (line 1) [returns]
        L3 send implicit data: Response.json(user)"
    `);
    expect(inventory(CONTROLLER, 'controllers/posts.js')).toMatchInlineSnapshot(`
      "express * ? (line 1)
        L2 status 201: res.status(201)
        L2 send 201 data: res.status(201).json(await Post.create(req.body))"
    `);
  });

  it('decides when given: only the frameworks it names are looked for', () => {
    const onlyExpress = { 'http-status': { frameworks: ['express'] } };
    const onlyKoa = { 'http-status': { frameworks: ['koa'] } };
    expect(inventory(ROUTE_FILE, 'app/api/users/route.ts', onlyExpress)).toMatchInlineSnapshot(`"(no handlers)"`);
    expect(inventory(CONTROLLER, 'controllers/posts.js', onlyKoa)).toMatchInlineSnapshot(`"(no handlers)"`);
    expect(inventory(CONTROLLER, 'controllers/posts.js', onlyExpress)).toMatchInlineSnapshot(`
      "express * ? (line 1)
        L2 status 201: res.status(201)
        L2 send 201 data: res.status(201).json(await Post.create(req.body))"
    `);
  });
});
