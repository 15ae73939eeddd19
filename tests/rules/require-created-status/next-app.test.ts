import rule from '../../../src/rules/require-created-status.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('require-created-status (Next.js App Router, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a role change that makes a missing role row on the way is an action',
      filename: 'app/api/roles/promote/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const { userId, roleName } = await request.json();
          let role = await db.query.roles.findFirst({ where: eq(roles.name, roleName) });
          if (!role) {
            [role] = await db.insert(roles).values({ name: roleName }).returning();
          }
          await db.update(userRoles).set({ roleId: role.id }).where(eq(userRoles.userId, userId));
          return NextResponse.json({ success: true });
        }
      `,
    },
    {
      name: 'a subscribe whose INSERT does nothing on a conflict adds nothing the second time: 200 fits both',
      filename: 'app/api/subscribers/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        import { sql } from '@vercel/postgres';
        export async function POST(request: Request) {
          const { email } = await request.json();
          await sql\`INSERT INTO subscribers (email) VALUES (\${email}) ON CONFLICT (email) DO NOTHING\`;
          return NextResponse.json({ message: 'Thanks for subscribing!' });
        }
      `,
    },
    {
      name: 'a sign-in that stores a session, and a JSON-RPC (MCP) endpoint, answer 200 by design',
      filename: 'app/api/sessions/route.ts',
      code: code`
        export async function POST(request: Request) {
          const { email, password } = await request.json();
          const user = await db.user.findUnique({ where: { email } });
          if (!user || !(await verify(password, user.hash))) {
            return Response.json({ error: 'Invalid email or password' }, { status: 401 });
          }
          const session = await db.session.create({ data: { userId: user.id } });
          return Response.json({ user: { id: user.id } }, { headers: { 'Set-Cookie': \`sid=\${session.token}; HttpOnly\` } });
        }
      `,
    },
    {
      name: 'an MCP endpoint answers tool calls in a JSON-RPC envelope with 200',
      filename: 'app/api/mcp/route.ts',
      code: code`
        export async function POST(request: Request) {
          const message = await request.json();
          const note = await db.note.create({ data: { text: message.params.arguments.text } });
          return Response.json({ jsonrpc: '2.0', id: message.id, result: { content: [{ type: 'text', text: note.id }] } });
        }
      `,
    },
    {
      name: 'createLink(…) without await builds a URL to an existing document; nothing is stored',
      filename: 'app/api/documents/[id]/recipients/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
          const { id } = await params;
          const link = createLink(\`/documents/\${id}\`);
          await sendShareEmail((await request.json()).email, link);
          return NextResponse.json({ link });
        }
      `,
    },
    {
      name: 'a reply made upstream and passed on as its raw body is a relay, not a created resource',
      filename: 'app/api/chat-messages/route.ts',
      code: code`
        import { ChatClient } from 'dify-client';
        const chat = new ChatClient(process.env.DIFY_API_KEY!);
        export async function POST(request: Request) {
          const { query, conversationId } = await request.json();
          const upstream = await chat.createChatMessage({}, query, 'web-user', 'streaming', conversationId);
          return new Response(upstream.data);
        }
      `,
    },
    {
      name: 'a create whose already-there failure is swallowed answers made or found alike',
      filename: 'app/api/lists/[id]/subscribers/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        import { Prisma } from '@prisma/client';
        export async function POST(request: Request, { params }: { params: { id: string } }) {
          const { email } = await request.json();
          try {
            await db.subscriber.create({ data: { listId: params.id, email } });
          } catch (error) {
            if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
          }
          return NextResponse.json({ subscribed: true });
        }
      `,
    },
    {
      name: 'an AI SDK provider built per request (createOpenAI, createGoogleGenerativeAI) makes a provider, not a record',
      filename: 'app/api/summarize/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        import { createOpenAI } from '@ai-sdk/openai';
        import { createGoogleGenerativeAI } from '@ai-sdk/google';
        import { generateText } from 'ai';
        export async function POST(request: Request) {
          const { text, apiKey, vendor } = await request.json();
          const provider = vendor === 'google' ? createGoogleGenerativeAI({ apiKey }) : createOpenAI({ apiKey });
          const { text: summary } = await generateText({ model: provider('fast'), prompt: text });
          return NextResponse.json({ summary });
        }
      `,
    },
    {
      name: 'signed URLs, plural, and routes named for links (file-urls, export-links) answer links, not records',
      filename: 'app/api/chat/file-urls/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const { paths } = await request.json();
          const { data } = await supabase.storage.from('attachments').createSignedUrls(paths, 600);
          await db.accessLog.create({ data: { paths } });
          return NextResponse.json({ urls: data });
        }
      `,
    },
    {
      name: 'rotate, unlock, submit and apply are actions',
      filename: 'app/api/keys/[id]/rotate/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request, { params }: { params: { id: string } }) {
          await db.apiKey.update({ where: { id: params.id }, data: { revokedAt: new Date() } });
          const key = await db.apiKey.create({ data: { projectId: params.id } });
          return NextResponse.json(key);
        }
      `,
    },
    {
      name: 'a set the process keeps on global is no store',
      filename: 'app/api/apply-code/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const { files } = await request.json();
          for (const file of files) global.knownFiles.add(file.path);
          return NextResponse.json({ applied: files.length });
        }
      `,
    },
    {
      name: 'a secret or code made in memory (not awaited) is a value, not a record',
      filename: 'app/api/integrations/[id]/credentials/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request, { params }: { params: { id: string } }) {
          const secret = createIngestSecret();
          const pairingCode = createPairingCode(6);
          await db.integration.update({ where: { id: params.id }, data: { secretHash: hash(secret) } });
          return NextResponse.json({ secret, pairingCode });
        }
      `,
    },
    {
      name: 'a same-file create… that only returns an object literal builds a value',
      filename: 'app/api/users/links/relink/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        function createSkippedEntry(user: { email: string }, reason: string) {
          return { email: user.email, reason, skipped: true };
        }
        export async function POST(request: Request) {
          const users = await db.user.findMany();
          const report = users.filter((user) => !user.linked).map((user) => createSkippedEntry(user, 'no link'));
          return NextResponse.json({ report });
        }
      `,
    },
    {
      name: 'a session asked for under auth is a sign-in, even when it makes the user',
      filename: 'app/api/auth/dev-session/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const { email } = await request.json();
          const user = await admin.auth.admin.createUser({ email, email_confirm: true });
          return NextResponse.json({ success: true, id: user.id });
        }
      `,
    },
    {
      name: 'a route under a triggers area is a hook that machines call',
      filename: 'app/api/triggers/github/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          await createDelivery({ source: 'github', payload: await request.json() });
          return NextResponse.json({ received: true });
        }
      `,
    },
    {
      name: 'an analytics endpoint named /event or /track records, it does not create',
      filename: 'app/api/event/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const payload = await request.json();
          await prisma.websiteEvent.create({ data: payload });
          return NextResponse.json({ ok: true });
        }
      `,
    },
    {
      name: 'SDK instances, sign-in sessions and React refs are made, not created',
      filename: 'app/api/runs/[id]/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request, { params }: { params: { id: string } }) {
          const octokit = createOctokitInstance(await getToken());
          const session = await createDesktopSession(octokit);
          const ref = React.createRef();
          await db.update(runs).set({ status: 'cancelled' }).where(eq(runs.id, params.id));
          return NextResponse.json({ ok: true, session: session.id, ref });
        }
      `,
    },
    {
      name: 'an upsert route and a publish-something route are actions',
      filename: 'app/api/v1/tables/[tableId]/rows/upsert/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const row = await db.insert(rows).values(await request.json()).returning();
          return NextResponse.json({ row });
        }
      `,
    },
    {
      name: 'publish-image hands the work to another system',
      filename: 'app/api/tools/instagram/publish-image/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const media = await createMediaContainer(await request.json());
          return NextResponse.json({ id: media.id });
        }
      `,
    },
    {
      name: 'a step of a password-reset flow is an action, whatever its last segment',
      filename: 'app/api/auth/reset-password/request/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const { email } = await request.json();
          const user = await prisma.user.findUnique({ where: { email } });
          if (user) await prisma.passwordReset.create({ data: { userId: user.id, token: randomToken() } });
          return NextResponse.json({ message: 'If an account exists, a reset link is on its way.' });
        }
      `,
    },
    {
      name: 'a verification token is a short-lived step, not the resource',
      filename: 'app/api/views/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const { email, linkId } = await request.json();
          await prisma.verificationToken.create({ data: { token: generateOTP(), identifier: \`otp:\${linkId}:\${email}\` } });
          return NextResponse.json({ type: 'email-verification', sent: true });
        }
      `,
    },
    {
      name: 'connections, drivers, trackers, response and header builders, and upsert helpers create nothing new',
      filename: 'app/api/tools/ssh/execute-command/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const tracker = createRequestTracker();
          const params = await request.json();
          const client = await createSSHConnection(params);
          const driver = createNeo4jDriver(params.uri, createBasicAuthHeader(params));
          const contact = await addOrUpdateContact(params.contact);
          if (!client) return createErrorResponse('Could not connect', 502);
          const output = await client.exec(params.command);
          return NextResponse.json({ output, contact: contact.id, ms: tracker.elapsed(), driver: driver.id });
        }
      `,
    },
    {
      name: 'a prerequisite made only when missing is not what the route creates',
      filename: 'app/api/documents/[id]/index/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(req: Request, { params }: { params: { id: string } }) {
          const doc = await prisma.document.findUnique({ where: { id: params.id }, include: { team: true } });
          let storeId = doc.team.vectorStoreId;
          if (!storeId) {
            storeId = await createTeamVectorStore(doc.teamId);
          }
          const handle = await indexTask.trigger({ documentId: doc.id, storeId });
          return NextResponse.json({ runId: handle.id });
        }
      `,
    },
    {
      name: 'a page view logged by a download route is bookkeeping',
      filename: 'app/api/links/[id]/download/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(req: Request, { params }: { params: { id: string } }) {
          const link = await prisma.link.findUnique({ where: { id: params.id } });
          await prisma.pageView.create({ data: { linkId: link.id } });
          return NextResponse.json({ url: link.url });
        }
      `,
    },
    {
      name: 'a POST route that creates and answers { status: 201 } is correct',
      filename: 'app/api/users/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const user = await db.user.create({ data: await request.json() });
          return NextResponse.json(user, { status: 201 });
        }
      `,
    },
    {
      name: 'a GET route that records a view is not a create endpoint',
      filename: 'app/api/posts/[id]/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
          const { id } = await params;
          await db.view.create({ data: { postId: id } });
          return NextResponse.json(await db.post.findUnique({ where: { id } }));
        }
      `,
    },
    {
      name: 'a login route answers 200 by design even when it creates a session',
      filename: 'src/app/api/auth/login/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const session = await db.session.create({ data: { userId: 1 } });
          return NextResponse.json({ token: session.token });
        }
      `,
    },
    {
      name: 'a webhook receiver nested under /webhooks answers 200 by design even when it creates',
      filename: 'app/api/webhooks/stripe/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const event = await verifyStripeEvent(request);
          await db.payment.create({ data: { eventId: event.id } });
          return NextResponse.json({ received: true });
        }
      `,
    },
    {
      name: 'a route named after a verb (send-otp) is an action, not a collection',
      filename: 'app/api/auth/send-otp/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          await db.verificationToken.create({ data: { email: (await request.json()).email } });
          return NextResponse.json({ sent: true });
        }
      `,
    },
    {
      name: 'a POST that redirects after creating (Post/Redirect/Get) is not checked',
      filename: 'app/posts/new/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const post = await db.post.create({ data: await request.json() });
          return NextResponse.redirect(new URL('/posts/' + post.id, request.url), 303);
        }
      `,
    },
    {
      name: 'a route that saves the message, then streams the reply, answers with a stream, not the record',
      filename: 'app/api/chat/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const { chatId, text } = await request.json();
          await db.message.create({ data: { chatId, role: 'user', text } });
          const body = new ReadableStream({
            async start(controller) {
              for await (const token of streamReply(chatId)) controller.enqueue(token);
              controller.close();
            },
          });
          return new NextResponse(body);
        }
      `,
    },
    {
      name: 'a run row, then an event stream (text/event-stream) of the run: the stream answers',
      filename: 'app/api/reports/summarize/route.ts',
      code: code`
        export async function POST(request: Request) {
          const { reportId } = await request.json();
          const run = await db.summaryRun.create({ data: { reportId, state: 'RUNNING' } });
          const events = summarize(reportId, run.id);
          return new Response(events, { headers: { 'Content-Type': 'text/event-stream' } });
        }
      `,
    },
    {
      name: 'an exported POST function outside a route file is not a route handler',
      filename: 'lib/api.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const user = await db.user.create({ data: await request.json() });
          return NextResponse.json(user);
        }
      `,
    },
    {
      name: 'a route under a private _folder is not routed, so it is not checked',
      filename: 'app/_drafts/users/route.ts',
      code: code`
        export async function POST(request: Request) {
          const user = await db.user.create({ data: await request.json() });
          return Response.json(user);
        }
      `,
    },
    {
      name: 'routes listed in ignoreRoutes are not checked',
      filename: 'app/api/legacy/users/route.ts',
      options: [{ ignoreRoutes: ['^/api/legacy/'] }],
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const user = await db.user.create({ data: await request.json() });
          return NextResponse.json(user);
        }
      `,
    },
    {
      name: 'a memo write (addToCache) keeps a copy of a lookup; it creates nothing',
      filename: 'app/api/order-tax/route.ts',
      code: code`
        const cache = new Map();
        const addToCache = (orderId: string, value: unknown) => cache.set(orderId, value);
        export async function POST(request: Request) {
          const orderId = String((await request.formData()).get('orderId'));
          const totals = cache.get(orderId) ?? (await taxService.fetchTotals(orderId));
          addToCache(orderId, totals);
          return new Response(JSON.stringify(totals));
        }
      `,
    },
    {
      name: 'save() given the id the request brought updates the row when it exists: create or edit',
      filename: 'app/api/boards/route.ts',
      code: code`
        export async function POST(request: Request) {
          const { id, title } = await request.json();
          if (id && !(await boardRepository.canEdit(id))) return Response.json({ error: 'Not yours' }, { status: 403 });
          const board = await boardRepository.save({ id, title });
          return Response.json(board);
        }
      `,
    },
    {
      name: 'a language model is asked for a reply, whatever its client is called',
      filename: 'app/api/summaries/route.ts',
      code: code`
        import Anthropic from '@anthropic-ai/sdk';
        import OpenAI from 'openai';
        const client = new Anthropic();
        export async function POST(req: Request) {
          const { text, apiKey } = await req.json();
          const reply = await client.messages.create({ model: 'claude', max_tokens: 400, messages: [{ role: 'user', content: text }] });
          const deepseek = new OpenAI({ apiKey, baseURL: 'https://api.deepseek.com' });
          const completion = await deepseek.chat.completions.create({ model: 'deepseek-chat', messages: [] });
          return Response.json({ summary: reply.content, completion });
        }
      `,
    },
    {
      name: 'a public token to follow a run is short-lived (createPublicToken)',
      filename: 'app/api/reports/[id]/rebuild/route.ts',
      code: code`
        import { auth, tasks } from '@trigger.dev/sdk';
        export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
          const handle = await tasks.trigger('rebuild-report', { reportId: (await params).id });
          const accessToken = await auth.createPublicToken({ scopes: { read: { runs: [handle.id] } } });
          return Response.json({ runId: handle.id, accessToken });
        }
      `,
    },
    {
      name: 'a module-level set the handler adds to and takes from again is a lock, not a store',
      filename: 'app/api/rollups/route.ts',
      code: code`
        const inFlight = new Set<string>();
        export async function POST() {
          if (inFlight.has('rollup')) return Response.json({ skipped: true }, { status: 409 });
          inFlight.add('rollup');
          try {
            return Response.json({ result: await rebuildRollups() });
          } finally {
            inFlight.delete('rollup');
          }
        }
      `,
    },
    {
      name: 'a batch route (bulk-create) answers per item',
      filename: 'app/api/users/bulk-create/route.ts',
      code: code`
        export async function POST(req: Request) {
          const rows = await req.json();
          const results = await Promise.all(rows.map((row: unknown) => prisma.user.create({ data: row })));
          return Response.json({ results });
        }
      `,
    },
    {
      name: 'a factory of the file that returns a function (createDeadlineFetch) stores nothing',
      filename: 'app/api/integrations/route.ts',
      code: code`
        function createDeadlineFetch(ms: number): typeof fetch {
          return (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(ms) });
        }
        export async function POST(request: Request) {
          const { providerUrl } = await request.json();
          const step = await startAuthorization(providerUrl, { fetchFn: createDeadlineFetch(10_000) });
          return Response.json({ authorizationUrl: step.url });
        }
      `,
    },
    {
      name: 'known limit: a response built by a helper is not followed',
      filename: 'app/api/users/route.ts',
      code: code`
        import { ok } from '@/lib/respond';
        export async function POST(request: Request) {
          const user = await db.user.create({ data: await request.json() });
          return ok(user);
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'await createLink(…) in a link shortener stores the link',
      filename: 'app/api/links/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const body = await request.json();
          const link = await createLink({ url: body.url, domain: body.domain });
          return NextResponse.json(link);
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'createLink' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import { NextResponse } from 'next/server';
                export async function POST(request: Request) {
                  const body = await request.json();
                  const link = await createLink({ url: body.url, domain: body.domain });
                  return NextResponse.json(link, { status: 201 });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a create answered through a same-file builder with no status parameter',
      filename: 'app/api/projects/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        import { db } from '@/lib/db';

        const ok = (data: unknown) => NextResponse.json(data);

        export async function POST(request: Request) {
          const input = await request.json();
          const project = await db.project.create({ data: { name: input.name } });
          return ok(project);
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.project.create' },
          line: 9,
          column: 10,
          endLine: 9,
          endColumn: 21,
          suggestions: [
          ],
        },
      ],
    },
    {
      name: 'a create whose conflict gets an answer of its own is a plain create',
      filename: 'app/api/folders/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const { parent, name } = await request.json();
          try {
            const folder = await createFolder(parent, name);
            return NextResponse.json(folder);
          } catch (error) {
            if (error instanceof StorageError && error.status === 409) {
              return NextResponse.json({ error: 'Folder exists' }, { status: 409 });
            }
            throw error;
          }
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'createFolder' },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import { NextResponse } from 'next/server';
                export async function POST(request: Request) {
                  const { parent, name } = await request.json();
                  try {
                    const folder = await createFolder(parent, name);
                    return NextResponse.json(folder, { status: 201 });
                  } catch (error) {
                    if (error instanceof StorageError && error.status === 409) {
                      return NextResponse.json({ error: 'Folder exists' }, { status: 409 });
                    }
                    throw error;
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'the create named beside a provider factory is the record, not the factory',
      filename: 'app/api/notes/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        import { createOpenAI } from '@ai-sdk/openai';
        export async function POST(request: Request) {
          const { title, apiKey } = await request.json();
          const openai = createOpenAI({ apiKey });
          const note = await db.note.create({ data: { title, model: openai('small').modelId } });
          return NextResponse.json(note);
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.note.create' },
          line: 7,
          column: 10,
          endLine: 7,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import { NextResponse } from 'next/server';
                import { createOpenAI } from '@ai-sdk/openai';
                export async function POST(request: Request) {
                  const { title, apiKey } = await request.json();
                  const openai = createOpenAI({ apiKey });
                  const note = await db.note.create({ data: { title, model: openai('small').modelId } });
                  return NextResponse.json(note, { status: 201 });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'webhooks right under a project id are the project own hooks',
      filename: 'app/api/projects/[id]/webhooks/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request, { params }: { params: { id: string } }) {
          const hook = await db.webhook.create({ data: { projectId: params.id, url: (await request.json()).url } });
          return NextResponse.json(hook);
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.webhook.create' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import { NextResponse } from 'next/server';
                export async function POST(request: Request, { params }: { params: { id: string } }) {
                  const hook = await db.webhook.create({ data: { projectId: params.id, url: (await request.json()).url } });
                  return NextResponse.json(hook, { status: 201 });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a cron area right under a workspace id holds the jobs of that workspace',
      filename: 'app/api/workspaces/[wsId]/cron/jobs/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request, { params }: { params: { wsId: string } }) {
          const job = await db.cronJob.create({ data: { workspaceId: params.wsId, ...(await request.json()) } });
          return NextResponse.json(job);
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.cronJob.create' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import { NextResponse } from 'next/server';
                export async function POST(request: Request, { params }: { params: { wsId: string } }) {
                  const job = await db.cronJob.create({ data: { workspaceId: params.wsId, ...(await request.json()) } });
                  return NextResponse.json(job, { status: 201 });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an awaited createSecret stores the secret',
      filename: 'app/api/secrets/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const { name, value } = await request.json();
          const secret = await createSecret({ name, value });
          return NextResponse.json(secret);
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'createSecret' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import { NextResponse } from 'next/server';
                export async function POST(request: Request) {
                  const { name, value } = await request.json();
                  const secret = await createSecret({ name, value });
                  return NextResponse.json(secret, { status: 201 });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a same-file create… that stores (async, or a synchronous insert) still creates',
      filename: 'app/api/reports/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        async function createReport(input: { title: string }) {
          return { ...input, id: await db.report.create({ data: input }) };
        }
        function createDraft(input: { title: string }) {
          const row = db.prepare('INSERT INTO drafts (title) VALUES (?)').run(input.title);
          return { id: row.lastInsertRowid, ...input };
        }
        export async function POST(request: Request) {
          const input = await request.json();
          const report = input.draft ? createDraft(input) : await createReport(input);
          return NextResponse.json(report);
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'createDraft' },
          line: 12,
          column: 10,
          endLine: 12,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import { NextResponse } from 'next/server';
                async function createReport(input: { title: string }) {
                  return { ...input, id: await db.report.create({ data: input }) };
                }
                function createDraft(input: { title: string }) {
                  const row = db.prepare('INSERT INTO drafts (title) VALUES (?)').run(input.title);
                  return { id: row.lastInsertRowid, ...input };
                }
                export async function POST(request: Request) {
                  const input = await request.json();
                  const report = input.draft ? createDraft(input) : await createReport(input);
                  return NextResponse.json(report, { status: 201 });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'triggers as the last segment is the collection the POST adds to',
      filename: 'app/api/projects/[projectId]/signals/[id]/triggers/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const trigger = await db.signalTrigger.create({ data: await request.json() });
          return NextResponse.json(trigger);
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.signalTrigger.create' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import { NextResponse } from 'next/server';
                export async function POST(request: Request) {
                  const trigger = await db.signalTrigger.create({ data: await request.json() });
                  return NextResponse.json(trigger, { status: 201 });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a collection named like a verb (/api/test, a test case) still creates',
      filename: 'app/api/test/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(req: Request) {
          const test = await prisma.test.create({ data: await req.json() });
          return NextResponse.json({ data: test });
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'prisma.test.create' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                import { NextResponse } from 'next/server';
                export async function POST(req: Request) {
                  const test = await prisma.test.create({ data: await req.json() });
                  return NextResponse.json({ data: test }, { status: 201 });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'save() given a freshly made id names a new row',
      filename: 'app/api/boards/route.ts',
      code: code`
        export async function POST(request: Request) {
          const { title } = await request.json();
          const board = await boardRepository.save({ id: crypto.randomUUID(), title });
          return Response.json(board);
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'boardRepository.save' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                export async function POST(request: Request) {
                  const { title } = await request.json();
                  const board = await boardRepository.save({ id: crypto.randomUUID(), title });
                  return Response.json(board, { status: 201 });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'each branch that creates and answers 200 is reported, not only the first',
      filename: 'app/api/events/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const input = await request.json();
          if (input.allDay) {
            const event = await prisma.event.create({ data: { title: input.title, day: input.day } });
            return NextResponse.json(event);
          }
          const event = await prisma.event.create({ data: { title: input.title, start: input.start } });
          return NextResponse.json(event);
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'prisma.event.create' },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                import { NextResponse } from 'next/server';
                export async function POST(request: Request) {
                  const input = await request.json();
                  if (input.allDay) {
                    const event = await prisma.event.create({ data: { title: input.title, day: input.day } });
                    return NextResponse.json(event, { status: 201 });
                  }
                  const event = await prisma.event.create({ data: { title: input.title, start: input.start } });
                  return NextResponse.json(event);
                }
              `,
            },
          ],
        },
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'prisma.event.create' },
          line: 9,
          column: 10,
          endLine: 9,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                import { NextResponse } from 'next/server';
                export async function POST(request: Request) {
                  const input = await request.json();
                  if (input.allDay) {
                    const event = await prisma.event.create({ data: { title: input.title, day: input.day } });
                    return NextResponse.json(event);
                  }
                  const event = await prisma.event.create({ data: { title: input.title, start: input.start } });
                  return NextResponse.json(event, { status: 201 });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a JSON body with its content type spelled out is still the created record',
      filename: 'app/api/notes/route.ts',
      code: code`
        export async function POST(request: Request) {
          const note = await db.note.create({ data: await request.json() });
          return new Response(JSON.stringify(note), { headers: { 'Content-Type': 'application/json' } });
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.note.create' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 97,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                export async function POST(request: Request) {
                  const note = await db.note.create({ data: await request.json() });
                  return new Response(JSON.stringify(note), { status: 201, headers: { 'Content-Type': 'application/json' } });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a collection of calendar events (/events) creates like any other',
      filename: 'app/api/events/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const { feedId, title } = await request.json();
          const event = await prisma.calendarEvent.create({ data: { feedId, title } });
          return NextResponse.json(event);
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'prisma.calendarEvent.create' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                import { NextResponse } from 'next/server';
                export async function POST(request: Request) {
                  const { feedId, title } = await request.json();
                  const event = await prisma.calendarEvent.create({ data: { feedId, title } });
                  return NextResponse.json(event, { status: 201 });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'createRef on an API client makes a branch',
      filename: 'app/api/branches/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const { name, sha } = await request.json();
          const branch = await octokit.rest.git.createRef({ owner, repo, ref: \`refs/heads/\${name}\`, sha });
          return NextResponse.json(branch.data);
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'octokit.rest.git.createRef' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                import { NextResponse } from 'next/server';
                export async function POST(request: Request) {
                  const { name, sha } = await request.json();
                  const branch = await octokit.rest.git.createRef({ owner, repo, ref: \`refs/heads/\${name}\`, sha });
                  return NextResponse.json(branch.data, { status: 201 });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an early return of a response helper does not hide the insert after it',
      filename: 'app/api/chats/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const { userId } = await authenticate();
          if (!userId) return createUnauthorizedResponse();
          const [chat] = await db.insert(chats).values({ userId }).returning();
          return NextResponse.json({ id: chat.id });
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.insert' },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                import { NextResponse } from 'next/server';
                export async function POST(request: Request) {
                  const { userId } = await authenticate();
                  if (!userId) return createUnauthorizedResponse();
                  const [chat] = await db.insert(chats).values({ userId }).returning();
                  return NextResponse.json({ id: chat.id }, { status: 201 });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a create guarded by another record being absent is still the creation',
      filename: 'app/api/users/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(req: Request) {
          const body = await req.json();
          const invited = await prisma.invite.findUnique({ where: { email: body.email } });
          let user;
          if (!invited) user = await prisma.user.create({ data: body });
          else user = await acceptInvite(invited);
          return NextResponse.json(user);
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'prisma.user.create' },
          line: 8,
          column: 10,
          endLine: 8,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import { NextResponse } from 'next/server';
                export async function POST(req: Request) {
                  const body = await req.json();
                  const invited = await prisma.invite.findUnique({ where: { email: body.email } });
                  let user;
                  if (!invited) user = await prisma.user.create({ data: body });
                  else user = await acceptInvite(invited);
                  return NextResponse.json(user, { status: 201 });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a POST route that creates and answers NextResponse.json(user) answers 200 OK',
      filename: 'app/api/users/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const user = await prisma.user.create({ data: await request.json() });
          return NextResponse.json(user);
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'prisma.user.create' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import { NextResponse } from 'next/server';
                export async function POST(request: Request) {
                  const user = await prisma.user.create({ data: await request.json() });
                  return NextResponse.json(user, { status: 201 });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'the status goes into an existing init object',
      filename: 'src/app/api/posts/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export const POST = withAuth(async (request: Request) => {
          const post = await db.post.create({ data: await request.json() });
          return NextResponse.json(post, { headers: { 'Cache-Control': 'no-store' } });
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.post.create' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import { NextResponse } from 'next/server';
                export const POST = withAuth(async (request: Request) => {
                  const post = await db.post.create({ data: await request.json() });
                  return NextResponse.json(post, { status: 201, headers: { 'Cache-Control': 'no-store' } });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a handler exported under a method name with export { … as POST } is checked as POST',
      filename: 'app/api/todos/route.ts',
      code: code`
        async function create(request: Request) {
          const todo = await createTodo(await request.json());
          return Response.json(todo);
        }
        export { create as POST };
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'createTodo' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                async function create(request: Request) {
                  const todo = await createTodo(await request.json());
                  return Response.json(todo, { status: 201 });
                }
                export { create as POST };
              `,
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('require-created-status (Next.js App Router, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'new NextResponse(body, { status: 201 }) answers 201 Created',
      filename: 'app/api/items/route.js',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request) {
          const item = await db.item.create({ data: await request.json() });
          return new NextResponse(JSON.stringify(item), { status: 201 });
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'new NextResponse(body) after a create answers 200 OK',
      filename: 'app/api/items/route.js',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request) {
          const item = await db.item.create({ data: await request.json() });
          return new NextResponse(JSON.stringify(item));
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.item.create' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import { NextResponse } from 'next/server';
                export async function POST(request) {
                  const item = await db.item.create({ data: await request.json() });
                  return new NextResponse(JSON.stringify(item), { status: 201 });
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});
