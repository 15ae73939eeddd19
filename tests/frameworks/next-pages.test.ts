import { describe, expect, it } from 'vitest';
import { code } from '../support/code.js';
import { inventory } from '../support/inventory.js';

describe('Next.js Pages API adapter', () => {
  it('finds the default export of an API route, with every method and the path from the file', () => {
    expect(
      inventory(
        code`
          import type { NextApiRequest, NextApiResponse } from 'next';
          export default async function handler(req: NextApiRequest, res: NextApiResponse) {
            if (req.method !== 'POST') {
              res.setHeader('Allow', ['POST']);
              return res.status(405).end();
            }
            const user = await db.user.create({ data: req.body });
            res.status(201).json(user);
          }
        `,
        'src/pages/api/users/index.ts',
      ),
    ).toMatchInlineSnapshot(`
      "next-pages * /api/users (line 2)
        L5 status 405: res.status(405)
        L5 send 405 none: res.status(405).end()
        L8 status 201: res.status(201)
        L8 send 201 data: res.status(201).json(user)"
    `);
  });

  it('follows wrappers and names, and reads redirects, status properties, numbers and waitUntil', () => {
    expect(
      inventory(
        code`
          import { waitUntil } from '@vercel/functions';
          async function handler(req, res) {
            if (!req.query.id) return res.redirect('/users');
            if (req.query.old) return res.redirect(301, '/v2/users');
            res.statusCode = 404;
            res.send(404);
            waitUntil(audit(req).then(() => res.status(200).end()));
            return 404;
          }
          export default withSession(handler);
        `,
        'pages/api/users/[id].js',
      ),
    ).toMatchInlineSnapshot(`
      "next-pages * /api/users/[id] (line 2)
        L3 send 307 redirect: res.redirect('/users')
        L4 send 301 redirect: res.redirect(301, '/v2/users')
        L5 status 404: res.statusCode = 404
        L6 send implicit data: res.send(404)
        L7 status 200: res.status(200) (deferred: always)
        L7 send 200 none: res.status(200).end() (deferred: always)
        L8 send implicit data: 404"
    `);
  });

  it('gives helpers the methods of the branches that call them', () => {
    expect(
      inventory(
        code`
          async function listUsers(req, res) {
            res.json(await db.user.findMany());
          }
          const createUser = async (req, res) => {
            res.json(await db.user.create({ data: req.body }));
          };
          async function removeUser(req, res) {
            res.status(204).end();
          }
          function log(req, res) {
            res.setHeader('X-Logged', '1');
          }
          const byMethod = { DELETE: removeUser };
          export default async function handler(req, res) {
            log(req, res);
            const { method } = req;
            switch (method) {
              case 'GET':
                return listUsers(req, res);
              case 'POST':
                return createUser(req, res);
              default:
                return byMethod[method](req, res);
            }
          }
        `,
        'pages/api/users.js',
      ),
    ).toMatchInlineSnapshot(`
      "next-pages GET /api/users (line 1)
        L2 send implicit data: res.json(await db.user.findMany())
      next-pages POST /api/users (line 4)
        L5 send implicit data: res.json(await db.user.create({ data: req.body }))
      next-pages DELETE /api/users (line 7)
        L8 status 204: res.status(204)
        L8 send 204 none: res.status(204).end()
      next-pages * /api/users (line 10)
      next-pages * /api/users (line 14)"
    `);
  });

  it('reads Edge API routes, which answer with a returned Response', () => {
    expect(
      inventory(
        code`
          import { NextResponse, type NextRequest } from 'next/server';
          export const config = { runtime: 'edge' };
          export default async function handler(req: NextRequest) {
            if (req.method !== 'GET') return new Response(null, { status: 405 });
            return NextResponse.json({ ok: true });
          }
        `,
        'pages/api/edge.ts',
      ),
    ).toMatchInlineSnapshot(`
      "next-pages * /api/edge (line 3) [returns]
        L4 send 405 none: new Response(null, { status: 405 })
        L5 send implicit data: NextResponse.json({ ok: true })"
    `);
  });

  it('finds handlers typed NextApiResponse in other files, and nothing in files that are not routes', () => {
    expect(
      inventory(
        code`
          import type { NextApiHandler, NextApiRequest, NextApiResponse } from 'next';
          export function withAuth(handler: NextApiHandler): NextApiHandler {
            return async (req: NextApiRequest, res: NextApiResponse) => {
              if (!req.headers.authorization) return res.status(401).json({ error: 'Unauthorized' });
              return handler(req, res);
            };
          }
          export default function page() {
            return null;
          }
        `,
        'lib/with-auth.ts',
      ),
    ).toMatchInlineSnapshot(`
      "next-pages * ? (line 3)
        L4 status 401: res.status(401)
        L4 send 401 data: res.status(401).json({ error: 'Unauthorized' })"
    `);
    expect(
      inventory(
        code`
          export async function getServerSideProps({ res }) {
            res.statusCode = 404;
            return { props: {} };
          }
          export default function About() {
            return null;
          }
        `,
        'pages/about.js',
      ),
    ).toMatchInlineSnapshot(`"(no handlers)"`);
  });
});
