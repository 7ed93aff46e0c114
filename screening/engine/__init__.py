"""The screening engine: a plain library (numpy, scipy, scikit-learn), no platform code."""
