const express = require('express');
const tourController = require('../controllers/tourController');
const { protect } = require('../middleware/auth');

const router = express.Router();

router.route('/').get(tourController.getAllTours).post(protect, tourController.createTour);
router.route('/:id').get(tourController.getTour).delete(protect, tourController.deleteTour);

// Answers 202 first, then does the work; failures are logged, since the response is gone.
router.post('/:id/notify', protect, (req, res) => {
  res.status(202).json({ queued: true });
  notifyFollowers(req.params.id).catch((err) => logger.error(err));
});

module.exports = router;
