/**
 * No rule throws, whatever the file: empty files, code that is not a server, odd syntax,
 * half-written handlers. And on ordinary non-server code, no rule reports anything.
 */
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { code } from './support/code.js';
import { lintWithRule } from './support/lint.js';

const ruleIds = Object.keys(plugin.rules);

const SILENT: Record<string, { filename: string; source: string }> = {
  'an empty file': { filename: 'empty.ts', source: '' },
  'a comment only': { filename: 'comment.js', source: '// nothing here\n' },
  'a utility module': {
    filename: 'util.ts',
    source: code`
      export function status(code: number) { return code >= 400 ? 'error' : 'ok'; }
      export const send = (socket: { send(n: number): void }) => socket.send(1);
      export function toHttp() { return 404; }
    `,
  },
  'a React component': {
    filename: 'Button.tsx',
    source: code`
      export function Button({ onClick }: { onClick: () => void }) {
        return <button onClick={onClick}>Send 404</button>;
      }
    `,
  },
  'a SvelteKit endpoint (not supported yet: silence, not guesses)': {
    filename: 'src/routes/api/users/+server.ts',
    source: code`
      import { json } from '@sveltejs/kit';
      export async function POST({ request }) {
        const user = await db.user.create({ data: await request.json() });
        if (!user) return json({ error: 'Not found' });
        return json(404);
      }
    `,
  },
  'an h3 / Nitro handler (not supported yet)': {
    filename: 'server/api/users.post.ts',
    source: code`
      export default defineEventHandler(async (event) => {
        const user = await db.user.create(await readBody(event));
        if (!user) return { error: 'Not found' };
        return 404;
      });
    `,
  },
  'an Elysia app (not supported yet)': {
    filename: 'server.ts',
    source: code`
      import { Elysia } from 'elysia';
      new Elysia().post('/users', async ({ body, set }) => {
        const user = await db.user.create(body);
        if (!user) return { error: 'Not found' };
        return 404;
      });
    `,
  },
  'a NestJS controller that answers by returning (not supported yet)': {
    filename: 'users.controller.ts',
    source: code`
      import { Body, Controller, Post } from '@nestjs/common';
      @Controller('users')
      export class UsersController {
        @Post()
        async create(@Body() dto: CreateUserDto) {
          const user = await this.users.create(dto);
          if (!user) return { error: 'Not found' };
          return 404;
        }
      }
    `,
  },
  'a mailer and a websocket': {
    filename: 'notify.js',
    source: code`
      mailer.send(404);
      socket.send(1);
      ws.on('message', (req, res) => res.send(500));
    `,
  },
};

const ODD: Record<string, { filename: string; source: string }> = {
  'decorators and class methods': {
    filename: 'controller.ts',
    source: code`
      import { Controller, Get, Res } from '@nestjs/common';
      import type { Response } from 'express';
      @Controller('users')
      export class UsersController {
        @Get()
        list(@Res() res: Response) { res.status(200).json([]); }
        *gen(req, res) { yield res.send(404); }
        static async handle(req, res) { label: for (;;) { res.send(1); break label; } }
      }
    `,
  },
  'TS-only syntax': {
    filename: 'types.ts',
    source: code`
      import express = require('express');
      enum Code { NotFound = 404 }
      declare module 'x' { export const y: number; }
      const app = express();
      app.get('/' as const, (req: express.Request, res: express.Response): void => {
        res.status(Code.NotFound satisfies number).send(<any>404);
        res!.json(null as unknown as number);
      });
    `,
  },
  'half-written handlers': {
    filename: 'partial.js',
    source: code`
      const express = require('express');
      const app = express();
      app.get();
      app.post('/x');
      app.put('/y', null, undefined, 42, 'str');
      app.use((err, req, res, next) => {});
      app.get('/z', (req, res) => {});
      app.get('/w', async function (req, res, next) { res.status().json(); res.send(); res[key](); });
      app.route().get();
      express.Router().get('/v', (req, res) => res.status);
    `,
  },
  'generators, labels and odd control flow': {
    filename: 'flow.js',
    source: code`
      const express = require('express');
      const app = express();
      app.get('/a', (req, res) => {
        outer: for (const x of [1, 2]) {
          switch (x) { case 1: res.json(x); continue outer; default: break outer; }
        }
        do { res.status(500); } while (false);
        try { throw 1; } catch { res.send('x'); } finally { res.end(); }
        res?.json?.(404);
      });
    `,
  },
};

describe('every rule', () => {
  for (const ruleId of ruleIds) {
    describe(ruleId, () => {
      for (const [name, { filename, source }] of Object.entries(SILENT)) {
        it(`is silent on ${name}`, () => {
          const messages = lintWithRule(source, ruleId, filename);
          expect(messages).toEqual([]);
        });
      }
      for (const [name, { filename, source }] of Object.entries(ODD)) {
        it(`does not throw on ${name}`, () => {
          const messages = lintWithRule(source, ruleId, filename);
          expect(messages.filter((message) => message.fatal || message.ruleId === null)).toEqual([]);
        });
      }
    });
  }
});
