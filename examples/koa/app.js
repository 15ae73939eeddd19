// A small Koa API: articles and comments, error middleware, a controller file.
const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const articles = require('./routes/articles');

const app = new Koa();

// Error middleware: takes the status from the error, falls back to 500.
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: err.expose ? err.message : 'Internal Server Error' };
    ctx.app.emit('error', err, ctx);
  }
});

// Response time header.
// Mistake (no-status-after-send): next() is neither awaited nor returned, so this middleware
// settles at once and Koa answers 404 before the routes below have answered.
app.use(async (ctx, next) => {
  const started = Date.now();
  next();
  ctx.set('X-Response-Time', `${Date.now() - started}ms`);
});

app.use(bodyParser());
app.use(articles.routes()).use(articles.allowedMethods());

// Audit log: waits for the rest of the chain, then adds a header. Not late: it awaits next().
app.use(async (ctx, next) => {
  await next();
  ctx.set('X-Handled-By', 'koa-example');
});

module.exports = app;
