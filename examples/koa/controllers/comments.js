// Controllers registered in routes/articles.js: found by their use of `ctx`, method unknown here.

exports.list = async (ctx) => {
  try {
    ctx.body = await Comment.find({ article: ctx.params.slug });
  } catch (err) {
    // Deliberate mistake (require-error-status): the error goes out with 200 OK.
    ctx.body = { error: err.message };
  }
};

exports.create = async (ctx) => {
  const { body } = ctx.request;
  if (!body.text) ctx.throw(400, 'Comment text is required');
  // Deliberate mistake (no-status-after-send): not awaited, so Koa answers 404 before this runs.
  Comment.create({ ...body, article: ctx.params.slug }).then((comment) => {
    ctx.status = 201;
    ctx.body = comment;
  });
};
