import rule from '../../../src/rules/require-error-status.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('require-error-status (Next.js App Router, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'on sign-up, a missing user is the success when the other way out answers an error status',
      filename: 'app/api/auth/signup/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        import { messages } from '@/constants/messages';
        export async function POST(request: Request) {
          const { email } = await request.json();
          const user = await db.user.findFirst({ where: { email } });
          if (!user) {
            await sendMagicLink(email);
            return NextResponse.json({ message: messages.linkSent });
          }
          return NextResponse.json({ message: 'An account with this email exists' }, { status: 409 });
        }
      `,
    },
    {
      name: 'the code after an if that leaves with an error status is the success path',
      filename: 'app/api/auth/signin/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        import { messages } from '@/constants/messages';
        export async function POST(request: Request) {
          const { email } = await request.json();
          const user = await db.user.findFirst({ where: { email } });
          if (user) {
            return NextResponse.json({ message: messages.exists }, { status: 409 });
          }
          await sendMagicLink(email);
          return NextResponse.json({ message: messages.linkSent });
        }
      `,
    },
    {
      name: 'a name ending in Err is an error: what comes after its guard is the success, whatever words its message uses',
      filename: 'app/api/models/cleanup/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST() {
          const { err: deleteErr, count } = await purgeRowsWithBadIds();
          if (deleteErr) {
            return NextResponse.json({ error: deleteErr }, { status: 500 });
          }
          return NextResponse.json({ message: \`Cleaned up \${count} models with invalid ids\` });
        }
      `,
    },
    {
      name: 'a webhook named with its sender (webhook-supabase) answers unknown events with 200 on purpose',
      filename: 'app/api/webhook-supabase/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const event = await request.json();
          if (event.type !== 'INSERT') {
            return NextResponse.json({ error: 'Unsupported event type' }, { status: 200 });
          }
          await sync(event.record);
          return NextResponse.json({ ok: true });
        }
      `,
    },
    {
      name: 'an idempotent ensure that states what it found (created: false, alreadyExists: true), and a popup page whose script says catch (error), answer successes',
      filename: 'app/api/tools/ssh/create-directory/route.ts',
      code: code`
        import { type NextRequest, NextResponse } from 'next/server';
        export async function POST(request: NextRequest) {
          const { path } = await request.json();
          if (await dirExists(path)) {
            return NextResponse.json({ created: false, path, alreadyExists: true, message: \`Directory already exists: \${path}\` });
          }
          await makeDir(path);
          return NextResponse.json({ created: true, path, alreadyExists: false, message: \`Directory created: \${path}\` });
        }
        export async function GET(request: NextRequest) {
          const session = await getSession();
          if (!session) {
            return new NextResponse(
              \`<!doctype html><p>Sign in to finish the setup.</p><script>
                try { new BroadcastChannel('setup').postMessage('signin') } catch (error) {}
                window.close()</script>\`,
              { headers: { 'Content-Type': 'text/html; charset=utf-8' } },
            );
          }
          return NextResponse.redirect(new URL('/settings', request.url));
        }
      `,
    },
    {
      name: 'a helper typed to take a NextRequest that returns a plain result, not a Response, leaves the answer to its caller',
      filename: 'lib/auth/require-user.ts',
      code: code`
        import { NextRequest } from 'next/server';
        export async function requireUser(req: NextRequest) {
          const token = req.cookies.get('session')?.value;
          if (!token) return { user: null, error: 'Not signed in' };
          return { user: await verifySession(token), error: null };
        }
      `,
    },
    {
      name: 'a list made from data under an errors key (logged errors, a lint\'s findings) is a result, not an error',
      filename: 'app/api/admin/recent-errors/route.ts',
      code: code`
        export async function GET() {
          const rows = await db.clientError.findMany({ take: 50, orderBy: { at: 'desc' } });
          return Response.json({ errors: rows.map((row) => ({ at: row.at, message: row.message })) });
        }
        export async function POST(request: Request) {
          const doc = parseDocument(await request.text());
          return Response.json({ valid: doc.errors.length === 0, errors: doc.errors.map((error) => error.message) });
        }
      `,
    },
    {
      name: 'a lint route answers a file\'s mistakes as its result, in a guard too',
      filename: 'app/api/yaml/lint/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const doc = parseDocument(await request.text());
          if (doc.errors.length > 0) {
            return NextResponse.json({ valid: false, errors: doc.errors.map((e) => ({ message: e.message })) });
          }
          return NextResponse.json({ valid: true, errors: [] });
        }
      `,
    },
    {
      name: 'after an if that returns a cached or existing record, the rest is the ordinary answer',
      filename: 'app/api/rates/route.ts',
      code: code`
        export async function GET() {
          const cached = await redis.get('rates');
          if (cached) return Response.json(JSON.parse(cached));
          const rates = await fetchRates();
          return Response.json({ rates, message: 'Fresh rates' });
        }
        export async function POST(request: Request) {
          const { email } = await request.json();
          const existing = await prisma.subscriber.findUnique({ where: { email } });
          if (existing) return Response.json(existing);
          const subscriber = await prisma.subscriber.create({ data: { email } });
          return Response.json({ message: 'Subscribed', subscriber }, { status: 201 });
        }
      `,
    },
    {
      name: 'a const that holds a success body, or a value it was given, is read as it is',
      filename: 'app/api/settings/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function GET() {
          const user = await getCurrentUser();
          if (!user) {
            const guestSettings = { theme: 'light', signedIn: false };
            return NextResponse.json(guestSettings);
          }
          const stored = await loadSettings(user);
          return NextResponse.json(stored);
        }
      `,
    },
    {
      name: 'an error field whose text says the request went through, sent by a builder on the success path',
      filename: 'app/api/breaches/route.ts',
      code: code`
        import { NextRequest, NextResponse } from 'next/server';
        function successResponse() {
          return NextResponse.json({ error: 'Request reached and fulfilled.' }, { status: 200 });
        }
        export async function POST(req: NextRequest) {
          try {
            await addBreach(await req.json());
            return successResponse();
          } catch (error) {
            return NextResponse.json({ error: 'Internal server error' }, { status: 500 });
          }
        }
      `,
    },
    {
      name: 'a Telegram bot route acknowledges every update with 200, even one it cannot handle',
      filename: 'app/api/telegram/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const update = await request.json();
          if (!update.message?.text) {
            return NextResponse.json({ ok: false, error: 'Unsupported update' });
          }
          await reply(update.message.chat.id, update.message.text);
          return NextResponse.json({ ok: true });
        }
      `,
    },
    {
      name: 'a message beside counts, with 200 written out, is a result the author chose',
      filename: 'app/api/categories/copy/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const { ids } = await request.json();
          const toCopy = await findMissing(ids);
          if (toCopy.length === 0) {
            return NextResponse.json({ message: 'All selected categories already exist', copiedCount: 0 }, { status: 200 });
          }
          await copyAll(toCopy);
          return NextResponse.json({ copiedCount: toCopy.length }, { status: 201 });
        }
      `,
    },
    {
      name: 'a chat message record answered as { message } is the record, not a text',
      filename: 'app/api/conversations/[id]/messages/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request, { params }: { params: { id: string } }) {
          const message = await saveMessage({ conversationId: params.id, content: (await request.json()).content });
          let conversation;
          try {
            conversation = await getConversation(params.id);
          } catch (error) {
            console.error('lookup failed after save', error, message.id);
            return NextResponse.json({ message }, { status: 201 });
          }
          if (!conversation) return NextResponse.json({ message }, { status: 201 });
          await broadcast(conversation.members, message);
          return NextResponse.json({ message }, { status: 201 });
        }
      `,
    },
    {
      name: 'a cleanup with nothing to do says so: "No invalid models found" names items, refuses nothing',
      filename: 'app/api/models/cleanup/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST() {
          const invalidModels = await findInvalidModels();
          if (invalidModels.length === 0) {
            return NextResponse.json({ message: 'No invalid models found', cleaned: 0 });
          }
          await removeModels(invalidModels);
          return NextResponse.json({ message: 'Cleaned', cleaned: invalidModels.length });
        }
        export async function PUT() {
          const ids = await outbox.failed();
          if (!ids.length) return Response.json({ message: 'No failed deliveries to requeue' });
          await outbox.requeue(ids);
          return Response.json({ requeued: ids.length });
        }
      `,
    },
    {
      name: 'a page whose markup says required (an input attribute) is no error message',
      filename: 'app/api/auth/shopify/authorize/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function GET(request: Request) {
          const shop = new URL(request.url).searchParams.get('shop');
          if (!shop) {
            return new NextResponse(
              \`<form><label>Store</label><input name="shop" required /><button>Connect</button></form>\`,
              { headers: { 'Content-Type': 'text/html' } },
            );
          }
          return NextResponse.redirect(\`https://\${shop}/admin/oauth/authorize\`);
        }
      `,
    },
    {
      name: 'a not-found guard that answers { status: 404 } is correct',
      filename: 'app/api/users/[id]/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
          const user = await db.user.findUnique({ where: { id: (await params).id } });
          if (!user) return NextResponse.json({ error: 'User not found' }, { status: 404 });
          return NextResponse.json(user);
        }
      `,
    },
    {
      name: 'a POST route that answers a failed validation with { status: 400 } is correct',
      filename: 'app/api/users/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const parsed = schema.safeParse(await request.json());
          if (!parsed.success) {
            return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
          }
          return NextResponse.json(await db.user.create({ data: parsed.data }), { status: 201 });
        }
      `,
    },
    {
      name: 'a catch block that answers 500 is correct',
      filename: 'app/api/sync/route.ts',
      code: code`
        export async function POST() {
          try {
            await sync();
            return Response.json({ ok: true });
          } catch (error) {
            return Response.json({ error: 'Sync failed' }, { status: 500 });
          }
        }
      `,
    },
    {
      name: 'notFound() answers 404 by throwing, with no body to check',
      filename: 'app/api/posts/[slug]/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        import { notFound } from 'next/navigation';
        export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
          const post = await getPost((await params).slug);
          if (!post) notFound();
          return NextResponse.json(post);
        }
      `,
    },
    {
      name: 'a status taken from the error is dynamic, so it is trusted',
      filename: 'app/api/orders/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function GET() {
          try {
            return NextResponse.json(await listOrders());
          } catch (error: any) {
            return NextResponse.json({ error: error.message }, { status: error.status ?? 500 });
          }
        }
      `,
    },
    {
      name: 'an error body in a file that is not a route module is not a response',
      filename: 'lib/api.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function GET() {
          return NextResponse.json({ error: 'Not implemented' });
        }
      `,
    },
    {
      name: 'a comment says the 200 is deliberate: a queue consumer that must not be retried',
      filename: 'app/api/digest/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          try {
            return NextResponse.json(await sendDigest(await request.json()));
          } catch (error) {
            logger.error('Error sending digest', { error });
            // Return 200 to prevent queue retries: the digest is already marked failed.
            return NextResponse.json({ success: false, error: 'Error sending digest email' });
          }
        }
      `,
    },
    {
      name: 'a comment in the guard says callers should not retry, and one on the line of an unbraced guard says 200',
      filename: 'app/api/complete-registration/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          const session = await auth(request.headers);
          if (!session) {
            // Fire-and-forget from onboarding: missing auth is a no-op, not a state callers should retry.
            return NextResponse.json({ success: false, reason: 'not_authenticated' });
          }
          const body = await request.json();
          if (!body.step) return NextResponse.json({ error: 'Missing step' }); // always answer 200, the page ignores it
          await completeRegistration(session.user, body.step);
          return NextResponse.json({ success: true });
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a webhook whose signature check failed is no message it skips: a 2xx from that catch tells the sender it arrived',
      filename: 'app/api/webhook/stripe/route.ts',
      code: code`
        import Stripe from 'stripe';
        import { NextResponse } from 'next/server';
        const stripe = new Stripe(process.env.STRIPE_KEY!);
        export async function POST(request: Request) {
          const body = await request.text();
          const signature = request.headers.get('stripe-signature')!;
          let event;
          try {
            event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
          } catch (err) {
            return NextResponse.json({ message: 'Webhook error', error: err });
          }
          if (event.type === 'checkout.session.completed') await fulfil(event.data.object);
          return new Response('', { status: 200 });
        }
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 400 },
          line: 11,
          column: 12,
          endLine: 11,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import Stripe from 'stripe';
                import { NextResponse } from 'next/server';
                const stripe = new Stripe(process.env.STRIPE_KEY!);
                export async function POST(request: Request) {
                  const body = await request.text();
                  const signature = request.headers.get('stripe-signature')!;
                  let event;
                  try {
                    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
                  } catch (err) {
                    return NextResponse.json({ message: 'Webhook error', error: err }, { status: 400 });
                  }
                  if (event.type === 'checkout.session.completed') await fulfil(event.data.object);
                  return new Response('', { status: 200 });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an exported function of a next/server module that gives back a NextResponse answers as a route handler',
      filename: 'src/app/api/auth/user.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export default async function user(): Promise<NextResponse> {
          try {
            const session = await getLoginSession();
            return NextResponse.json({ session });
          } catch (error) {
            return NextResponse.json({ error });
          }
        }
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 500 },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import { NextResponse } from 'next/server';
                export default async function user(): Promise<NextResponse> {
                  try {
                    const session = await getLoginSession();
                    return NextResponse.json({ session });
                  } catch (error) {
                    return NextResponse.json({ error }, { status: 500 });
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a provider module that a catch-all route hands its requests to (handle(req: NextRequest)) answers a missing key with 200',
      filename: 'app/api/glm.ts',
      code: code`
        import { NextRequest, NextResponse } from 'next/server';
        export async function handle(req: NextRequest, { params }: { params: { path: string[] } }) {
          if (!process.env.GLM_API_KEY) {
            return NextResponse.json({ error: true, message: 'missing GLM_API_KEY' });
          }
          return fetch(\`https://open.bigmodel.cn/\${params.path.join('/')}\`, { method: req.method, body: req.body });
        }
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 400 },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 78,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import { NextRequest, NextResponse } from 'next/server';
                export async function handle(req: NextRequest, { params }: { params: { path: string[] } }) {
                  if (!process.env.GLM_API_KEY) {
                    return NextResponse.json({ error: true, message: 'missing GLM_API_KEY' }, { status: 400 });
                  }
                  return fetch(\`https://open.bigmodel.cn/\${params.path.join('/')}\`, { method: req.method, body: req.body });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a provider route answers a failed upstream call with prettyObject(e), a caught error put into a shape, as 200',
      filename: 'app/api/tencent/route.ts',
      code: code`
        import { NextRequest, NextResponse } from 'next/server';
        export async function POST(req: NextRequest) {
          try {
            return await forwardToTencent(req);
          } catch (e) {
            return NextResponse.json(prettyObject(e));
          }
        }
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 500 },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import { NextRequest, NextResponse } from 'next/server';
                export async function POST(req: NextRequest) {
                  try {
                    return await forwardToTencent(req);
                  } catch (e) {
                    return NextResponse.json(prettyObject(e), { status: 500 });
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a sign-up that refuses an email that is missing or malformed suggests 400 from its words, not 404 from the !email test',
      filename: 'app/api/signup/route.ts',
      code: code`
        export async function POST(request: Request) {
          const { email } = await request.json();
          if (!email || !/^[^@\\s]+@[^@\\s]+$/.test(email)) {
            return Response.json({ error: 'Please provide a valid email' });
          }
          return Response.json({ ok: true });
        }
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 400 },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                export async function POST(request: Request) {
                  const { email } = await request.json();
                  if (!email || !/^[^@\\s]+@[^@\\s]+$/.test(email)) {
                    return Response.json({ error: 'Please provide a valid email' }, { status: 400 });
                  }
                  return Response.json({ ok: true });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'the code after an if that returns on success answers the failure (the Next.js docs\' on-demand revalidation example)',
      filename: 'app/api/revalidate/route.ts',
      code: code`
        import type { NextRequest } from 'next/server';
        import { revalidatePath } from 'next/cache';
        export async function GET(request: NextRequest) {
          const path = request.nextUrl.searchParams.get('path');
          if (path) {
            revalidatePath(path);
            return Response.json({ revalidated: true, now: Date.now() });
          }
          return Response.json({ revalidated: false, now: Date.now(), message: 'Missing path to revalidate' });
        }
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 400 },
          line: 9,
          column: 10,
          endLine: 9,
          endColumn: 103,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import type { NextRequest } from 'next/server';
                import { revalidatePath } from 'next/cache';
                export async function GET(request: NextRequest) {
                  const path = request.nextUrl.searchParams.get('path');
                  if (path) {
                    revalidatePath(path);
                    return Response.json({ revalidated: true, now: Date.now() });
                  }
                  return Response.json({ revalidated: false, now: Date.now(), message: 'Missing path to revalidate' }, { status: 400 });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'if (user) return the user; what follows is the not-found answer',
      filename: 'app/api/users/[id]/route.ts',
      code: code`
        export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
          const user = await prisma.user.findUnique({ where: { id: (await params).id } });
          if (user) return Response.json(user);
          return Response.json({ message: 'User not found' });
        }
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
                  const user = await prisma.user.findUnique({ where: { id: (await params).id } });
                  if (user) return Response.json(user);
                  return Response.json({ message: 'User not found' }, { status: 404 });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an error body held in a const before it is sent',
      filename: 'app/api/settings/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function PATCH(req: Request) {
          const user = await getCurrentUser();
          if (!user) {
            const errorBody = { error: 'Not authenticated' };
            return NextResponse.json(errorBody);
          }
          return NextResponse.json(await saveSettings(user, await req.json()));
        }
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 401 },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 401, phrase: 'Unauthorized' },
              output: code`
                import { NextResponse } from 'next/server';
                export async function PATCH(req: Request) {
                  const user = await getCurrentUser();
                  if (!user) {
                    const errorBody = { error: 'Not authenticated' };
                    return NextResponse.json(errorBody, { status: 401 });
                  }
                  return NextResponse.json(await saveSettings(user, await req.json()));
                }
              `,
            },
          ],
        },
      ],
    },

    {
      name: 'comments that name retries or 200 without choosing the status do not excuse the error',
      filename: 'app/api/exports/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          try {
            return NextResponse.json(await exportRows(await request.json()));
          } catch (error) {
            // TODO: retry with backoff; the send below holds pages of up to 200 rows.
            // Known bug: this failure answer goes out as 200 OK.
            return NextResponse.json({ error: 'Export failed' });
          }
        }
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 500 },
          line: 8,
          column: 12,
          endLine: 8,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import { NextResponse } from 'next/server';
                export async function POST(request: Request) {
                  try {
                    return NextResponse.json(await exportRows(await request.json()));
                  } catch (error) {
                    // TODO: retry with backoff; the send below holds pages of up to 200 rows.
                    // Known bug: this failure answer goes out as 200 OK.
                    return NextResponse.json({ error: 'Export failed' }, { status: 500 });
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an error field that says the request was not successful',
      filename: 'app/api/imports/route.ts',
      code: code`
        import { NextRequest, NextResponse } from 'next/server';
        export async function POST(req: NextRequest) {
          try {
            await importRows(await req.json());
            return NextResponse.json({ ok: true });
          } catch {
            return NextResponse.json({ error: 'The import was not successful' });
          }
        }
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 500 },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import { NextRequest, NextResponse } from 'next/server';
                export async function POST(req: NextRequest) {
                  try {
                    await importRows(await req.json());
                    return NextResponse.json({ ok: true });
                  } catch {
                    return NextResponse.json({ error: 'The import was not successful' }, { status: 500 });
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a backing service that is not available suggests 503; a name not available is taken',
      filename: 'app/api/projects/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function GET() {
          const supabase = await createClient();
          if (!supabase) return NextResponse.json({ error: 'Supabase not available in this deployment' }, { status: 200 });
          return NextResponse.json(await supabase.from('projects').select());
        }
        export async function POST(request: Request) {
          const { username } = await request.json();
          if (await isTaken(username)) return NextResponse.json({ error: 'Username not available' });
          return NextResponse.json({ ok: true, username });
        }
      `,
      errors: [
        {
          messageId: 'errorWithSuccessStatus',
          data: { code: 200, suggested: 503 },
          line: 4,
          column: 25,
          endLine: 4,
          endColumn: 115,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 503, phrase: 'Service Unavailable' },
              output: code`
                import { NextResponse } from 'next/server';
                export async function GET() {
                  const supabase = await createClient();
                  if (!supabase) return NextResponse.json({ error: 'Supabase not available in this deployment' }, { status: 503 });
                  return NextResponse.json(await supabase.from('projects').select());
                }
                export async function POST(request: Request) {
                  const { username } = await request.json();
                  if (await isTaken(username)) return NextResponse.json({ error: 'Username not available' });
                  return NextResponse.json({ ok: true, username });
                }
              `,
            },
          ],
        },
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 409 },
          line: 9,
          column: 39,
          endLine: 9,
          endColumn: 93,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 409, phrase: 'Conflict' },
              output: code`
                import { NextResponse } from 'next/server';
                export async function GET() {
                  const supabase = await createClient();
                  if (!supabase) return NextResponse.json({ error: 'Supabase not available in this deployment' }, { status: 200 });
                  return NextResponse.json(await supabase.from('projects').select());
                }
                export async function POST(request: Request) {
                  const { username } = await request.json();
                  if (await isTaken(username)) return NextResponse.json({ error: 'Username not available' }, { status: 409 });
                  return NextResponse.json({ ok: true, username });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a text message held in a const, in a not-found guard, is an error body',
      filename: 'app/api/conversations/[id]/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function DELETE(request: Request, { params }: { params: { id: string } }) {
          const conversation = await getConversation(params.id);
          if (!conversation) {
            const message = 'Conversation not found';
            return NextResponse.json({ message });
          }
          return new Response(null, { status: 204 });
        }
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import { NextResponse } from 'next/server';
                export async function DELETE(request: Request, { params }: { params: { id: string } }) {
                  const conversation = await getConversation(params.id);
                  if (!conversation) {
                    const message = 'Conversation not found';
                    return NextResponse.json({ message }, { status: 404 });
                  }
                  return new Response(null, { status: 204 });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an unknown API key suggests 401, and a poll that timed out 504',
      filename: 'app/api/scans/route.ts',
      code: code`
        export async function POST(req: Request) {
          const key = await findApiKey(req.headers.get('authorization'));
          if (!key) return Response.json({ err: 'No such apiKey exists!' });
          const scan = await waitForScan(key.team);
          if (!scan) return Response.json({ success: false, error: 'Scan timed out' });
          return Response.json(scan);
        }
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 401 },
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 401, phrase: 'Unauthorized' },
              output: code`
                export async function POST(req: Request) {
                  const key = await findApiKey(req.headers.get('authorization'));
                  if (!key) return Response.json({ err: 'No such apiKey exists!' }, { status: 401 });
                  const scan = await waitForScan(key.team);
                  if (!scan) return Response.json({ success: false, error: 'Scan timed out' });
                  return Response.json(scan);
                }
              `,
            },
          ],
        },
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 504 },
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 504, phrase: 'Gateway Timeout' },
              output: code`
                export async function POST(req: Request) {
                  const key = await findApiKey(req.headers.get('authorization'));
                  if (!key) return Response.json({ err: 'No such apiKey exists!' });
                  const scan = await waitForScan(key.team);
                  if (!scan) return Response.json({ success: false, error: 'Scan timed out' }, { status: 504 });
                  return Response.json(scan);
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a guard on the session user suggests 401 even when the message is not in English',
      filename: 'app/api/mailboxes/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function GET() {
          const session = await auth();
          if (!session?.user?.id) return NextResponse.json({ error: '未授权' });
          return NextResponse.json(await listMailboxes(session.user.id));
        }
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 401 },
          line: 4,
          column: 34,
          endLine: 4,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 401, phrase: 'Unauthorized' },
              output: code`
                import { NextResponse } from 'next/server';
                export async function GET() {
                  const session = await auth();
                  if (!session?.user?.id) return NextResponse.json({ error: '未授权' }, { status: 401 });
                  return NextResponse.json(await listMailboxes(session.user.id));
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a not-found guard that answers NextResponse.json({ error }) goes out as 200 OK',
      filename: 'app/api/users/[id]/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
          const user = await db.user.findUnique({ where: { id: (await params).id } });
          if (!user) return NextResponse.json({ error: 'User not found' });
          return NextResponse.json(user);
        }
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import { NextResponse } from 'next/server';
                export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
                  const user = await db.user.findUnique({ where: { id: (await params).id } });
                  if (!user) return NextResponse.json({ error: 'User not found' }, { status: 404 });
                  return NextResponse.json(user);
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a catch block that answers { status: 200 } sends the error as a success',
      filename: 'app/api/sync/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST() {
          try {
            await sync();
            return NextResponse.json({ ok: true });
          } catch (err) {
            return NextResponse.json({ error: err.message }, { status: 200 });
          }
        }
      `,
      errors: [
        {
          messageId: 'errorWithSuccessStatus',
          data: { code: 200, suggested: 500 },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import { NextResponse } from 'next/server';
                export async function POST() {
                  try {
                    await sync();
                    return NextResponse.json({ ok: true });
                  } catch (err) {
                    return NextResponse.json({ error: err.message }, { status: 500 });
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'the status goes into an existing init object of Response.json',
      filename: 'app/api/upload/route.ts',
      code: code`
        export async function POST(request: Request) {
          const form = await request.formData();
          const file = form.get('file');
          if (!file) {
            return Response.json({ error: 'A file is required' }, { headers: { 'Cache-Control': 'no-store' } });
          }
          return Response.json({ ok: true });
        }
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 400 },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 104,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                export async function POST(request: Request) {
                  const form = await request.formData();
                  const file = form.get('file');
                  if (!file) {
                    return Response.json({ error: 'A file is required' }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
                  }
                  return Response.json({ ok: true });
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('require-error-status (Next.js App Router, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'new NextResponse(body, { status: 401 }) in an auth guard is correct',
      filename: 'app/api/me/route.js',
      code: code`
        import { NextResponse } from 'next/server';
        export async function GET(request) {
          const session = await auth();
          if (!session) return new NextResponse('Unauthorized', { status: 401 });
          return NextResponse.json(session.user);
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'new NextResponse(message) in an auth guard goes out as 200 OK',
      filename: 'app/api/me/route.js',
      code: code`
        import { NextResponse } from 'next/server';
        export async function GET(request) {
          const session = await auth();
          if (!session) return new NextResponse('Unauthorized');
          return NextResponse.json(session.user);
        }
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 401 },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 401, phrase: 'Unauthorized' },
              output: code`
                import { NextResponse } from 'next/server';
                export async function GET(request) {
                  const session = await auth();
                  if (!session) return new NextResponse('Unauthorized', { status: 401 });
                  return NextResponse.json(session.user);
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});
