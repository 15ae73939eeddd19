/**
 * Does a handler create something? A call such as `User.create(x)`, `prisma.post.create()`,
 * `db.insert(users)`, `collection.insertOne(x)`, `new Post(x).save()`, `repo.save(entity)`,
 * `createUser(x)`, or a push into a module-level store. The one place that decides it.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { calleeName, contains, isFunction, isNullish, memberName, propertyKeyName, skipTransparent, transparentParent, walk, walkOwnBody } from './ast.js';
import { isLocalSpecifier } from './file-context.js';
import { insertedTable, insertsRows, updatesRows, type SqlCarrier } from './raw-sql.js';
import { buildsValue } from './value-builders.js';
import type { FunctionNode } from './model.js';
import { findVariable, resolveConstant, type Scope } from './scope.js';

/** Method names that create on any data-access object. */
const CREATE_METHODS = /^(?:create|createOne|createMany|createManyAndReturn|insert|insertOne|insertMany|insertAll|bulkCreate|bulkInsert|add|persist)$/;
/** Function or method names that say what they create: `createUser`, `insertPost`, `addDoc`. */
const NAMED_CREATE = /^(?:create|insert|add)[A-Z]/;
/**
 * Factories and helpers whose names start like a create but make nothing a client asked for:
 * clients, connections, tokens, and files made in memory to send back (`createCanvas`, `createPdf`),
 * OpenAI's names for what a model computes (`createEmbeddings`, `createChatCompletion`), and
 * telemetry's labels (`apm.addLabels`, `Sentry.addBreadcrumb`).
 */
const NOT_CREATION =
  /^(?:create(?:Hash|Hmac|Cipher\w*|Decipher\w*|ReadStream|WriteStream|Element\w*|Server|\w*Client|Caller|Db|Database|(?:SSH|Ssh|SFTP|Sftp|FTP|Ftp|Mongo|MongoDB|Postgres|Pg|MySQL|Mysql|MSSQL|Mssql|Redis|Db|DB|Database|Ldap|LDAP|Imap|IMAP|Smtp|SMTP|Amqp|Rabbit|Kafka|Socket|WebSocket|Grpc|Http|Tcp|Peer|RTCPeer)?Connection|\w*Driver|\w+Instance|\w+Sdk|\w+SDK|\w+Api|\w+API|Pool|Log|\w*Validat\w*|\w*State|\w*UploadTarget|\w*Portal\w*|\w*Checkout\w*|Stats\w*|\w*Stats|\w*Metrics?|\w*Proof|Context|Auth|\w*Error|QueryBuilder|Sign|Verify|Token|\w*(?:Access|Refresh|Handoff|Reset|Verification|Csrf|Auth|Public)Token|Jwt|\w*Session|\w*Cookie|\w*Logger|Transport|\w+Params|SignedUrl|PresignedPost|PresignedUrl|ObjectURL|TextNode|Router|App|Store|Slice|Selector|Schema|Hook|Middleware|Handler|\w*(?:Handlers|Mutators|Resolvers|Procedures|Helpers|Utils)|\w*Response|Request|\w*Tracker|\w*Urls?|\w*Id|\w*ID|\w*Uuid|Slug|\w*Headers?|\w*Config|\w*(?:Manager|Repository|Factory|Provider|Adapter|Services|Use[cC]ases?)|(?:OTP|Otp|MagicLink|OneTime)\w*|\w*(?:Link|Pairing|Verification|Login|Auth|Device)Code|Or[A-Z]\w*|Canvas|Pdf|PDF|Zip|QRCode|QrCode|Thumbnail|Embeddings?|(?:Chat)?Completions?|Moderations?|Transcriptions?|Translations?|Speech|Gzip|Gunzip|Deflate|Inflate|Brotli\w*|Blob|ObjectUrl|ImageData|ImageBitmap|Workbook|Worksheet)|add\w*To[A-Z]\w*|add(?:Milliseconds|Seconds|Minutes|Hours|Days|Weeks|Months|Quarters|Years|Business\w*|ISOWeekYears|Or[A-Z]\w*|EventListener|Listener|Header|Headers|Trailers|Column|Index|Hook|Route|Middleware|Plugin|Schema|Format|Keyword|Message|Breadcrumbs?|Tags?|Labels|Field|Query|Param|Cookie|\w*(?:View|Click|Impression|Visit|Hit|Usage)s?)|insert(?:Or[A-Z]\w*|Before|After|AdjacentHTML|Rule))$/;
/**
 * The AI SDK's provider factories (`createOpenAI({ apiKey })`, `createGoogleGenerativeAI()`),
 * named for the vendor, and the community ones: each returns a model provider.
 */
const AI_PROVIDER =
  /^create(?:OpenAI|OpenAICompatible|Azure|Anthropic|Google|GoogleGenerativeAI|Vertex|VertexAnthropic|Groq|Mistral|Xai|XAI|DeepSeek|DeepInfra|OpenRouter|Ollama|AmazonBedrock|Bedrock|Cohere|Perplexity|Fireworks|TogetherAI|Cerebras|Gateway|Replicate|Fal|Luma|ElevenLabs)$/;
/**
 * `createIngestSecret()`, `createInviteCode()`, `createLink(path)` called without `await`: a value
 * made in memory (a secret, a code, a key, a URL) before anything stores it. `await createLink(…)`
 * in a link shortener stores the link.
 */
const GENERATED_VALUE = /^create\w*(?:Secret|Token|Code|Nonce|Key|Password|Salt|Hash|Signature)$|^createLink$/;
/** Receivers that are services or utilities rather than the application's data. */
const NOT_DATA_RECEIVER =
  /^(?:stripe|paypal|braintree|openai|anthropic|groq|gemini|ai|twilio|sendgrid|sgMail|mailer|mail|transporter|resend|nodemailer|s3|sqs|sns|queue|bull|redis|cache|jwt|jsonwebtoken|crypto|bcrypt|argon2|logger|log|console|res|reply|ctx|c|req|request|response|axios|http|https|got|ky|Object|Array|Promise|Reflect|Map|Set|document|window|URL|Buffer|dayjs|moment|DateTime|Temporal|fs|path|zod|z|Joi|yup|headers|searchParams|formData|url|params|cookies|session|passport)$/i;
/** `getRepository(User)`, `dataSource.getRepository(User)`, `getCustomRepository(UserRepo)`. */
const REPOSITORY_GETTER = /^get\w*Repository$/;
const STORE_RECEIVER = /^(?:repo|repository|\w+Repository|\w+Repo|manager|em|entityManager|dataSource|orm|db|database|prisma|tx|trx)$/i;

/** A call that creates, or a tagged SQL template that inserts (`` sql`INSERT INTO notes …` ``). */
export type Creation = SqlCarrier;

export function findCreationCall(
  fn: FunctionNode,
  visitorKeys: TSESLint.SourceCode['visitorKeys'],
  scopeOf: (node: TSESTree.Node) => Scope,
  extra: RegExp | null,
  within: TSESTree.Node = fn.body,
): Creation | null {
  return findCreationCalls(fn, visitorKeys, scopeOf, extra, within, 1)[0] ?? null;
}

/** Every call in `within` that creates what the client asked for, in source order (at most `limit`). */
export function findCreationCalls(
  fn: FunctionNode,
  visitorKeys: TSESLint.SourceCode['visitorKeys'],
  scopeOf: (node: TSESTree.Node) => Scope,
  extra: RegExp | null,
  within: TSESTree.Node = fn.body,
  limit = Number.POSITIVE_INFINITY,
): Creation[] {
  const found: Creation[] = [];
  walk(within, visitorKeys, (node) => {
    if (found.length >= limit) return false;
    const creates =
      node.type === 'CallExpression'
        ? isCreation(node, fn, scopeOf, extra, visitorKeys)
        : node.type === 'TaggedTemplateExpression' && insertsRows(node);
    if (creates && !isBookkeeping(node as Creation, visitorKeys)) found.push(node as Creation);
    return true;
  });
  return found;
}

/**
 * Records a route keeps about its own use rather than what the client asked for: page views,
 * clicks, audit and access logs, search queries, stats and metrics snapshots
 * (`prisma.pageView.create`, `AuditLog.create`, `prisma.stats.create`).
 * Names that may be a resource of their own (`view`, `visit`, `activity`) are not listed.
 */
const TRACKING_MODEL =
  /^(?:page_?views?|clicks?|impressions?|(?:audit|access|event|request|usage|activity)_?logs?|audits?|analytics_?events?|search_?quer(?:y|ies)|stats|statistics|metrics?|(?:stats?|metrics?)_?snapshots?)$/i;

/**
 * Records that are a step on the way, not what the client asked for: sign-in codes and tokens,
 * and the session a sign-in stores (`db.session.create()`, as `createSession()` is not a create).
 */
const SHORT_LIVED_MODEL =
  /^(?:verification_?tokens?|(?:password_?)?reset_?tokens?|otps?|otp_?codes?|one_?time_?(?:codes?|passwords?)|magic_?links?|(?:user_?|auth_?|login_?)?sessions?)$/i;

/**
 * A creating call that keeps the route's own records or a short-lived step, runs in the
 * background, makes a missing prerequisite, or updates the row when it exists; asked only of
 * creations.
 */
function isBookkeeping(call: Creation, visitorKeys: TSESLint.SourceCode['visitorKeys']): boolean {
  if (runsInBackground(call)) return true;
  const callee = skipTransparent(call.type === 'CallExpression' ? call.callee : call.tag);
  // `prisma.pageView.create()`, `INSERT INTO magic_links …`: what is stored, named by the model or the table.
  for (const stored of [callee.type === 'MemberExpression' ? modelName(callee.object) : null, insertedTable(call)]) {
    if (isSideRecord(stored)) return true;
  }
  return isMissingPrerequisite(call) || isUpsert(call) || ignoresConflict(call, visitorKeys);
}

/** `pageView`, `audit_logs`, `magic_links`: a model or table of records kept beside the client's. */
function isSideRecord(stored: string | null): boolean {
  return stored !== null && (TRACKING_MODEL.test(stored) || SHORT_LIVED_MODEL.test(stored) || CACHE_MODEL.test(stored));
}

/** `SummaryCache`, `translationCache`, `cache_entries`: rows that memoise a computed answer. */
const CACHE_MODEL = /^(?:\w*?_?)?cache(?:s|_?entries|_?items)?$/i;

/**
 * `void createAuditEntry(x)`, `createNotification(x).catch(log);`: a promise the handler lets go.
 * A side record that may not exist yet when the answer goes out, not what the answer is about.
 */
function runsInBackground(call: Creation): boolean {
  const { parent, child } = transparentParent(call);
  if (parent?.type === 'UnaryExpression' && parent.operator === 'void') return true;
  if (parent?.type !== 'MemberExpression' || parent.object !== child || memberName(parent) !== 'catch') return false;
  const caught = parent.parent;
  if (caught?.type !== 'CallExpression' || caught.callee !== parent) return false;
  const statement = transparentParent(caught).parent;
  return statement?.type === 'ExpressionStatement' || (statement?.type === 'UnaryExpression' && statement.operator === 'void');
}

/** What a test for "that row is already there" compares with: Prisma, Postgres, MongoDB, MySQL, SQLite, HTTP. */
const CONFLICT_CODES = new Set<unknown>([409, 'P2002', '23505', 11000, 'ER_DUP_ENTRY', 'SQLITE_CONSTRAINT_UNIQUE']);
const CONFLICT_NAME = /Conflict|Duplicate|UniqueConstraint|AlreadyExists/;

/**
 * `try { await db.subscriber.create(x) } catch (e) { if (e.code !== 'P2002') throw e }`: a create
 * whose "already there" failure is swallowed, so the answer after it is the same whether it made
 * the row or found it.
 */
function ignoresConflict(call: Creation, visitorKeys: TSESLint.SourceCode['visitorKeys']): boolean {
  let child: TSESTree.Node = call;
  for (let parent: TSESTree.Node | undefined = call.parent; parent && !isFunction(parent); child = parent, parent = parent.parent) {
    if (parent.type !== 'TryStatement' || parent.block !== child || !parent.handler) continue;
    let testsConflict = false;
    let answers = false;
    walkOwnBody(parent.handler.body, visitorKeys, (node) => {
      if (node.type === 'ReturnStatement') answers = true;
      else if (node.type === 'Literal' && CONFLICT_CODES.has(node.value)) testsConflict = true;
      else if (node.type === 'Identifier' && CONFLICT_NAME.test(node.name)) testsConflict = true;
    });
    return testsConflict && !answers;
  }
  return false;
}

const UPDATE_METHODS = /^(?:update|updateOne|updateMany|upsert|findOneAndUpdate|findByIdAndUpdate)$/;

/**
 * `if (existing) db.update(t)… else db.insert(t)…; return c.json(x)`: the same store is updated on
 * the other arm of an `if` around the insert (`else if` chains and nested arms too), and `send`
 * answers after the `if`, so it answers a replace as often as a create. A send inside the
 * creating arm still answers the create.
 */
export function replacesOnOtherArm(
  call: Creation,
  send: TSESTree.Node,
  visitorKeys: TSESLint.SourceCode['visitorKeys'],
  scopeOf: (node: TSESTree.Node) => Scope,
): boolean {
  // A tagged SQL template names its table in text, not in a store call to compare.
  if (call.type !== 'CallExpression') return false;
  const store = storeOf(call);
  if (!store) return false;
  let child: TSESTree.Node = call;
  for (let parent: TSESTree.Node | undefined = call.parent; parent && !isFunction(parent); child = parent, parent = parent.parent) {
    if (parent.type !== 'IfStatement' || parent.test === child) continue;
    if (contains(parent, send)) return false;
    const other = parent.consequent === child ? parent.alternate : parent.consequent;
    let found = false;
    if (other) {
      walk(other, visitorKeys, (node) => {
        if (found || isFunction(node)) return false;
        if (node.type !== 'CallExpression') return true;
        const update = storeOf(node);
        found = update !== null && updatesSameStore(store, call, update, node, scopeOf);
        return !found;
      });
    }
    if (found) return true;
  }
  return false;
}

interface StoreCall {
  /** `db`, `prisma.integration`: the names the call is made on. */
  readonly path: string;
  readonly method: string;
  /** `integrations` in `db.insert(integrations)`: the table a query builder is given. */
  readonly table: string | null;
}

function storeOf(call: TSESTree.CallExpression): StoreCall | null {
  const callee = skipTransparent(call.callee);
  if (callee.type !== 'MemberExpression') return null;
  const method = memberName(callee);
  const path = storePath(callee.object);
  if (!method || !path) return null;
  // `save(entity)` is given what it saves, not a table.
  const first = method === 'save' ? undefined : call.arguments[0];
  return { path, method, table: first?.type === 'Identifier' ? first.name : null };
}

/**
 * `db.update(t)` beside `db.insert(t)`; `repo.save(existing)` beside `repo.save(new Slider(x))`
 * or `repo.save(slider)` after `const slider = new Slider(x)`, where the one saves what it loaded
 * and the other a new entity.
 */
function updatesSameStore(
  made: StoreCall,
  madeBy: TSESTree.CallExpression,
  updated: StoreCall,
  updatedBy: TSESTree.CallExpression,
  scopeOf: (node: TSESTree.Node) => Scope,
): boolean {
  const savesLoaded =
    made.method === 'save' && updated.method === 'save' && savedEntity(madeBy, scopeOf) !== savedEntity(updatedBy, scopeOf);
  return (UPDATE_METHODS.test(updated.method) || savesLoaded) && sameStore(made, updated);
}

/** What `repo.save(x)` saves: an entity made here (written out, or a name given a `new X(…)`), or one loaded. */
function savedEntity(call: TSESTree.CallExpression, scopeOf: (node: TSESTree.Node) => Scope): 'made' | 'loaded' | null {
  const [first] = call.arguments;
  if (first === undefined) return null;
  const saved = skipTransparent(first);
  return saved.type !== 'Identifier' || holdsNewInstance(saved, call, scopeOf) ? 'made' : 'loaded';
}

function sameStore(made: StoreCall, updated: StoreCall): boolean {
  return made.path === updated.path && (made.table === null || updated.table === null || made.table === updated.table);
}

/** The store a call is made on, past the steps of a query it builds: `knex('settings').where(q)` is `knex("settings")`. */
function storePath(node: TSESTree.Node): string | null {
  let current = skipTransparent(node);
  for (;;) {
    const path = namePath(current);
    if (path || current.type !== 'CallExpression') return path;
    const callee = skipTransparent(current.callee);
    if (callee.type !== 'MemberExpression') return null;
    current = skipTransparent(callee.object);
  }
}

/**
 * `prisma.integration`, `db()`, `con.getRepository(Gif)`, `knex('gifs')`: a chain of plain names,
 * and calls given only names and strings; `null` for anything else.
 */
function namePath(node: TSESTree.Node): string | null {
  const inner = skipTransparent(node);
  if (inner.type === 'Identifier') return inner.name;
  if (inner.type === 'CallExpression') {
    const callee = namePath(inner.callee);
    const args = inner.arguments.map((argument) =>
      argument.type === 'Identifier' ? argument.name : argument.type === 'Literal' && typeof argument.value === 'string' ? JSON.stringify(argument.value) : null,
    );
    return callee && !args.includes(null) ? `${callee}(${args.join(', ')})` : null;
  }
  if (inner.type !== 'MemberExpression') return null;
  const object = namePath(inner.object);
  const name = memberName(inner);
  return object && name ? `${object}.${name}` : null;
}

/**
 * `db.insert(t).values(x).onConflictDoUpdate(…)`: an upsert, which answers 200 when it updates;
 * `onConflictDoNothing()`, `orIgnore()`: an insert that keeps what is there, which may make nothing.
 */
const UPSERT_STEP = /^(?:onConflictDoUpdate|onDuplicateKeyUpdate|orUpdate|orReplace|onConflict|onConflictDoNothing|orIgnore)$/;

function isUpsert(call: Creation): boolean {
  let node: TSESTree.Node = call;
  for (;;) {
    const parent: TSESTree.Node | undefined = node.parent;
    if (parent?.type !== 'MemberExpression' || parent.object !== node) return false;
    if (UPSERT_STEP.test(memberName(parent) ?? '')) return true;
    const next: TSESTree.Node | undefined = parent.parent;
    if (next?.type !== 'CallExpression' || next.callee !== parent) return false;
    node = next;
  }
}

/**
 * `if (!storeId) storeId = await createVectorStore(team)`: a prerequisite made when missing, on
 * the way to what the route does (or a find-or-create, which answers what it found or made);
 * not the resource it answers with.
 */
function isMissingPrerequisite(call: Creation): boolean {
  let node: TSESTree.Node = call;
  if (node.parent?.type === 'AwaitExpression') node = node.parent;
  const assignment = node.parent;
  if (assignment?.type !== 'AssignmentExpression' || assignment.right !== node || assignment.left.type !== 'Identifier') return false;
  const name = assignment.left.name;
  let statement: TSESTree.Node | undefined = assignment.parent;
  if (statement?.type !== 'ExpressionStatement') return false;
  // Through a block of its own, and a `try` around it that retries a lost race
  // (`try { x = await create() } catch { x = await find() }`).
  for (;;) {
    const parent: TSESTree.Node | undefined = statement.parent;
    if (parent?.type === 'BlockStatement' && parent.body.length === 1) statement = parent;
    else if (parent?.type === 'TryStatement' && parent.block === statement) statement = parent;
    else break;
  }
  const guard = statement.parent;
  return guard?.type === 'IfStatement' && guard.consequent === statement && testsAbsence(guard.test, name);
}

/** `!x`, `x == null`, `x === undefined`, `x === null`. */
function testsAbsence(test: TSESTree.Expression, name: string): boolean {
  const inner = skipTransparent(test);
  if (inner.type === 'UnaryExpression' && inner.operator === '!') {
    const argument = skipTransparent(inner.argument);
    return argument.type === 'Identifier' && argument.name === name;
  }
  if (inner.type !== 'BinaryExpression' || !['==', '==='].includes(inner.operator)) return false;
  const [left, right] = [skipTransparent(inner.left), skipTransparent(inner.right)];
  const isName = (node: TSESTree.Node) => node.type === 'Identifier' && node.name === name;
  return (isName(left) && isNullish(right)) || (isName(right) && isNullish(left));
}

/** What runs a prepared statement (better-sqlite3, bun:sqlite, node:sqlite, D1's `.bind(…).run()`). */
const STATEMENT_RUNS = new Set(['run', 'get', 'all', 'values', 'execute', 'first']);

/**
 * `insertTodo.get(title)`, where `const insertTodo = db.prepare('INSERT INTO todos …')` is
 * prepared once at the top of the module, as these drivers advise.
 */
function runsPreparedInsert(call: TSESTree.CallExpression, scopeOf: (node: TSESTree.Node) => Scope): boolean {
  const callee = skipTransparent(call.callee);
  if (callee.type !== 'MemberExpression' || !STATEMENT_RUNS.has(memberName(callee) ?? '')) return false;
  const statement = skipTransparent(callee.object);
  if (statement.type !== 'Identifier') return false;
  const prepared = resolveConstant(statement, scopeOf(statement));
  return prepared?.type === 'CallExpression' && insertsRows(prepared) && !isSideRecord(insertedTable(prepared));
}

function isCreation(
  call: TSESTree.CallExpression,
  handler: FunctionNode,
  scopeOf: (node: TSESTree.Node) => Scope,
  extra: RegExp | null,
  visitorKeys: TSESLint.SourceCode['visitorKeys'],
): boolean {
  if (insertsRows(call) || runsPreparedInsert(call, scopeOf)) return true;
  // React's `createRef()` takes nothing; `octokit.rest.git.createRef({ ref, sha })` makes a branch.
  if (call.arguments.length === 0 && calleeName(call) === 'createRef') return false;
  const callee = skipTransparent(call.callee);
  if (callee.type === 'Identifier') {
    if (extra?.test(callee.name)) return true;
    return (
      namesCreate(callee.name) &&
      !generatesValue(call, callee.name) &&
      !addsToExisting(call, callee.name) &&
      !buildsService(call) &&
      !buildsValue(callee, scopeOf, visitorKeys, mayStore)
    );
  }
  if (callee.type !== 'MemberExpression') return false;
  const name = memberName(callee);
  if (!name) return false;
  const root = rootIdentifier(callee.object);
  if (root && (NOT_DATA_RECEIVER.test(root.name) || (root === callee.object && isPackageItself(root, scopeOf)))) return false;
  if (asksModel(callee, root, scopeOf)) return false;
  if (extra?.test(name)) return true;
  if ((name === 'push' || name === 'unshift') && pushesSubdocument(callee, call, scopeOf)) return true;
  if (name === 'push') return root !== null && isDeclaredOutside(root, handler, scopeOf) && !isQueue(root, scopeOf);
  if (name === 'save') return savesNewEntity(callee.object, call, scopeOf);
  // `const note = new Note(body); await note.store()`: a model class of the app's own.
  if (name === 'store') return holdsNewInstance(callee.object, call, scopeOf);
  // `requestCounter.add(1)`: a metric counts; a store is given records, not numbers.
  if (name === 'add' && isNumberLiteral(call.arguments[0])) return false;
  if (name === 'add' || name === 'persist') {
    if (root === null) return true;
    // `global.knownFiles.add(path)`: a set the process keeps for itself.
    if (root.name === 'global' || root.name === 'globalThis') return false;
    if (callee.object.type !== 'Identifier') return !isLocalLiteral(root, handler, scopeOf);
    return isDeclaredOutside(root, handler, scopeOf) && !removesFrom(root, handler, scopeOf);
  }
  if (CREATE_METHODS.test(name)) return !buildsService(call);
  return namesCreate(name) && !generatesValue(call, name) && !addsToExisting(call, name);
}

/**
 * `tasks.addLabels(req.body.ids, labels)`, `notes.addTags(noteIds, tags)`: what is added goes
 * onto records that exist, named by their ids. An update of each, not a new resource.
 */
function addsToExisting(call: TSESTree.CallExpression, name: string): boolean {
  if (!name.startsWith('add')) return false;
  const first = call.arguments[0] && skipTransparent(call.arguments[0]);
  const named = first?.type === 'Identifier' ? first.name : first?.type === 'MemberExpression' ? memberName(first) : null;
  return named !== null && /^(?:ids|\w+Ids|\w+_ids)$/.test(named);
}

/** A call a value builder may not make: one that creates or writes, even synchronously. */
function mayStore(call: TSESTree.CallExpression): boolean {
  const name = calleeName(call) ?? '';
  return insertsRows(call) || CREATE_METHODS.test(name) || NAMED_CREATE.test(name);
}

/** `createUser`, `addDoc`; not a factory (`createClient`, `createOpenAI`) nor a memo (`addToCache`). */
function namesCreate(name: string): boolean {
  return NAMED_CREATE.test(name) && !NOT_CREATION.test(name) && !CACHE_WRITE.test(name) && !AI_PROVIDER.test(name);
}

/** `const secret = createIngestSecret()`: a synchronous call whose name says it makes a value. */
function generatesValue(call: TSESTree.CallExpression, name: string): boolean {
  if (!GENERATED_VALUE.test(name)) return false;
  const { parent } = transparentParent(call);
  const chained = parent?.type === 'MemberExpression' && memberName(parent) === 'then';
  return parent?.type !== 'AwaitExpression' && parent?.type !== 'ReturnStatement' && !chained;
}

/** Resources of a language-model API, whatever the client is called: `deepseek.chat.completions.create()`. */
const MODEL_RESOURCES = new Set(['completions', 'embeddings', 'moderations', 'transcriptions']);
/** Clients of language-model APIs: `new Anthropic()`, `new OpenAI({ baseURL })`. */
const MODEL_CLIENT = /^(?:OpenAI|AzureOpenAI|Anthropic|Groq|Mistral|MistralClient|Cohere|CohereClient|Together|Perplexity|DeepSeek|Ollama)$/;

/**
 * `client.chat.completions.create(…)`, `client.messages.create(…)` on `new Anthropic()`: a request
 * for the model's reply, not a record.
 */
function asksModel(callee: TSESTree.MemberExpression, root: TSESTree.Identifier | null, scopeOf: (node: TSESTree.Node) => Scope): boolean {
  for (let node = skipTransparent(callee.object); node.type === 'MemberExpression'; node = skipTransparent(node.object)) {
    if (MODEL_RESOURCES.has(memberName(node) ?? '')) return true;
  }
  const made = root && constInitializer(root, scopeOf);
  return made?.type === 'NewExpression' && made.callee.type === 'Identifier' && MODEL_CLIENT.test(made.callee.name);
}

/**
 * `Greenlock.create(opts)`, `Handlebars.create()`: a call on a package itself, bound under the
 * package's own name (`const Greenlock = require('greenlock')`), builds one of its objects. A
 * model is bound under its own name (`import User from '../models/user'`).
 */
function isPackageItself(identifier: TSESTree.Identifier, scopeOf: (node: TSESTree.Node) => Scope): boolean {
  const definition = lookup(identifier, scopeOf)?.defs[0];
  if (!definition) return false;
  let source: TSESTree.Node | null | undefined = null;
  if (definition.type === 'ImportBinding' && definition.node.type !== 'ImportSpecifier' && definition.parent?.type === 'ImportDeclaration') {
    source = definition.parent.source;
  } else if (definition.node.type === 'VariableDeclarator' && definition.node.id === definition.name) {
    const init = definition.node.init && skipTransparent(definition.node.init);
    if (init?.type === 'CallExpression' && calleeName(init) === 'require') source = init.arguments[0];
  }
  // `require('./confirmations')` is the app's own module, a store as often as not.
  if (source?.type !== 'Literal' || typeof source.value !== 'string' || isLocalSpecifier(source.value)) return false;
  const packageName = source.value.replace(/^@[^/]+\//, '');
  return packageName.replaceAll(/[^a-z0-9]/gi, '').toLowerCase() === identifier.name.toLowerCase();
}

/** `addToCache(key, value)`, `insertIntoMemo(…)`: a cache keeps a copy, it makes nothing. */
const CACHE_WRITE = /Cache|Memo|Lru|LRU/;

/**
 * `inFlight.add(key); try { … } finally { inFlight.delete(key) }`: a set the handler also takes
 * from marks work under way, a lock, not a store.
 */
function removesFrom(root: TSESTree.Identifier, handler: FunctionNode, scopeOf: (node: TSESTree.Node) => Scope): boolean {
  const variable = lookup(root, scopeOf);
  return (
    variable?.references.some((reference) => {
      const member = reference.identifier.parent;
      return (
        member?.type === 'MemberExpression' &&
        member.object === reference.identifier &&
        memberName(member) === 'delete' &&
        member.parent?.type === 'CallExpression' &&
        contains(handler, member)
      );
    }) ?? false
  );
}

/**
 * `waiting.push(job)`, where the file also takes `waiting.shift()` (or `splice(0, n)`): a queue of
 * work to do, not a store of records.
 */
function isQueue(root: TSESTree.Identifier, scopeOf: (node: TSESTree.Node) => Scope): boolean {
  return (
    lookup(root, scopeOf)?.references.some(({ identifier }) => {
      const member = identifier.parent;
      if (member?.type !== 'MemberExpression' || member.object !== identifier || member.parent?.type !== 'CallExpression') return false;
      const taken = memberName(member);
      const first = member.parent.arguments[0];
      return taken === 'shift' || (taken === 'splice' && first?.type === 'Literal' && first.value === 0);
    }) ?? false
  );
}

/**
 * `const seen = { table: new Set() }; seen.table.add(id)`: a literal the handler made holds
 * what is added to, not a store.
 */
function isLocalLiteral(root: TSESTree.Identifier, handler: FunctionNode, scopeOf: (node: TSESTree.Node) => Scope): boolean {
  const definition = lookup(root, scopeOf)?.defs[0];
  if (definition?.node.type !== 'VariableDeclarator' || !contains(handler, definition.node)) return false;
  const init = definition.node.init && skipTransparent(definition.node.init);
  return init?.type === 'ObjectExpression' || init?.type === 'ArrayExpression';
}

/**
 * `const service = createEmailSettingsService(env)`, `const service = VirtualKeyService.create(prisma)`:
 * a factory of a service object the handler then calls; `const domain = await
 * createDomainService(team, name)` creates a domain.
 */
function buildsService(call: TSESTree.CallExpression): boolean {
  const callee = skipTransparent(call.callee);
  const made =
    callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && memberName(callee) === 'create'
      ? callee.object.name
      : calleeName(call);
  const declarator = call.parent?.type === 'AwaitExpression' ? call.parent.parent : call.parent;
  return (
    /Service$/.test(made ?? '') &&
    declarator?.type === 'VariableDeclarator' &&
    declarator.id.type === 'Identifier' &&
    /service$/i.test(declarator.id.name)
  );
}

function isNumberLiteral(node: TSESTree.Node | undefined): boolean {
  return node?.type === 'Literal' && typeof node.value === 'number';
}

/**
 * `if (existing) { await db.update(users)…; return c.json({ message: 'Already exists (updated)' }) }`:
 * the arm updates a record, so what it answers is the update, not a conflict.
 */
export function updatesRecord(arm: TSESTree.Node, visitorKeys: TSESLint.SourceCode['visitorKeys']): boolean {
  let found = false;
  walk(arm, visitorKeys, (node) => {
    if (found || isFunction(node)) return false;
    if (node.type === 'CallExpression') found = UPDATE_METHODS.test(calleeName(node) ?? '') || updatesRows(node);
    return !found;
  });
  return found;
}

/**
 * `new Post(x).save()`, `post.save()` where `const post = new Post(x)` or `Post.create(x)`,
 * `repo.save(entity)`, `getRepository(User).save(x)`.
 */
function savesNewEntity(
  receiver: TSESTree.Node,
  call: TSESTree.CallExpression,
  scopeOf: (node: TSESTree.Node) => Scope,
): boolean {
  const object = skipTransparent(receiver);
  if (object.type === 'NewExpression') return true;
  if (givesExistingId(call)) return false;
  if (object.type === 'CallExpression') return REPOSITORY_GETTER.test(calleeName(object) ?? '') && call.arguments.length > 0;
  if (object.type === 'Identifier') {
    if (STORE_RECEIVER.test(object.name)) return call.arguments.length > 0;
    const init = valueBefore(object, call, scopeOf);
    if (init?.type === 'NewExpression') return true;
    if (init?.type !== 'CallExpression') return false;
    // `const users = getRepository(User)`: a store; `const post = Post.build(x)`: a new entity.
    if (REPOSITORY_GETTER.test(calleeName(init) ?? '')) return call.arguments.length > 0;
    return init.callee.type === 'MemberExpression' && /^(?:create|build)$/.test(memberName(init.callee) ?? '');
  }
  if (object.type === 'MemberExpression') return STORE_RECEIVER.test(memberName(object) ?? '') && call.arguments.length > 0;
  return false;
}

/** `new Note(x)`, or a name last given one before `at`. */
function holdsNewInstance(receiver: TSESTree.Node, at: TSESTree.Node, scopeOf: (node: TSESTree.Node) => Scope): boolean {
  const object = skipTransparent(receiver);
  if (object.type === 'NewExpression') return true;
  return object.type === 'Identifier' && valueBefore(object, at, scopeOf)?.type === 'NewExpression';
}

/**
 * `repo.save({ id, title })`: an id the caller already had (from the request, a lookup) makes
 * `save` update the row when it exists, so the route creates or edits. A freshly made id
 * (`id: randomUUID()`) still names a new row.
 */
function givesExistingId(call: TSESTree.CallExpression): boolean {
  const argument = call.arguments[0] && skipTransparent(call.arguments[0]);
  if (argument?.type !== 'ObjectExpression') return false;
  return argument.properties.some((property) => {
    if (property.type !== 'Property' || propertyKeyName(property) !== 'id') return false;
    const value = skipTransparent(property.value);
    return value.type === 'Identifier' || value.type === 'MemberExpression';
  });
}

/**
 * What a variable holds where `at` runs: the last value written to it before, in source order.
 * `let user = await User.findOne(q); … user = new User(body); await user.save()` saves the new one.
 */
function valueBefore(identifier: TSESTree.Identifier, at: TSESTree.Node, scopeOf: (node: TSESTree.Node) => Scope): TSESTree.Node | null {
  const variable = lookup(identifier, scopeOf);
  let latest: TSESTree.Node | null = null;
  for (const reference of variable?.references ?? []) {
    if (!reference.writeExpr || reference.identifier.range[1] > at.range[0]) continue;
    if (!latest || reference.writeExpr.range[0] > latest.range[0]) latest = reference.writeExpr;
  }
  // `if (!profile) profile = new Profile(x)`: a value written on some paths only, an upsert.
  return latest && !isConditionalBefore(latest, at) ? skipTransparent(latest) : null;
}

const BRANCHING = /^(?:IfStatement|ConditionalExpression|LogicalExpression|SwitchCase|CatchClause|(?:For|ForIn|ForOf|While|DoWhile)Statement)$/;

/** True when `node` runs under a test or in a loop that `at` is outside of. */
function isConditionalBefore(node: TSESTree.Node, at: TSESTree.Node): boolean {
  for (let current = node.parent; current && !contains(current, at); current = current.parent) {
    if (BRANCHING.test(current.type)) return true;
  }
  return false;
}

function constInitializer(identifier: TSESTree.Identifier, scopeOf: (node: TSESTree.Node) => Scope): TSESTree.Node | null {
  const variable = lookup(identifier, scopeOf);
  const definition = variable?.defs[0];
  if (definition?.type !== 'Variable' || !definition.node.init) return null;
  return skipTransparent(definition.node.init);
}

/** The model a data call works on: `view` in `prisma.view.create()`, `AuditLog` in `AuditLog.create()`. */
function modelName(object: TSESTree.Node): string | null {
  const inner = skipTransparent(object);
  if (inner.type === 'Identifier') return inner.name;
  return inner.type === 'MemberExpression' ? memberName(inner) : null;
}

function rootIdentifier(node: TSESTree.Node): TSESTree.Identifier | null {
  let current = skipTransparent(node);
  for (;;) {
    if (current.type === 'Identifier') return current;
    if (current.type === 'MemberExpression') current = skipTransparent(current.object);
    else if (current.type === 'CallExpression') current = skipTransparent(current.callee);
    else if (current.type === 'ThisExpression') return null;
    else return null;
  }
}

/**
 * `post.comments.push({ text, author }); await post.save()`: a new record made inside a document
 * and stored with it (Mongoose subdocuments). The list is named for records (`comments`), what is
 * pushed is written out or made here (an object, `new Comment(x)`, or a name given one), and the
 * same document is saved after; not an id pushed onto a relation (`user.following.push(id)`).
 */
function pushesSubdocument(callee: TSESTree.MemberExpression, call: TSESTree.CallExpression, scopeOf: (node: TSESTree.Node) => Scope): boolean {
  const list = skipTransparent(callee.object);
  if (list.type !== 'MemberExpression' || !/^[a-z]\w*[a-z]s$/i.test(memberName(list) ?? '')) return false;
  const owner = skipTransparent(list.object);
  const [first] = call.arguments;
  if (owner.type !== 'Identifier' || first === undefined || first.type === 'SpreadElement') return false;
  const pushed = skipTransparent(first);
  const made = pushed.type === 'Identifier' ? valueBefore(pushed, call, scopeOf) : pushed;
  if (made?.type !== 'ObjectExpression' && made?.type !== 'NewExpression') return false;
  const variable = lookup(owner, scopeOf);
  return (
    variable?.references.some(({ identifier }) => {
      const member = identifier.parent;
      if (member?.type !== 'MemberExpression' || member.object !== identifier || memberName(member) !== 'save') return false;
      return member.parent.type === 'CallExpression' && member.parent.callee === member && member.parent.range[0] > call.range[1];
    }) ?? false
  );
}

/** A module-level store (`const users = []`) or an import, not a local built in the handler. */
function isDeclaredOutside(identifier: TSESTree.Identifier, handler: FunctionNode, scopeOf: (node: TSESTree.Node) => Scope): boolean {
  const variable = lookup(identifier, scopeOf);
  if (!variable) return false;
  const definition = variable.defs[0];
  if (!definition) return false;
  return !contains(handler, definition.name);
}

function lookup(identifier: TSESTree.Identifier, scopeOf: (node: TSESTree.Node) => Scope) {
  return findVariable(scopeOf(identifier), identifier.name);
}

/** `const post = await db.post.create(…); res.json(post)`: the body names what the call made. */
export function carriesResult(body: TSESTree.Node, call: Creation, visitorKeys: TSESLint.SourceCode['visitorKeys']): boolean {
  const made = resultNames(call);
  if (made.length === 0) return false;
  let found = false;
  walk(body, visitorKeys, (node) => {
    if (node.type === 'Identifier' && made.includes(node.name)) found = true;
    return !found;
  });
  return found;
}

/** The names a call's result goes by: `const invite = await make()`, `make().then((invite) => …)`. */
function resultNames(call: Creation): string[] {
  const node = call.parent?.type === 'AwaitExpression' ? call.parent : call;
  const parent = node.parent;
  if (parent?.type === 'VariableDeclarator' && parent.init === node) return boundNames(parent.id);
  if (parent?.type === 'MemberExpression' && parent.object === node && memberName(parent) === 'then') {
    const callback = parent.parent?.type === 'CallExpression' ? parent.parent.arguments[0] : undefined;
    if (callback && isFunction(callback) && callback.params[0]) return boundNames(callback.params[0]);
  }
  return [];
}

/** `invite`, or the plain names of `{ data, error }`. */
function boundNames(pattern: TSESTree.Node): string[] {
  if (pattern.type === 'Identifier') return [pattern.name];
  if (pattern.type !== 'ObjectPattern') return [];
  return pattern.properties.flatMap((property) =>
    property.type === 'Property' && property.value.type === 'Identifier' ? [property.value.name] : [],
  );
}
