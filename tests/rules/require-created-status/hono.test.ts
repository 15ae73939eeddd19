import rule from '../../../src/rules/require-created-status.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('require-created-status (Hono, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a route registered on an app the chain reaches through a method of the project (`.access(policy)`) publishes 200 in describeRoute',
      code: code`
        import { Hono } from 'hono';
        import { describeRoute } from 'hono-openapi';
        const secured = new Hono();
        secured.access(requires('evaluations:create')).post(
          '/evaluators',
          describeRoute({ responses: { 200: { description: 'Success' } } }),
          async (c) => {
            const evaluator = await prisma.evaluator.create({ data: await c.req.json() });
            return c.json(evaluator);
          },
        );
        export default secured;
      `,
    },
    {
      name: 'a service made by the static create(prisma) of its class is no record; nor is turning a key off or on',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/resolve-key', async (c) => {
          const { key } = await c.req.json();
          const service = VirtualKeyService.create(prisma);
          const vk = await service.getByHashedSecret(key);
          if (!vk) return c.json({ error: 'unknown virtual key' }, 401);
          return c.json({ key_id: vk.id });
        });
        app.post('/virtual-keys/:id/disable', async (c) => {
          await prisma.virtualKeyEvent.create({ data: { keyId: c.req.param('id'), kind: 'disabled' } });
          return c.json({ ok: true });
        });
        export default app;
      `,
    },
    {
      name: "an OpenAI-compatible proxy's createEmbeddings computes vectors and stores nothing",
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/embeddings', async (c) => {
          const payload = await c.req.json();
          const embeddings = await createEmbeddings(payload);
          return c.json(embeddings);
        });
      `,
    },
    {
      name: 'an analytics beacon (POST /api/visit) records a hit and answers with counters, not a resource',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/api/visit', async (c) => {
          const { url, referrer } = await c.req.json();
          await c.env.DB.prepare('INSERT INTO visits (url, referrer) VALUES (?, ?)').bind(url, referrer).run();
          return c.json(await counters(c.env.DB, url));
        });
      `,
    },
    {
      name: 'a router on / in a file named verb first (accept_invitation.ts) answers that action: accepting makes the account and signs in',
      filename: 'supabase/functions/_backend/private/accept_invitation.ts',
      code: code`
        import { Hono } from 'hono';
        export const app = new Hono();
        app.post('/', async (c) => {
          const body = await c.req.json();
          const { data: user } = await supabaseAdmin.auth.admin.createUser({ email: body.email, password: body.password });
          const session = await signIn(user, body.password);
          return c.json({ access_token: session.access_token, refresh_token: session.refresh_token });
        });
      `,
    },
    {
      name: 'addSpecToRoutes() adds to what it is given, and a sign-in flow returning to /auth/success stores its token: neither creates a resource',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/v0/probed-routes', async (c) => {
          const { routes, openApiSpec } = await c.req.json();
          const routesWithSpec = await addOpenApiSpecToRoutes(db, routes, openApiSpec);
          await reregisterRoutes(db, { routes: routesWithSpec });
          return c.text('OK');
        });
        app.post('/v0/auth/success', async (c) => {
          const { token, expiresAt } = await c.req.json();
          await db.insert(tokens).values({ value: token, expiresAt });
          return c.text('OK');
        });
      `,
    },
    {
      name: 'a payment provider\'s checkout or portal session, a stats write and a computed proof are no resource the client gets to find',
      filename: 'supabase/functions/_backend/private/stripe_checkout.ts',
      code: code`
        import { Hono } from 'hono';
        export const app = new Hono();
        app.post('/', async (c) => {
          const body = await c.req.json();
          const checkout = await createCheckout(c, body.customerId, body.priceId);
          return c.json({ url: checkout.url });
        });
        app.post('/portal', async (c) => {
          const link = await createPortal(c, (await c.req.json()).customerId);
          return c.json({ url: link.url });
        });
        app.post('/devices', async (c) => {
          await createStatsDevices(c, await c.req.json());
          return c.json({ status: 'ok' });
        });
        app.post('/recipients/proof', async (c) => {
          const body = await c.req.json();
          return c.json({ identityProof: await createNotificationIdentityProof(c, body.appId, body.externalId) });
        });
      `,
    },
    {
      name: 'a webhook that checks its sender\'s signature stores what was delivered, wherever its router is mounted',
      code: code`
        import { Hono } from 'hono';
        const webhooks = new Hono();
        webhooks.post('/stripe', async (c) => {
          const event = await verifyStripeEvent(c.req.raw, c.req.header('stripe-signature'));
          await db.insert(orders).values({ sessionId: event.data.object.id });
          return c.json({ received: true });
        });
        webhooks.post('/github', async (c) => {
          const event = await new Webhooks({ secret }).verifyAndReceive(await c.req.text());
          await Deployment.create({ sha: event.payload.after });
          return c.json({ ok: true });
        });
        export default webhooks;
      `,
    },
    {
      name: 'flagging, reporting or reacting to a comment is an action on it, answered 200 like a like or a vote',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/comments/:id/flag', async (c) => {
          await db.insert(commentFlags).values({ commentId: c.req.param('id'), reason: (await c.req.json()).reason });
          return c.json({ ok: true });
        });
        app.post('/comments/:id/report', async (c) => {
          await db.insert(reports).values({ commentId: c.req.param('id') });
          return c.json({ ok: true });
        });
        app.post('/posts/:id/upvote', async (c) => {
          const vote = await db.insert(votes).values({ postId: c.req.param('id'), value: 1 }).returning();
          return c.json(vote);
        });
        app.post('/messages/:id/react', async (c) => {
          const reaction = await Reaction.create({ messageId: c.req.param('id'), emoji: (await c.req.json()).emoji });
          return c.json(reaction);
        });
      `,
    },
    {
      name: 'a route whose describeRoute() declares 200 answers by its published contract',
      code: code`
        import { Hono } from 'hono';
        import { describeRoute } from 'hono-openapi';
        const widgets = new Hono();
        widgets.post('/', describeRoute({ responses: { 200: { description: 'The widget that was made' } } }), async (c) => {
          return c.json(await db.widget.create({ data: await c.req.json() }));
        });
      `,
    },
    {
      name: 'a builder declared below the route, and a view counter, store nothing',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/support', async (c) => {
          const { message } = await c.req.json();
          await fetch(process.env.SUPPORT_HOOK_URL!, { method: 'POST', body: JSON.stringify({ blocks: createMessageBlocks(message) }) });
          return c.json({ success: true });
        });
        app.post('/listings/:id/view', async (c) => {
          await addListingDetailView(c.req.param('id'));
          return c.json({ counted: true });
        });
        const createMessageBlocks = (text: string) => {
          const parts: string[] = [];
          for (let i = 0; i < text.length; i += 2900) parts.push(text.slice(i, i + 2900));
          return parts.map((part) => ({ type: 'section', text: part }));
        };
      `,
    },
    {
      name: 'createAuth(c.env) sets up Better Auth for the request; /seed loads fixtures',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono<{ Bindings: Env }>();
        app.post('/api/test/session', async (c) => {
          const auth = createAuth(c.env);
          const session = await auth.api.signInEmail({ body: await c.req.json() });
          return c.json({ token: session.token });
        });
        app.post('/api/test/seed', async (c) => {
          await c.env.DB.prepare('INSERT INTO users (id) VALUES (?)').bind('u1').run();
          return c.json({ seeded: true });
        });
      `,
    },
    {
      name: 'a document built for the request and answered as an attachment is a download, not a stored resource',
      code: code`
        import { Hono } from 'hono';
        const admin = new Hono();
        admin.post('/api/admin/archive/create', async (c) => {
          const archive = await archiveService.createArchive(await c.req.json());
          return new Response(JSON.stringify(archive), {
            headers: { 'Content-Type': 'application/json', 'Content-Disposition': 'attachment; filename="notes.json"' },
          });
        });
        admin.post('/api/invoices/:id/pdf', async (c) => {
          const pdf = await createInvoicePdf(c.req.param('id'));
          c.header('Content-Disposition', \`inline; filename="\${c.req.param('id')}.pdf"\`);
          return c.body(pdf);
        });
      `,
    },
    {
      name: 'favourite, bookmark and pin are actions on a post, which answer with the post',
      code: code`
        import { Hono } from 'hono';
        const statuses = new Hono();
        statuses.post('/:id/favourite', async (c) => {
          await db.insert(likes).values({ postId: c.req.param('id'), accountId: c.get('account').id });
          return c.json(await loadPost(c.req.param('id')));
        });
        statuses.post('/:id/bookmark', async (c) => {
          await db.insert(bookmarks).values({ postId: c.req.param('id') });
          return c.json(await loadPost(c.req.param('id')));
        });
        statuses.post('/:id/pin', async (c) => {
          await db.insert(pinnedPosts).values({ postId: c.req.param('id') });
          return c.json(await loadPost(c.req.param('id')));
        });
      `,
    },
    {
      name: 'an insert that keeps what is there (onConflictDoNothing) may make nothing',
      code: code`
        import { Hono } from 'hono';
        const lists = new Hono();
        lists.post('/:id/accounts', async (c) => {
          const { accountIds } = await c.req.json();
          await db
            .insert(listMembers)
            .values(accountIds.map((accountId: string) => ({ listId: c.req.param('id'), accountId })))
            .onConflictDoNothing();
          return c.json({});
        });
      `,
    },
    {
      name: 'a form post that renders a page (c.html(<Page />)) answers the browser tab, like res.render',
      filename: 'src/pages/accounts.tsx',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/accounts', async (c) => {
          const form = await c.req.formData();
          await db.insert(accounts).values({ handle: String(form.get('handle')) });
          return c.html(<AccountListPage accounts={await db.query.accounts.findMany()} />);
        });
      `,
    },
    {
      name: 'a passkey sign-in begins with a stored challenge: /passkey/begin is an action',
      code: code`
        import { Hono } from 'hono';
        const login = new Hono();
        login.post('/passkey/begin', async (c) => {
          const { options, challenge } = await makeAssertionOptions();
          await db.insert(loginChallenges).values({ challenge, expiresAt: new Date(Date.now() + 60_000) });
          return c.json(options);
        });
      `,
    },
    {
      name: 'sign-in links and one-time codes are short-lived steps, in raw SQL or through a service',
      code: code`
        import { Hono } from 'hono';
        const auth = new Hono<{ Bindings: { DB: D1Database } }>();
        auth.post('/magic-link/request', async (c) => {
          const { email } = await c.req.json();
          await c.env.DB.prepare('INSERT INTO magic_links (id, email, token) VALUES (?, ?, ?)').bind(crypto.randomUUID(), email, crypto.randomUUID()).run();
          return c.json({ message: 'If the address is registered, a link is on its way.' });
        });
        auth.post('/otp/request', async (c) => {
          const code = await otpService.createOTPCode((await c.req.json()).email);
          return c.json({ message: 'Code sent', expiresIn: 600 });
        });
      `,
    },
    {
      name: 'a service factory builds an object for the request; initialize and password routes are actions',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/email/settings/sender', async (c) => {
          const service = createEmailSettingsService(c.env, 'admin');
          await service.setSender((await c.req.json()).from);
          return c.json({ success: true });
        });
        app.post('/email/initialize', async (c) => {
          await db.insert(emailSettings).values(defaults);
          return c.json({ success: true });
        });
        app.post('/profile/password', async (c) => {
          await db.insert(passwordHistory).values({ userId: 'me', hash: await hashPassword((await c.req.json()).next) });
          return c.json({ success: true, message: 'Password updated' });
        });
        app.post('/documents/:id/assign', async (c) => {
          await notifications.createNotification((await c.req.json()).userId, 'A document was assigned to you');
          return c.json({ success: true });
        });
      `,
    },
    {
      name: 'raw SQL that replaces or updates on conflict is an upsert',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/settings', async (c) => {
          const { key, value } = await c.req.json();
          await c.env.DB.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').bind(key, value).run();
          await pool.query('INSERT INTO prefs (k, v) VALUES ($1, $2) ON CONFLICT (k) DO UPDATE SET v = $2', [key, value]);
          return c.json({ ok: true });
        });
      `,
    },
    {
      name: 'an OTLP export path (/v1/traces) answers 200 by that protocol',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/v1/traces', async (c) => {
          const { resourceSpans } = await c.req.json();
          await db.insert(otelSpans).values(toRows(resourceSpans));
          return c.json({ partialSuccess: {} });
        });
      `,
    },
    {
      name: 'an insert on the else-if arm of an if that updates deeper on its other arm is a replace too',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/uploads/:videoId', async (c) => {
          const { uploaded, total } = await c.req.json();
          const [video] = await db().select().from(videos).where(eq(videos.id, c.req.param('videoId')));
          if (video.upload) {
            if (uploaded === total) {
              await db().delete(videoUploads).where(eq(videoUploads.videoId, video.id));
            } else {
              await db().update(videoUploads).set({ uploaded, total }).where(eq(videoUploads.videoId, video.id));
            }
          } else if (uploaded < total) {
            await db().insert(videoUploads).values({ videoId: video.id, uploaded, total });
          }
          return c.json(true);
        });
        app.post('/multipart/initiate', async (c) => {
          const upload = await db().insert(multipartUploads).values(await c.req.json());
          return c.json({ uploadId: upload.id });
        });
      `,
    },
    {
      name: 'update when it exists, else insert, then one answer: a create-or-replace answers 200',
      code: code`
        import { Hono } from 'hono';
        export const slack = new Hono().post('/project/:projectId', async (c) => {
          const projectId = c.req.param('projectId');
          const existing = await db.query.integrations.findFirst({ where: eq(integrations.projectId, projectId) });
          if (existing) {
            await db.update(integrations).set({ type: 'slack' }).where(eq(integrations.id, existing.id));
          } else {
            await db.insert(integrations).values({ projectId, type: 'slack' });
          }
          return c.json(await getSlackIntegration(projectId));
        });
      `,
    },
    {
      name: 'an upsert (insert … onConflictDoUpdate) answers 200 when it updates',
      code: code`
        import { Hono } from 'hono';
        export const discord = new Hono().post('/project/:projectId', async (c) => {
          const projectId = c.req.param('projectId');
          const config = JSON.stringify(await c.req.json());
          await db
            .insert(integrations)
            .values({ projectId, type: 'discord', config })
            .onConflictDoUpdate({ target: [integrations.projectId, integrations.type], set: { config } });
          return c.json(await getDiscordIntegration(projectId));
        });
      `,
    },
    {
      name: 'callers, signed state, upload targets and portal links are made, not created',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/webhooks-api', async (c) => {
          const caller = createCaller(await createContext(c));
          return c.json(await caller.webhooks.list());
        });
        app.post('/google-drive/connect', async (c) => {
          const state = createGoogleDriveState(c.get('user').id);
          return c.json({ url: authUrl(state) });
        });
        app.post('/uploads/signed', async (c) => {
          const target = await bucket.createUploadTarget((await c.req.json()).key);
          return c.json({ url: target.url });
        });
        app.post('/:workspaceId/portal', async (c) => {
          const portalUrl = await createCustomerPortalLink(c.req.param('workspaceId'));
          return c.json({ portalUrl });
        });
      `,
    },
    {
      name: 'finalize and complete are actions',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/image-upload/:id/finalize', async (c) => {
          const asset = await db.asset.create({ data: { uploadId: c.req.param('id') } });
          return c.json(asset);
        });
        app.post('/uploads/complete', async (c) => {
          await db.ledger.create({ data: await c.req.json() });
          return c.json({ ok: true });
        });
      `,
    },
    {
      name: 'routes of an app under basePath(/webhooks/stripe) are machine receivers',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono().basePath('/webhooks/stripe');
        app.post('/', async (c) => {
          await db.payment.create({ data: await c.req.json() });
          return c.json({ received: true });
        });
      `,
    },
    {
      name: 'client factories and date arithmetic create nothing',
      code: code`
        import { Hono } from 'hono';
        import dayjs from 'dayjs';
        const app = new Hono();
        app.post('/reports', async (c) => {
          const supabase = createAdminClient();
          const until = dayjs().utc().add(1, 'day');
          return c.json(await supabase.from('reports').select().lte('at', until.toISOString()));
        });
      `,
    },
    {
      name: 'an action verb before the id (/runs/abort/:id) and a start- prefix are actions',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/runs/abort/:id', async (c) => {
          const job = await queue.insert({ kind: 'abort', runId: c.req.param('id') });
          return c.json({ jobId: job.id });
        });
        app.post('/credits/start-top-up', async (c) => {
          const session = await db.topUp.create({ data: await c.req.json() });
          return c.json({ url: session.url });
        });
      `,
    },
    {
      name: 'database triggers under /triggers are machine receivers',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/triggers/on_user_create', async (c) => {
          await createApiKey((await c.req.json()).record.id);
          return c.json({ status: 'ok' });
        });
      `,
    },
    {
      name: 'c.json(post, 201) answers 201 Created',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/posts', async (c) => {
          const post = await db.post.create({ data: await c.req.json() });
          return c.json(post, 201);
        });
      `,
    },
    {
      name: 'an init object with status 201 answers 201 Created',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/posts', async (c) => {
          const post = await db.post.create({ data: await c.req.json() });
          return c.json(post, { status: 201, headers: { Location: '/posts/' + post.id } });
        });
      `,
    },
    {
      name: 'c.status(201) before c.json(post) sets the status the helper uses',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/posts', async (c) => {
          const post = await db.post.create({ data: await c.req.json() });
          c.status(201);
          return c.json(post);
        });
      `,
    },
    {
      name: 'an OpenAPI route declared with method post that answers 201',
      code: code`
        import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
        const app = new OpenAPIHono();
        const route = createRoute({ method: 'post', path: '/books', responses: {} });
        app.openapi(route, async (c) => {
          const book = await db.book.create({ data: c.req.valid('json') });
          return c.json(book, 201);
        });
      `,
    },
    {
      name: 'an OpenAPI route whose own responses declare 200 for the create: the published contract',
      code: code`
        import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
        const createProject = createRoute({
          method: 'post',
          path: '/projects',
          responses: { 200: { description: 'The new project' }, 400: { description: 'Bad input' } },
        });
        export function register(app: OpenAPIHono) {
          return app.openapi(createProject, async (c) => {
            const [project] = await db.insert(projects).values(c.req.valid('json')).returning();
            return c.json(project);
          });
        }
      `,
    },
    {
      name: 'middleware registered with app.use has no known method, so it is not checked',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.use(async (c, next) => {
          await db.visit.create({ data: { path: c.req.path } });
          await next();
        });
      `,
    },
    {
      name: 'a c.json that is not returned sends nothing, so it is not the answer',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/posts', async (c) => {
          const post = await db.post.create({ data: await c.req.json() });
          c.json(post);
          return c.json(post, 201);
        });
      `,
    },
    {
      name: 'known limit: c.status(201) before new Response is ignored by Hono (200 goes out), but the rule trusts the write',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/posts', async (c) => {
          const post = await db.post.create({ data: await c.req.json() });
          c.status(201);
          return new Response(JSON.stringify(post));
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'INSERT written in pieces joined with + is still an insert',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/admin/users', async (c) => {
          const { email, password } = await c.req.json();
          await c.env.DB.prepare(
            \`INSERT INTO users (user_email, password)\` +
            \` VALUES (?, ?)\`
          ).bind(email, password).run();
          return c.json({ success: true });
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'c.env.DB.prepare' },
          line: 9,
          column: 10,
          endLine: 9,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import { Hono } from 'hono';
                const app = new Hono();
                app.post('/admin/users', async (c) => {
                  const { email, password } = await c.req.json();
                  await c.env.DB.prepare(
                    \`INSERT INTO users (user_email, password)\` +
                    \` VALUES (?, ?)\`
                  ).bind(email, password).run();
                  return c.json({ success: true }, 201);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an app made by the project\'s own wrapper of Hono (../utils/hono.ts) is a Hono app',
      filename: 'supabase/functions/_backend/public/apikey/post.ts',
      code: code`
        import { honoFactory } from '../../utils/hono.ts';
        export const app = honoFactory.createApp();
        app.post('/', async (c) => {
          const key = await db.insert(apikeys).values(await c.req.json()).returning();
          return c.json(key);
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.insert' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import { honoFactory } from '../../utils/hono.ts';
                export const app = honoFactory.createApp();
                app.post('/', async (c) => {
                  const key = await db.insert(apikeys).values(await c.req.json()).returning();
                  return c.json(key, 201);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an app typed with the project own name; use-case and services factories are not the create',
      code: code`
        import type { RouteDefinitionContext } from '../app/server.types';
        export function setupCreateDocumentRoute({ app, db }: RouteDefinitionContext) {
          app.post('/api/organizations/:organizationId/documents', async (context) => {
            const services = createDocumentsServices({ db });
            const createDocument = createDocumentCreationUsecase({ db, services });
            const { document } = await createDocument(await context.req.json());
            return context.json({ document });
          });
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'createDocument' },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import type { RouteDefinitionContext } from '../app/server.types';
                export function setupCreateDocumentRoute({ app, db }: RouteDefinitionContext) {
                  app.post('/api/organizations/:organizationId/documents', async (context) => {
                    const services = createDocumentsServices({ db });
                    const createDocument = createDocumentCreationUsecase({ db, services });
                    const { document } = await createDocument(await context.req.json());
                    return context.json({ document }, 201);
                  });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an OpenAPI route that declares no success status of its own is still checked',
      code: code`
        import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
        const app = new OpenAPIHono();
        const route = createRoute({ method: 'post', path: '/books', responses: { 400: { description: 'Bad input' } } });
        app.openapi(route, async (c) => {
          const book = await db.book.create({ data: c.req.valid('json') });
          return c.json(book);
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.book.create' },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
                const app = new OpenAPIHono();
                const route = createRoute({ method: 'post', path: '/books', responses: { 400: { description: 'Bad input' } } });
                app.openapi(route, async (c) => {
                  const book = await db.book.create({ data: c.req.valid('json') });
                  return c.json(book, 201);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a service function named for what it creates (createDomainService) creates',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/domains', async (c) => {
          const domain = await createDomainService(c.var.team.id, (await c.req.json()).name);
          return c.json(domain);
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'createDomainService' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                import { Hono } from 'hono';
                const app = new Hono();
                app.post('/domains', async (c) => {
                  const domain = await createDomainService(c.var.team.id, (await c.req.json()).name);
                  return c.json(domain, 201);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'raw SQL that inserts rows creates them',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/admin/users', async (c) => {
          const { email } = await c.req.json();
          await c.env.DB.prepare(\`INSERT INTO users (email) VALUES (?)\`).bind(email).run();
          return c.json({ success: true });
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'c.env.DB.prepare' },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                import { Hono } from 'hono';
                const app = new Hono();
                app.post('/admin/users', async (c) => {
                  const { email } = await c.req.json();
                  await c.env.DB.prepare(\`INSERT INTO users (email) VALUES (?)\`).bind(email).run();
                  return c.json({ success: true }, 201);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'when the creating arm answers on its own, it answers the create',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/projects/:id/integration', async (c) => {
          const body = await c.req.json();
          if (body.mode === 'replace') {
            await db.update(integrations).set(body).where(eq(integrations.projectId, c.req.param('id')));
            return c.json({ replaced: true });
          } else {
            const [created] = await db.insert(integrations).values({ projectId: c.req.param('id') }).returning();
            return c.json(created);
          }
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.insert' },
          line: 10,
          column: 12,
          endLine: 10,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import { Hono } from 'hono';
                const app = new Hono();
                app.post('/projects/:id/integration', async (c) => {
                  const body = await c.req.json();
                  if (body.mode === 'replace') {
                    await db.update(integrations).set(body).where(eq(integrations.projectId, c.req.param('id')));
                    return c.json({ replaced: true });
                  } else {
                    const [created] = await db.insert(integrations).values({ projectId: c.req.param('id') }).returning();
                    return c.json(created, 201);
                  }
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a creating chain split over lines is named on one line',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/groups', async (c) => {
          const [group] = await drizzle
            .insert(groups)
            .values(await c.req.json())
            .returning();
          return c.json(group);
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'drizzle.insert' },
          line: 8,
          column: 10,
          endLine: 8,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import { Hono } from 'hono';
                const app = new Hono();
                app.post('/groups', async (c) => {
                  const [group] = await drizzle
                    .insert(groups)
                    .values(await c.req.json())
                    .returning();
                  return c.json(group, 201);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a POST route that creates and returns c.json(post) answers 200 OK',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/posts', async (c) => {
          const post = await db.post.create({ data: await c.req.json() });
          return c.json(post);
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.post.create' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import { Hono } from 'hono';
                const app = new Hono();
                app.post('/posts', async (c) => {
                  const post = await db.post.create({ data: await c.req.json() });
                  return c.json(post, 201);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an init object without a status answers 200; the suggestion adds the status to it',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/posts', async (c) => {
          const post = await db.post.create({ data: await c.req.json() });
          return c.json(post, { headers: { Location: '/posts/' + post.id } });
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.post.create' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import { Hono } from 'hono';
                const app = new Hono();
                app.post('/posts', async (c) => {
                  const post = await db.post.create({ data: await c.req.json() });
                  return c.json(post, { status: 201, headers: { Location: '/posts/' + post.id } });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a chained post route whose arrow returns c.json of a created record',
      code: code`
        import { Hono } from 'hono';
        export const books = new Hono()
          .get('/', (c) => c.json([]))
          .post('/', async (c) => c.json(await createBook(await c.req.json())));
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'createBook' },
          line: 4,
          column: 27,
          endLine: 4,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import { Hono } from 'hono';
                export const books = new Hono()
                  .get('/', (c) => c.json([]))
                  .post('/', async (c) => c.json(await createBook(await c.req.json()), 201));
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a returned new Response without a status answers 200 OK',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.on('POST', '/orders', async (c) => {
          const order = await db.order.create({ data: await c.req.json() });
          return new Response(JSON.stringify(order));
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.order.create' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import { Hono } from 'hono';
                const app = new Hono();
                app.on('POST', '/orders', async (c) => {
                  const order = await db.order.create({ data: await c.req.json() });
                  return new Response(JSON.stringify(order), { status: 201 });
                });
              `,
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('require-created-status (Hono, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a handler passed by name that answers 201',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        async function createTodo(c) {
          const todo = await db.todo.create({ data: await c.req.json() });
          return c.json(todo, 201);
        }
        app.post('/todos', createTodo);
      `,
    },
  ],
  invalid: [
    {
      name: 'a handler passed by name that creates and answers 200',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        async function createTodo(c) {
          const todo = await db.todo.create({ data: await c.req.json() });
          return c.json(todo);
        }
        app.post('/todos', createTodo);
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.todo.create' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import { Hono } from 'hono';
                const app = new Hono();
                async function createTodo(c) {
                  const todo = await db.todo.create({ data: await c.req.json() });
                  return c.json(todo, 201);
                }
                app.post('/todos', createTodo);
              `,
            },
          ],
        },
      ],
    },
  ],
});
