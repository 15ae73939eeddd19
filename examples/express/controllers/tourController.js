const catchAsync = require('../utils/catchAsync');

exports.getAllTours = catchAsync(async (req, res) => {
  const tours = await Tour.find(req.query);
  res.status(200).json({ status: 'success', results: tours.length, data: { tours } });
});

exports.getTour = catchAsync(async (req, res) => {
  const tour = await Tour.findById(req.params.id);
  if (!tour) {
    // Deliberate mistake (require-error-status): a not-found answer that goes out as 200 OK.
    return res.json({ status: 'fail', message: 'No tour found with that ID' });
  }
  res.status(200).json({ status: 'success', data: { tour } });
});

exports.createTour = catchAsync(async (req, res) => {
  const tour = await Tour.create(req.body);
  res.status(201).json({ status: 'success', data: { tour } });
});

exports.deleteTour = catchAsync(async (req, res) => {
  const tour = await Tour.findByIdAndDelete(req.params.id);
  if (!tour) {
    // Deliberate mistake (no-status-as-body): Express 5 answers 200 OK with the body 404.
    return res.send(404);
  }
  res.status(204).json({ status: 'success', data: null });
});
