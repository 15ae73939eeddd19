// A small Express API: tours and reviews, a controller file, error middleware.
const express = require('express');
const tourRouter = require('./routes/tours');
const errorHandler = require('./middleware/errorHandler');

const app = express();
const api = express.Router();

app.use(express.json());
app.use('/api/v1', api);
api.use('/tours', tourRouter);

api.get('/health', (req, res) => {
  res.json({ status: 'ok', uptime: process.uptime() });
});

// POST /api/v1/login creates a session, but answers 200 by design: not reported.
api.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user || !(await user.correctPassword(req.body.password))) {
    return res.status(401).json({ error: 'Incorrect email or password' });
  }
  const session = await Session.create({ userId: user.id });
  res.json({ token: session.token });
});

api.post('/reviews', async (req, res) => {
  const review = await Review.create(req.body);
  // Deliberate mistake (require-created-status): a create answered with the default 200.
  res.json({ status: 'success', data: { review } });
});

api.get('/reviews/:id', async (req, res) => {
  const review = await Review.findById(req.params.id);
  if (!review) {
    // Deliberate mistake (no-status-after-send): no `return`, so the handler sends again below.
    res.status(404).json({ error: 'Review not found' });
  }
  res.json({ status: 'success', data: { review } });
});

app.use(errorHandler);

module.exports = app;
