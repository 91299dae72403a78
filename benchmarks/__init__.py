"""Benchmarks for clinicapp (`make bench`); not part of the test suite."""
