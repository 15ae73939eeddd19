// Forwards a rejected promise to the error middleware (Express 4 does not do it by itself).
module.exports = (fn) => (req, res, next) => {
  fn(req, res, next).catch(next);
};
