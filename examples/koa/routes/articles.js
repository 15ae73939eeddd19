const Router = require('@koa/router');
const comments = require('../controllers/comments');

const router = new Router({ prefix: '/api/articles' });

router.get('/', async (ctx) => {
  ctx.body = await Article.find({ published: true });
});

router.get('/:slug', async (ctx) => {
  const article = await Article.findOne({ slug: ctx.params.slug });
  ctx.assert(article, 404, 'Article not found');
  ctx.body = article;
});

router.post('/', async (ctx) => {
  const article = await Article.create(ctx.request.body);
  // Deliberate mistake (require-created-status): a create answered with Koa's implicit 200.
  ctx.body = article;
});

router.put('/:slug', async (ctx) => {
  const article = await Article.findOne({ slug: ctx.params.slug });
  if (!article) {
    // Deliberate mistake (no-status-as-body): the client gets 200 with the JSON body `404`.
    ctx.body = 404;
    return;
  }
  ctx.body = await article.update(ctx.request.body);
});

router.delete('/:slug', async (ctx) => {
  await Article.deleteOne({ slug: ctx.params.slug });
  ctx.status = 204;
});

router.post('/:slug/comments', comments.create);
router.get('/:slug/comments', comments.list);

module.exports = router;
