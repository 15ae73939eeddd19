// Error middleware: four parameters, so Express calls it only with an error.
module.exports = (err, req, res, next) => {
  if (res.headersSent) return next(err);
  const statusCode = err.statusCode || 500;
  res.status(statusCode).json({
    status: statusCode < 500 ? 'fail' : 'error',
    message: statusCode < 500 ? err.message : 'Something went wrong',
  });
};
